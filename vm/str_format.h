// str.format() and format_map(), with the whole replacement-field syntax
// of PEP 3101: automatic and manual numbering, attribute and index lookups
// in field names, !r !s !a conversions and replacement fields nested in a
// format spec. Also format(value, spec) — what f-strings' FORMAT_VALUE and
// the format() builtin call — and the other text conversions f-strings
// need. The format mini-language itself is format_spec.h's.
#pragma once

#include <span>

#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

// format(value, spec): int, bool, float and str are formatted directly;
// any other value through its type's __format__ (object's default accepts
// only an empty spec). A null `spec` means "". Returns a str.
Value format_value(VM& vm, Value value, Str* spec);

// format_string.format(*args, **kwargs), with args as CallArgs carries
// them.
Value format_str_with_args(VM& vm, Str* format_string, CallArgs args);

// ascii(value): repr(value) with non-ASCII characters escaped (\xe9,
// \u20ac, \U0001f600).
Value ascii_of(VM& vm, Value value);

// The strs in `pieces` one after another: BUILD_STRING for f-strings.
Value concatenate_strs(VM& vm, std::span<const Value> pieces);

}  // namespace eddy::vm

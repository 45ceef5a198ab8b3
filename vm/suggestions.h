// "Did you mean": the name CPython 3.11's excepthook suggests after the
// message of a NameError or an AttributeError (Python/suggestions.c): the
// closest name, by a Levenshtein distance where a case change costs less,
// among the failing frame's local variables, then its globals, then the
// builtins; or among dir() of the object that lacked the attribute.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

// The candidate closest to `name` within CPython's limits, if any.
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

// The suggestion for an uncaught `exception` (exactly a NameError with its
// `name` and traceback, or exactly an AttributeError with its `name` and
// `obj`), or nothing.
std::optional<std::string> suggest_name(VM& vm, Value exception);

// After a failed attribute lookup: if the exception being raised is an
// AttributeError without `name` and `obj`, they are set to `name` and
// `object` (as CPython's PyObject_GetAttr does), for the suggestion.
void record_attribute_error_context(VM& vm, Value object, Str* name);

}  // namespace eddy::vm

// printf-style formatting: `format % values` for str and bytes, with CPython's
// conversions (%s %r %a %c %d %i %u %o %x %X %e %E %f %F %g %G %%), flags
// (-, +, space, #, 0), widths and precisions (also as *), mapping keys
// (%(name)s) and its errors ("not enough arguments for format string", "not
// all arguments converted during string formatting", ...).
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

// format % values. `values` is a tuple of arguments, a mapping for
// %(key)s conversions, or a single argument.
Value percent_format(VM& vm, Str* format, Value values);

// format % values for a bytes or bytearray `format` (PEP 461): %s and %b
// take bytes-like objects or __bytes__, %r and %a give ascii(); the
// result has the format's type.
Value bytes_percent_format(VM& vm, Value format, Value values);

}  // namespace eddy::vm

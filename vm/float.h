// float: a double, always stored unboxed in its Value (value.h). This file
// owns the float type's slots; the numeric algorithms (repr, rounding,
// floor division, parsing) are in float_format.h.
#pragma once

#include "vm/number.h"
#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// The value of an int or float as a double, for mixed arithmetic; null
// Value semantics are not used here: `ok` is false (OverflowError set) when
// an int is too large for a float.
double number_to_double(VM& vm, Value value, bool& ok);

// Reads an int or float operand of a mixed operator as a double (see
// OperandRead in number.h): float's operators and complex's use it.
OperandRead read_real_operand(VM& vm, Value value, double& out);

// An instance of a subclass of float. float itself is never boxed: its
// values live in their Value.
struct FloatObject : Object {
  double value;
};

// True for floats and instances of float subclasses.
bool is_float(VM& vm, Value value);

// base ** exponent as float.__pow__ computes it (also int ** negative int):
// a complex when a negative base meets a fractional exponent.
Value float_power(VM& vm, double base, double exponent);

// For the builtins and math: divmod(a, b) of ints and floats with at least
// one float (NotImplemented for other operands); round(self, ndigits) for
// a float `self`, with `ndigits` null (not given) or None for an int
// result; and math.trunc, math.floor and math.ceil of a float.
Value float_divmod(VM& vm, Value a, Value b);
Value float_round(VM& vm, Value self, Value ndigits);
Value float_trunc(VM& vm, Value self);
Value float_floor(VM& vm, Value self);
Value float_ceil(VM& vm, Value self);

void init_float_type(VM& vm);

}  // namespace eddy::vm

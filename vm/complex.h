// complex: Python's complex numbers, a pair of doubles in a heap object.
//
// This file owns the complex type — its slots, the complex() constructor
// with the parsing of strings such as '(1+2j)', and complex arithmetic
// computed as CPython 3.11 computes it (so that results agree to the last
// bit): int and float operands become complex numbers with a zero
// imaginary part, division scales by the larger part of the divisor, and
// a power with a small integral exponent is repeated multiplication.
#pragma once

#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

struct Complex {
  double real;
  double imag;
};

struct ComplexObject : Object {
  Complex value;
};

Value make_complex(VM& vm, double real, double imag);

// True for complex numbers and instances of complex subclasses.
bool is_complex(VM& vm, Value value);

// base ** exponent. ZeroDivisionError "0.0 to a negative or complex power"
// for a zero base, OverflowError "complex exponentiation" for an infinite
// result. float ** float uses it when the result is complex: (-8) ** (1/3).
Value complex_power(VM& vm, Complex base, Complex exponent);

void init_complex_type(VM& vm);

}  // namespace eddy::vm

// int and bool: Python's arbitrary-precision integers.
//
// An int that fits in 48 bits is stored unboxed in its Value (value.h);
// larger ones are IntObjects holding a BigInt (GMP). Every operation
// produces the unboxed form whenever the result fits, so an int has exactly
// one representation and `is`-identity of small ints behaves as in CPython
// for the small ints programs rely on. bool is a subclass of int whose two
// instances, True and False, are the VM's singletons.
#pragma once

#include <compare>
#include <optional>
#include <string_view>

#include "vm/bigint.h"
#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

struct IntObject : Object {
  BigInt value;
};

// An int from a C++ integer or BigInt, unboxed when it fits.
Value make_int(VM& vm, int64_t value);
Value make_int(VM& vm, BigInt value);
// An int from decimal digits (an optional '-' first); for constants.
Value make_int_from_decimal(VM& vm, std::string_view digits);

// The decimal digits of an int that fits 64 bits: str(n) and f"{n}".
Str* int64_str(VM& vm, int64_t value);

// True for small ints, IntObjects and bools (and int subclasses).
bool is_int(VM& vm, Value value);
// The value of an int (is_int must hold) as a BigInt.
BigInt int_to_bigint(VM& vm, Value value);
// The value of an int if it fits 64 bits.
std::optional<int64_t> int_to_int64(VM& vm, Value value);

// int(value) for a float: truncates toward zero. ValueError for a NaN,
// OverflowError for an infinity.
Value make_int_from_double(VM& vm, double value);

// Compares an int with a float exactly, as Python does: 2**53 + 1 > 2.0**53.
// Unordered against a NaN.
std::partial_ordering compare_int_to_double(VM& vm, Value integer, double value);

// For the builtins divmod(a, b) and pow(base, exponent, modulus): they
// return NotImplemented when an operand is not an int, so that the caller
// can try the other number types (and raise CPython's TypeError).
Value int_divmod(VM& vm, Value a, Value b);
Value int_power_mod(VM& vm, Value base, Value exponent, Value modulus);
// round(self, ndigits) for an int `self`; `ndigits` may be null (not given)
// or None. Rounds half to even: round(25, -1) == 20.
Value int_round(VM& vm, Value self, Value ndigits);

void init_int_type(VM& vm);
void init_bool_type(VM& vm);

}  // namespace eddy::vm

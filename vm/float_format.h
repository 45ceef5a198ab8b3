// Python's float as text, and the float operations whose rules are
// Python's own rather than IEEE's.
//
// This file owns repr() (the shortest string that reads back as the same
// double), formatting with a format code and precision (what format() and
// %-formatting build on), float() parsing, float.hex() and fromhex(), and
// //, %, divmod, **, round(), hash() and is_integer() with CPython 3.11's
// results and errors. It does not own the float object, the format
// mini-language's parsing and padding (format_spec.h), or the operators
// that are plain IEEE arithmetic (+, -, *, comparisons), which the VM does
// inline.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/bigint.h"
#include "vm/numeric_error.h"

namespace eddy::vm {

// repr(x) and str(x): "0.1", "1e+16", "1e-05", "2.0", "-0.0", "inf", "nan".
std::string float_repr(double value);

// Options of format_double, as CPython's Py_DTSF_* flags.
struct DoubleFormatFlags {
  bool always_sign = false;       // "+" before a positive number
  bool add_dot_zero = false;      // "2.0", not "2" (repr, and format()'s empty type)
  bool alternate = false;         // '#': keep the point and trailing zeros
  bool no_negative_zero = false;  // 'z': "-0.00" becomes "0.00"
};

// `value` formatted with a format code as CPython's PyOS_double_to_string:
// 'e', 'f' and 'g' (or 'E', 'F', 'G') with `precision`, or 'r', the
// shortest round-trip digits that repr uses (precision ignored). Exponents
// have at least two digits; infinities and NaNs are "inf" and "nan" ("INF",
// "NAN" for upper-case codes), and a NaN never shows a '-'.
std::string format_double(double value, char code, int precision, DoubleFormatFlags flags = {});

// float(text) for a str (UTF-8) or a bytes argument: surrounding white
// space, a sign, decimal digits with single underscores between them, an
// exponent, or "inf", "infinity", "nan" in any case. Out-of-range values
// become inf or 0.0, as in CPython.
NumericResult<double> parse_float(std::string_view utf8);
NumericResult<double> parse_float_bytes(std::string_view bytes);

// float.hex(): "0x1.8000000000000p+0", "-0x0.0p+0", "inf".
std::string float_to_hex(double value);
// float.fromhex(text).
NumericResult<double> float_from_hex(std::string_view utf8);

// a / b, a // b, a % b and divmod(a, b) for floats. // rounds toward minus
// infinity, and % takes the divisor's sign, as for ints: -7.5 % 2 == 0.5.
NumericResult<double> float_divide(double a, double b);
NumericResult<double> float_floor_divide(double a, double b);
NumericResult<double> float_modulo(double a, double b);
struct FloatDivmod {
  double quotient;
  double remainder;
};
NumericResult<FloatDivmod> float_divmod(double a, double b);

// base ** exponent for floats. A negative base with a non-integral
// exponent has a complex result ((-8.0) ** (1/3) is (1+1.73j)); then
// `is_complex` is set and the caller computes the power as a complex.
struct FloatPower {
  double value = 0.0;
  bool is_complex = false;
};
NumericResult<FloatPower> float_power(double base, double exponent);

// round(x): the nearest int, ties to even. Errors for inf and NaN.
NumericResult<BigInt> float_round_to_int(double value);
// round(x, ndigits): the double nearest to x rounded to `ndigits` decimal
// places (negative: to tens, hundreds...), ties to even. The VM clamps a
// huge ndigits to the int64 range first, as CPython clamps to Py_ssize_t.
NumericResult<double> float_round(double value, int64_t ndigits);

// hash(x) for a float that is not a NaN (a NaN hashes by identity since
// 3.10, which is the VM's business). Equal ints and floats hash alike.
int64_t float_hash(double value);

// float.is_integer().
bool float_is_integer(double value);

}  // namespace eddy::vm

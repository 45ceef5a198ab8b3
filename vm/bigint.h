// BigInt: Python's int beyond the VM's unboxed small ints, on GMP.
//
// This file owns the arithmetic and conversions of arbitrary-precision
// integers with CPython 3.11's semantics: floor division and modulo signs,
// two's-complement bitwise operators and shifts, pow with and without a
// modulus, correctly rounded conversion to float and true division, hashing,
// and int <-> str in bases 2 to 36 under the int-string conversion limit.
// It does not own the int object or the small-int fast paths (the VM's),
// nor float arithmetic (float_format.h) or format() (format_spec.h).
#pragma once

#include <gmp.h>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/numeric_error.h"

namespace eddy::vm {

// sys.int_info.default_max_str_digits: how many decimal digits int() reads
// and str() writes before raising ValueError. 0 means no limit.
inline constexpr int kDefaultMaxStrDigits = 4300;

class BigInt {
 public:
  BigInt() { mpz_init(value_); }
  explicit BigInt(int64_t value) { mpz_init_set_si(value_, value); }
  BigInt(const BigInt& other) { mpz_init_set(value_, other.value_); }
  // mpz_init allocates nothing, so a move leaves a cheap zero behind.
  BigInt(BigInt&& other) noexcept {
    mpz_init(value_);
    mpz_swap(value_, other.value_);
  }
  BigInt& operator=(const BigInt& other) {
    mpz_set(value_, other.value_);
    return *this;
  }
  BigInt& operator=(BigInt&& other) noexcept {
    mpz_swap(value_, other.value_);
    return *this;
  }
  ~BigInt() { mpz_clear(value_); }

  // int(x) for a float: truncates toward zero. ValueError for a NaN,
  // OverflowError for an infinity.
  static NumericResult<BigInt> from_double(double value);

  // int(text, base) for a str (UTF-8) or a bytes argument: surrounding
  // white space, a sign, a 0x/0o/0b prefix (base 0, or the matching base),
  // single underscores between digits. Base 0 reads the base from the
  // prefix, as a literal does. `max_str_digits` is
  // sys.get_int_max_str_digits(); it limits non-power-of-two bases only.
  static NumericResult<BigInt> parse(std::string_view utf8, int base,
                                     int max_str_digits = kDefaultMaxStrDigits);
  static NumericResult<BigInt> parse_bytes(std::string_view bytes, int base,
                                           int max_str_digits = kDefaultMaxStrDigits);

  int sign() const { return mpz_sgn(value_); }
  bool is_zero() const { return sign() == 0; }
  bool is_negative() const { return sign() < 0; }
  bool is_odd() const { return mpz_odd_p(value_); }

  // The value as an int64 when it fits.
  std::optional<int64_t> to_int64() const;
  // int.bit_length(): the bits of abs(self), 0 for zero.
  uint64_t bit_length() const;
  // float(self), rounded half to even. OverflowError past the float range.
  NumericResult<double> to_double() const;
  // hash(self): self modulo 2**61 - 1 with the sign of self, where -1
  // becomes -2, so that equal ints and floats hash alike.
  int64_t hash() const;

  // str(self). ValueError if it has more than `max_str_digits` digits.
  NumericResult<std::string> to_decimal_string(int max_str_digits = kDefaultMaxStrDigits) const;
  // The digits in `base` (2 to 36; lower-case letters) after a '-' for a
  // negative value, without a prefix and without any digit limit.
  std::string to_digits(int base) const;
  // bin(), oct() and hex() (base 2, 8 or 16): "-0x1f", "0b0".
  std::string to_prefixed_string(int base) const;

  friend bool operator==(const BigInt& a, const BigInt& b) {
    return mpz_cmp(a.value_, b.value_) == 0;
  }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    return mpz_cmp(a.value_, b.value_) <=> 0;
  }
  // Compares with a float exactly, as Python does: 2**53 + 1 > 2.0**53.
  // Unordered against a NaN.
  friend std::partial_ordering compare(const BigInt& a, double b);

  // The GMP value, for code that calls GMP directly (math.gcd, isqrt).
  mpz_srcptr gmp() const { return value_; }
  mpz_ptr gmp() { return value_; }

 private:
  mpz_t value_;
};

// Operators that cannot fail.
BigInt operator+(const BigInt& a, const BigInt& b);
BigInt operator-(const BigInt& a, const BigInt& b);
BigInt operator*(const BigInt& a, const BigInt& b);
BigInt operator-(const BigInt& a);
BigInt abs(const BigInt& a);
// Bitwise operators act on the infinite two's-complement form, as in
// Python: ~x == -x - 1, and -6 & 3 == 2.
BigInt operator~(const BigInt& a);
BigInt operator&(const BigInt& a, const BigInt& b);
BigInt operator|(const BigInt& a, const BigInt& b);
BigInt operator^(const BigInt& a, const BigInt& b);

// a // b and a % b round the quotient toward minus infinity, so the
// remainder takes the divisor's sign: -7 // 2 == -4, -7 % 2 == 1.
// ZeroDivisionError when b is 0 (the messages differ, as in CPython).
NumericResult<BigInt> floor_divide(const BigInt& a, const BigInt& b);
NumericResult<BigInt> modulo(const BigInt& a, const BigInt& b);
struct BigIntDivmod {
  BigInt quotient;
  BigInt remainder;
};
NumericResult<BigIntDivmod> divmod(const BigInt& a, const BigInt& b);

// a / b: the float nearest to the exact quotient, however large a and b
// are. OverflowError if it is past the float range.
NumericResult<double> true_divide(const BigInt& a, const BigInt& b);

// base ** exponent for exponent >= 0. (With a negative exponent Python
// computes float(base) ** float(exponent): see float_power in
// float_format.h.) MemoryError when the result cannot be allocated.
NumericResult<BigInt> power(const BigInt& base, const BigInt& exponent);
// pow(base, exponent, modulus). The result takes the modulus's sign; a
// negative exponent uses the modular inverse of base.
NumericResult<BigInt> power_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);

// value << count and value >> count. Right shifts round toward minus
// infinity (-5 >> 1 == -3). ValueError for a negative count.
NumericResult<BigInt> shift_left(const BigInt& value, const BigInt& count);
NumericResult<BigInt> shift_right(const BigInt& value, const BigInt& count);

}  // namespace eddy::vm

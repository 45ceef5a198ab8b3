// BigInt on GMP. GMP's mpz functions already have Python's semantics for
// floor division (mpz_fdiv_*), for bitwise operators on negatives (two's
// complement) and for exact int/float comparison (mpz_cmp_d); what is
// written here is what GMP does differently from CPython: rounding to
// float (GMP truncates), int() and str() syntax and limits, hashing, and
// the errors.
#include "vm/bigint.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <functional>
#include <variant>

#include "vm/numeric_text.h"

namespace eddy::vm {

static_assert(sizeof(long) == sizeof(int64_t), "GMP's si/ui functions must take 64-bit values");

namespace {

// The largest result, in bits, that GMP can hold: mpz sizes are ints
// counting 64-bit limbs. GMP aborts the process when asked for more, or
// when malloc fails, instead of reporting it; so pow and << refuse larger
// results up front with MemoryError, as CPython does when its allocation
// fails. (CPython would also attempt sizes between this and the memory
// limit; Eddy reports MemoryError at once.)
constexpr uint64_t kMaxResultBits = uint64_t{INT_MAX} * GMP_NUMB_BITS;

// The modulus of Python's numeric hash: sys.hash_info.modulus.
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// The double nearest to (significand + delta) * 2**exponent, ties to even,
// where 0 <= delta < 1 and `inexact` says whether delta > 0 (bits below the
// significand were dropped and were not all zero). A result below the
// normal range is rounded once, straight to a subnormal, not first to 53
// bits and then again. Returns infinity past the float range. Callers pass
// at least 55 significant bits when inexact, so that the two bits below
// the result's last one and `inexact` decide the rounding.
double round_to_double(uint64_t significand, bool inexact, int64_t exponent) {
  if (significand == 0) return 0.0;
  int64_t top_bit = exponent + std::bit_width(significand) - 1;
  // The weight of the result's last bit: 52 places below its first bit,
  // but never below the smallest subnormal, 2**-1074.
  int64_t last_bit = std::max<int64_t>(top_bit - 52, -1074);
  int64_t dropped = last_bit - exponent;
  if (dropped > 0) {
    assert(dropped < 128);  // true_divide's smallest quotients drop 89 bits
    unsigned __int128 wide = significand;
    unsigned __int128 kept = wide >> dropped;
    unsigned __int128 rest = wide - (kept << dropped);
    unsigned __int128 half = static_cast<unsigned __int128>(1) << (dropped - 1);
    bool round_up = rest > half || (rest == half && (inexact || (kept & 1) != 0));
    significand = static_cast<uint64_t>(kept) + round_up;
    exponent = last_bit;
  }
  // The significand now has at most 53 bits (54 if rounding carried into
  // a power of two), so ldexp is exact, or overflows to infinity.
  if (exponent > 2 * DBL_MAX_EXP) return HUGE_VAL;
  return std::ldexp(static_cast<double>(significand), static_cast<int>(exponent));
}

bool fits_uint64(const mpz_t value) {
  return mpz_sgn(value) >= 0 && mpz_sizeinbase(value, 2) <= 64;
}

uint64_t low_uint64(const mpz_t value) {
  static_assert(GMP_NUMB_BITS == 64);
  return mpz_getlimbn(value, 0);
}

// ---------------------------------------------------------------------------
// int(text, base)

// Why a literal was refused, before it is worded for the caller.
struct ParseFailure {
  bool too_many_digits;  // else: not a valid literal
  size_t digit_count;
};

int ascii_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool has_prefix_for(std::string_view text, size_t pos, char letter) {
  return pos + 1 < text.size() && text[pos] == '0' &&
         (text[pos + 1] == letter || text[pos + 1] == letter - 'a' + 'A');
}

// The grammar of int(): [spaces][sign][prefix]digits[spaces], where single
// underscores may separate digits and follow a prefix. CPython checks the
// digit limit after scanning the digits but before looking at what follows
// them, so "1"*4301 + "x" reports the limit and "1"*4300 + "x" the literal.
std::variant<BigInt, ParseFailure> parse_ascii(std::string_view text, int base, int max_digits) {
  ParseFailure invalid{false, 0};
  size_t pos = 0;
  while (pos < text.size() && is_ascii_number_space(text[pos]))
    ++pos;
  bool negative = false;
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negative = text[pos++] == '-';

  bool after_prefix = false;
  bool decimal_from_base_zero = false;
  if (base == 0) {
    if (has_prefix_for(text, pos, 'x')) {
      base = 16;
    } else if (has_prefix_for(text, pos, 'o')) {
      base = 8;
    } else if (has_prefix_for(text, pos, 'b')) {
      base = 2;
    } else {
      base = 10;
      decimal_from_base_zero = true;
    }
    after_prefix = base != 10;
  } else if ((base == 16 && has_prefix_for(text, pos, 'x')) ||
             (base == 8 && has_prefix_for(text, pos, 'o')) ||
             (base == 2 && has_prefix_for(text, pos, 'b'))) {
    after_prefix = true;
  }
  if (after_prefix) pos += 2;

  std::string digits;
  bool last_was_underscore = false;
  for (; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '_') {
      if (last_was_underscore || (digits.empty() && !after_prefix)) return invalid;
      last_was_underscore = true;
      continue;
    }
    if (ascii_digit_value(c) >= base) break;
    digits += c;
    last_was_underscore = false;
  }
  if (digits.empty() || last_was_underscore) return invalid;
  // Base 0 reads "010" as an error, like the literal, but "00" as zero.
  if (decimal_from_base_zero && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    return invalid;
  }
  bool power_of_two_base = (base & (base - 1)) == 0;
  if (max_digits > 0 && !power_of_two_base && digits.size() > static_cast<size_t>(max_digits)) {
    return ParseFailure{true, digits.size()};
  }
  while (pos < text.size() && is_ascii_number_space(text[pos]))
    ++pos;
  if (pos != text.size()) return invalid;

  BigInt result;
  mpz_set_str(result.gmp(), digits.c_str(), base);
  if (negative) mpz_neg(result.gmp(), result.gmp());
  return result;
}

// Parses `ascii` (nullopt: the argument held a character no literal has)
// and words a failure as CPython does, quoting the argument.
NumericResult<BigInt> parse_with_message(const std::optional<std::string>& ascii, int base,
                                         int max_digits,
                                         const std::function<std::string()>& quote_argument) {
  if (base != 0 && (base < 2 || base > 36)) {
    return NumericError::value_error("int() base must be >= 2 and <= 36, or 0");
  }
  if (ascii) {
    auto parsed = parse_ascii(*ascii, base, max_digits);
    if (auto* value = std::get_if<BigInt>(&parsed)) return std::move(*value);
    auto failure = std::get<ParseFailure>(parsed);
    if (failure.too_many_digits) {
      return NumericError::value_error(
          "Exceeds the limit (" + std::to_string(max_digits) +
          " digits) for integer string conversion: value has " +
          std::to_string(failure.digit_count) +
          " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
  }
  return NumericError::value_error("invalid literal for int() with base " + std::to_string(base) +
                                   ": " + quote_argument());
}

// CPython quotes the argument with "%.200R": its repr, cut to 200 characters.
constexpr size_t kQuotedArgumentLimit = 200;

}  // namespace

// ---------------------------------------------------------------------------
// Construction and conversion

NumericResult<BigInt> BigInt::from_double(double value) {
  if (std::isnan(value)) return NumericError::value_error("cannot convert float NaN to integer");
  if (std::isinf(value)) {
    return NumericError::overflow_error("cannot convert float infinity to integer");
  }
  BigInt result;
  mpz_set_d(result.value_, value);
  return result;
}

NumericResult<BigInt> BigInt::parse(std::string_view utf8, int base, int max_str_digits) {
  return parse_with_message(fold_to_ascii_numeral(utf8), base, max_str_digits,
                            [&] { return quote_str_for_message(utf8, kQuotedArgumentLimit); });
}

NumericResult<BigInt> BigInt::parse_bytes(std::string_view bytes, int base, int max_str_digits) {
  return parse_with_message(std::string(bytes), base, max_str_digits,
                            [&] { return quote_bytes_for_message(bytes, kQuotedArgumentLimit); });
}

std::optional<int64_t> BigInt::to_int64() const {
  if (!mpz_fits_slong_p(value_)) return std::nullopt;
  return mpz_get_si(value_);
}

uint64_t BigInt::bit_length() const {
  return is_zero() ? 0 : mpz_sizeinbase(value_, 2);
}

// mpz_get_d truncates; Python rounds half to even. Keep the top 64 bits of
// the magnitude and whether any bit below them is set, and round those.
NumericResult<double> BigInt::to_double() const {
  uint64_t bits = bit_length();
  BigInt magnitude = abs(*this);
  double result;
  if (bits <= 64) {
    result = round_to_double(low_uint64(magnitude.value_), false, 0);
  } else {
    uint64_t dropped = bits - 64;
    bool inexact = mpz_scan1(magnitude.value_, 0) < dropped;
    mpz_fdiv_q_2exp(magnitude.value_, magnitude.value_, dropped);
    result = round_to_double(low_uint64(magnitude.value_), inexact, static_cast<int64_t>(dropped));
  }
  if (std::isinf(result)) return NumericError::overflow_error("int too large to convert to float");
  return is_negative() ? -result : result;
}

int64_t BigInt::hash() const {
  auto hash = static_cast<int64_t>(mpz_tdiv_ui(value_, kHashModulus));  // of abs(self)
  if (is_negative()) hash = -hash;
  return hash == -1 ? -2 : hash;
}

// mpz_sizeinbase is exact or one too large, so only a value within a digit
// of the limit needs converting before the limit is known to be exceeded.
NumericResult<std::string> BigInt::to_decimal_string(int max_str_digits) const {
  auto exceeds = [&](size_t digit_count) {
    return max_str_digits > 0 && digit_count > static_cast<size_t>(max_str_digits);
  };
  auto limit_error = [&] {
    return NumericError::value_error(
        "Exceeds the limit (" + std::to_string(max_str_digits) +
        " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
        "the limit");
  };
  if (exceeds(mpz_sizeinbase(value_, 10) - 1)) return limit_error();
  std::string text = to_digits(10);
  if (exceeds(text.size() - is_negative())) return limit_error();
  return text;
}

std::string BigInt::to_digits(int base) const {
  std::string text(mpz_sizeinbase(value_, base) + 2, '\0');
  mpz_get_str(text.data(), base, value_);
  text.resize(std::strlen(text.c_str()));
  return text;
}

std::string BigInt::to_prefixed_string(int base) const {
  std::string digits = to_digits(base);
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  size_t digits_start = is_negative() ? 1 : 0;
  return digits.insert(digits_start, prefix);
}

std::partial_ordering compare(const BigInt& a, double b) {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  return mpz_cmp_d(a.value_, b) <=> 0;  // exact, and correct for infinities
}

// ---------------------------------------------------------------------------
// Arithmetic

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_add(result.gmp(), a.gmp(), b.gmp());
  return result;
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_sub(result.gmp(), a.gmp(), b.gmp());
  return result;
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_mul(result.gmp(), a.gmp(), b.gmp());
  return result;
}

BigInt operator-(const BigInt& a) {
  BigInt result;
  mpz_neg(result.gmp(), a.gmp());
  return result;
}

BigInt abs(const BigInt& a) {
  BigInt result;
  mpz_abs(result.gmp(), a.gmp());
  return result;
}

BigInt operator~(const BigInt& a) {
  BigInt result;
  mpz_com(result.gmp(), a.gmp());
  return result;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_and(result.gmp(), a.gmp(), b.gmp());
  return result;
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_ior(result.gmp(), a.gmp(), b.gmp());
  return result;
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  BigInt result;
  mpz_xor(result.gmp(), a.gmp(), b.gmp());
  return result;
}

NumericResult<BigInt> floor_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumericError::zero_division_error("integer division or modulo by zero");
  BigInt quotient;
  mpz_fdiv_q(quotient.gmp(), a.gmp(), b.gmp());
  return quotient;
}

NumericResult<BigInt> modulo(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumericError::zero_division_error("integer modulo by zero");
  BigInt remainder;
  mpz_fdiv_r(remainder.gmp(), a.gmp(), b.gmp());
  return remainder;
}

NumericResult<BigIntDivmod> divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumericError::zero_division_error("integer division or modulo by zero");
  BigIntDivmod result;
  mpz_fdiv_qr(result.quotient.gmp(), result.remainder.gmp(), a.gmp(), b.gmp());
  return result;
}

// CPython's long_true_divide, recast. With n the difference of the bit
// lengths, |a| / |b| lies in (2**(n-1), 2**(n+1)), so q = |a| // (|b| * 2**s)
// with s = n - 63 lies in [2**62, 2**64): a 63- or 64-bit integer, whose
// remainder says whether the quotient was exact. Rounding q * 2**s to the
// nearest double once, with that knowledge, gives the correctly rounded
// quotient, subnormals included.
NumericResult<double> true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumericError::zero_division_error("division by zero");
  bool negative = a.is_negative() != b.is_negative();  // 0 / -5 is -0.0, as in CPython
  auto overflow = [] {
    return NumericError::overflow_error("integer division result too large for a float");
  };
  uint64_t a_bits = a.bit_length();
  uint64_t b_bits = b.bit_length();
  if (a_bits <= 53 && b_bits <= 53) {
    // Both operands are exact doubles, so IEEE division rounds correctly.
    return static_cast<double>(*a.to_int64()) / static_cast<double>(*b.to_int64());
  }
  int64_t bit_difference = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  double magnitude;
  if (a.is_zero() || bit_difference < -1100) {
    magnitude = 0.0;  // below half the smallest subnormal
  } else if (bit_difference > 1100) {
    return overflow();
  } else {
    int64_t scale = bit_difference - 63;
    BigInt numerator = abs(a);
    BigInt denominator = abs(b);
    if (scale >= 0) {
      mpz_mul_2exp(denominator.gmp(), denominator.gmp(), scale);
    } else {
      mpz_mul_2exp(numerator.gmp(), numerator.gmp(), -scale);
    }
    BigInt quotient, remainder;
    mpz_fdiv_qr(quotient.gmp(), remainder.gmp(), numerator.gmp(), denominator.gmp());
    magnitude = round_to_double(low_uint64(quotient.gmp()), !remainder.is_zero(), scale);
    if (std::isinf(magnitude)) return overflow();
  }
  return negative ? -magnitude : magnitude;
}

NumericResult<BigInt> power(const BigInt& base, const BigInt& exponent) {
  BigInt result;
  if (fits_uint64(exponent.gmp())) {
    uint64_t count = low_uint64(exponent.gmp());
    uint64_t base_bits = base.bit_length();
    // |base| >= 2 grows by at least a bit per multiplication.
    if (base_bits > 1 && count > kMaxResultBits / base_bits) return NumericError::memory_error();
    mpz_pow_ui(result.gmp(), base.gmp(), count);
    return result;
  }
  // An exponent of 2**64 or more: only 0, 1 and -1 have a power that fits.
  if (base.is_zero() || mpz_cmpabs_ui(base.gmp(), 1) == 0) {
    bool negative = base.is_negative() && exponent.is_odd();
    mpz_set_si(result.gmp(), base.is_zero() ? 0 : negative ? -1 : 1);
    return result;
  }
  return NumericError::memory_error();
}

NumericResult<BigInt> power_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  if (modulus.is_zero()) return NumericError::value_error("pow() 3rd argument cannot be 0");
  BigInt result;
  BigInt modulus_magnitude = abs(modulus);
  if (mpz_cmp_ui(modulus_magnitude.gmp(), 1) == 0) return result;  // everything is 0 mod 1
  BigInt effective_base = base;
  BigInt effective_exponent = exponent;
  if (exponent.is_negative()) {
    // base ** -e == (base ** -1) ** e, where base ** -1 is the modular
    // inverse. mpz_powm would raise SIGFPE for a base with none.
    if (mpz_invert(effective_base.gmp(), base.gmp(), modulus_magnitude.gmp()) == 0) {
      return NumericError::value_error("base is not invertible for the given modulus");
    }
    mpz_neg(effective_exponent.gmp(), exponent.gmp());
  }
  mpz_powm(result.gmp(), effective_base.gmp(), effective_exponent.gmp(), modulus_magnitude.gmp());
  // mpz_powm answers in [0, |modulus|); Python's result has the modulus's sign.
  if (modulus.is_negative() && !result.is_zero()) {
    mpz_add(result.gmp(), result.gmp(), modulus.gmp());
  }
  return result;
}

NumericResult<BigInt> shift_left(const BigInt& value, const BigInt& count) {
  if (count.is_negative()) return NumericError::value_error("negative shift count");
  if (value.is_zero()) return BigInt();
  if (!fits_uint64(count.gmp()) || low_uint64(count.gmp()) > kMaxResultBits - value.bit_length()) {
    return NumericError::memory_error();
  }
  BigInt result;
  mpz_mul_2exp(result.gmp(), value.gmp(), low_uint64(count.gmp()));
  return result;
}

NumericResult<BigInt> shift_right(const BigInt& value, const BigInt& count) {
  if (count.is_negative()) return NumericError::value_error("negative shift count");
  BigInt result;
  if (!fits_uint64(count.gmp()) || low_uint64(count.gmp()) >= value.bit_length()) {
    // Every bit is shifted out: what remains is the sign.
    mpz_set_si(result.gmp(), value.is_negative() ? -1 : 0);
    return result;
  }
  mpz_fdiv_q_2exp(result.gmp(), value.gmp(), low_uint64(count.gmp()));
  return result;
}

}  // namespace eddy::vm

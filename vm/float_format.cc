// Float text and arithmetic. The digits come from std::to_chars and
// std::from_chars, which libstdc++ 12 implements with correct rounding
// (Ryu for output, fast_float for input): the same digits as CPython's
// dtoa.c in every mode used here. What is written by hand is the layout of
// those digits (CPython's format_float_short: where the point goes, when an
// exponent is used), Python's literal syntax around them, and the exact
// rounding of round(x, n), done with GMP.
#include "vm/float_format.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include "vm/numeric_text.h"

namespace eddy::vm {
namespace {

// ---------------------------------------------------------------------------
// Formatting

// A finite, non-negative double as decimal digits, rounded for a format
// code: value ~= 0.d1d2d3... * 10**point, with no leading or trailing
// zeros, except that zero is "0" with point 1 (as dtoa gives them).
struct DecimalDigits {
  std::string digits;
  int point;
};

DecimalDigits decimal_digits(double magnitude, char code, int precision) {
  // Room for the 309 integer digits of the largest double, the point, the
  // requested precision and an exponent.
  std::string text(static_cast<size_t>(precision) + 400, '\0');
  char* first = text.data();
  char* last = first + text.size();
  std::to_chars_result written;
  switch (code) {
    case 'e':
      written = std::to_chars(first, last, magnitude, std::chars_format::scientific, precision);
      break;
    case 'g':  // `precision` significant digits
      written = std::to_chars(first, last, magnitude, std::chars_format::scientific, precision - 1);
      break;
    case 'f':
      written = std::to_chars(first, last, magnitude, std::chars_format::fixed, precision);
      break;
    default:  // 'r': the shortest digits that read back as the same double
      written = std::to_chars(first, last, magnitude, std::chars_format::scientific);
      break;
  }
  text.resize(written.ptr - first);

  int exponent = 0;
  if (size_t e = text.find('e'); e != std::string::npos) {
    size_t exponent_start = e + 1 + (text[e + 1] == '+');
    std::from_chars(text.data() + exponent_start, text.data() + text.size(), exponent);
    text.resize(e);
  }
  DecimalDigits result;
  size_t point_at = text.find('.');
  if (point_at == std::string::npos) point_at = text.size();
  result.digits = text;
  if (point_at < text.size()) result.digits.erase(point_at, 1);
  result.point = static_cast<int>(point_at) + exponent;

  size_t leading_zeros = result.digits.find_first_not_of('0');
  if (leading_zeros == std::string::npos) return {"0", 1};
  result.digits.erase(0, leading_zeros);
  result.point -= static_cast<int>(leading_zeros);
  result.digits.erase(result.digits.find_last_not_of('0') + 1);
  return result;
}

// CPython's format_float_short, which this follows: picture the digits
// padded with zeros forever on both sides, and print the slice
// [start, end) of that virtual string with the point placed before the
// digit at `point`, plus an exponent if one is used.
std::string lay_out_digits(const DecimalDigits& decimal, char code, int precision,
                           DoubleFormatFlags flags) {
  int length = static_cast<int>(decimal.digits.size());
  int point = decimal.point;
  int end = length;
  bool use_exponent = false;
  switch (code) {
    case 'e':
      use_exponent = true;
      end = precision + 1;
      break;
    case 'f':
      end = point + precision;
      break;
    case 'g':
      // With add_dot_zero the ".0" counts toward the precision, so
      // format(1234.0, '.4') is '1.234e+03', not '1234.0'.
      use_exponent = point <= -4 || point > (flags.add_dot_zero ? precision - 1 : precision);
      if (flags.alternate) end = precision;
      break;
    default:  // 'r': repr switches to an exponent at 1e16
      use_exponent = point <= -4 || point > 16;
      break;
  }
  int exponent = 0;
  if (use_exponent) {
    exponent = point - 1;
    point = 1;
  }
  int start = point <= 0 ? point - 1 : 0;  // "0.00ddd" for numbers below 1
  end = std::max(end, !use_exponent && flags.add_dot_zero ? point + 1 : point);

  auto digit_at = [&](int i) { return i >= 0 && i < length ? decimal.digits[i] : '0'; };
  std::string out;
  for (int i = start; i < point; ++i)
    out += digit_at(i);
  if (point < end || flags.alternate) {
    out += '.';
    for (int i = point; i < end; ++i)
      out += digit_at(i);
  }
  if (use_exponent) {
    out += exponent < 0 ? "e-" : "e+";
    if (std::abs(exponent) < 10) out += '0';
    out += std::to_string(std::abs(exponent));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Parsing

bool equals_ignoring_case(std::string_view text, std::string_view lower_case_word) {
  return text.size() == lower_case_word.size() &&
         std::equal(text.begin(), text.end(), lower_case_word.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string_view strip_number_spaces(std::string_view text) {
  while (!text.empty() && is_ascii_number_space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && is_ascii_number_space(text.back()))
    text.remove_suffix(1);
  return text;
}

// `text` without its underscores, each of which must sit between two
// digits; nullopt otherwise.
std::optional<std::string> remove_underscores(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '_') {
      out += text[i];
    } else if (i == 0 || i + 1 == text.size() || !is_ascii_digit(text[i - 1]) ||
               !is_ascii_digit(text[i + 1])) {
      return std::nullopt;
    }
  }
  return out;
}

// The exponent in an already validated "e-123" or "p+5", saturated far
// beyond any double's range so that huge exponents cannot overflow.
int64_t saturated_exponent(std::string_view text) {
  bool negative = text[0] == '-';
  if (text[0] == '+' || text[0] == '-') text.remove_prefix(1);
  int64_t value = 0;
  for (char c : text)
    value = std::min<int64_t>(value * 10 + (c - '0'), 1'000'000'000);
  return negative ? -value : value;
}

// from_chars reports an out-of-range result without saying on which side.
// Whether the number's leading digit lies left of the units place decides:
// past the range means infinity, below it zero. `mantissa` holds digits and
// perhaps a point; one digit place is worth `exponent_per_digit` units of
// the exponent (1 for decimal "e", 4 for hexadecimal "p").
bool is_overflow(std::string_view mantissa, int64_t exponent, int64_t exponent_per_digit) {
  size_t point = mantissa.find('.');
  if (point == std::string_view::npos) point = mantissa.size();
  size_t leading = mantissa.find_first_not_of("0.");
  if (leading == std::string_view::npos) return false;
  int64_t leading_place = leading < point ? static_cast<int64_t>(point - leading - 1)
                                          : -static_cast<int64_t>(leading - point);
  return leading_place * exponent_per_digit + exponent > 0;
}

// A decimal float literal without spaces or underscores: [sign] then
// digits ['.' [digits]] or '.' digits, then [('e'|'E') [sign] digits]; or
// "inf", "infinity", "nan" in any case.
std::optional<double> parse_float_literal(std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  double magnitude;
  if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) {
    magnitude = HUGE_VAL;
  } else if (equals_ignoring_case(text, "nan")) {
    magnitude = NAN;
  } else {
    // from_chars accepts exactly this syntax once its own spellings of
    // inf and nan are ruled out by the first character.
    if (text.empty() || !(is_ascii_digit(text[0]) || text[0] == '.')) return std::nullopt;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), magnitude);
    if (end != text.data() + text.size()) return std::nullopt;
    if (error == std::errc::result_out_of_range) {
      size_t e = text.find_first_of("eE");
      int64_t exponent = e == std::string_view::npos ? 0 : saturated_exponent(text.substr(e + 1));
      magnitude = is_overflow(text.substr(0, e), exponent, 1) ? HUGE_VAL : 0.0;
    } else if (error != std::errc()) {
      return std::nullopt;
    }
  }
  return negative ? -magnitude : magnitude;
}

// float() of ASCII text: spaces around, underscores within.
std::optional<double> parse_float_text(std::string_view text) {
  text = strip_number_spaces(text);
  if (text.find('_') == std::string_view::npos) return parse_float_literal(text);
  std::optional<std::string> cleaned = remove_underscores(text);
  if (!cleaned) return std::nullopt;
  return parse_float_literal(*cleaned);
}

NumericError float_conversion_error(const std::string& quoted_argument) {
  return NumericError::value_error("could not convert string to float: " + quoted_argument);
}

// The Python hash of a non-negative significand * 2**exponent (the
// significand below 2**61 - 1): that value modulo the prime P = 2**61 - 1. As
// 2**61 == 1 (mod P), 2**exponent is 2**(exponent mod 61), also for a
// negative exponent, where it is the inverse of 2**-exponent.
uint64_t hash_of_scaled(uint64_t significand, int exponent) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  int shift = ((exponent % 61) + 61) % 61;
  return static_cast<uint64_t>((static_cast<unsigned __int128>(significand) << shift) % kModulus);
}

// fmod(a, b) adjusted to take b's sign, as Python's % does; a zero takes
// b's sign too. Requires b != 0.
double python_remainder(double a, double b) {
  double remainder = std::fmod(a, b);
  if (remainder == 0.0) return std::copysign(0.0, b);
  return (b < 0) != (remainder < 0) ? remainder + b : remainder;
}

bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

}  // namespace

// ---------------------------------------------------------------------------
// Text

std::string float_repr(double value) {
  return format_double(value, 'r', 0, {.add_dot_zero = true});
}

std::string format_double(double value, char code, int precision, DoubleFormatFlags flags) {
  bool upper_case = code >= 'A' && code <= 'Z';
  char lower_code = static_cast<char>(std::tolower(static_cast<unsigned char>(code)));
  bool negative = std::signbit(value);
  std::string body;
  if (std::isnan(value)) {
    body = "nan";
    negative = false;
  } else if (std::isinf(value)) {
    body = "inf";
  } else {
    if (lower_code == 'g' && precision == 0) precision = 1;
    DecimalDigits decimal = decimal_digits(std::fabs(value), lower_code, precision);
    if (flags.no_negative_zero && decimal.digits == "0") negative = false;
    body = lay_out_digits(decimal, lower_code, precision, flags);
  }
  if (upper_case) {
    for (char& c : body)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return (negative ? "-" : flags.always_sign ? "+" : "") + body;
}

NumericResult<double> parse_float(std::string_view utf8) {
  std::optional<std::string> ascii = fold_to_ascii_numeral(utf8);
  std::optional<double> value = ascii ? parse_float_text(*ascii) : std::nullopt;
  if (!value) return float_conversion_error(quote_str_for_message(utf8));
  return *value;
}

NumericResult<double> parse_float_bytes(std::string_view bytes) {
  std::optional<double> value = parse_float_text(bytes);
  if (!value) return float_conversion_error(quote_bytes_for_message(bytes));
  return *value;
}

// Written by hand: to_chars's hex form normalises subnormals ("1p-1074")
// where Python prints them unnormalised ("0x0.0000000000001p-1022"), and
// always writes 13 digits.
std::string float_to_hex(double value) {
  if (!std::isfinite(value)) return float_repr(value);
  std::string sign = std::signbit(value) ? "-" : "";
  if (value == 0.0) return sign + "0x0.0p+0";
  uint64_t bits = std::bit_cast<uint64_t>(value);
  uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
  int biased_exponent = static_cast<int>((bits >> 52) & 0x7FF);
  bool subnormal = biased_exponent == 0;
  int exponent = subnormal ? -1022 : biased_exponent - 1023;
  char text[48];
  std::snprintf(text, sizeof text, "0x%d.%013llxp%+d", subnormal ? 0 : 1,
                static_cast<unsigned long long>(fraction), exponent);
  return sign + text;
}

// The syntax is checked here; from_chars's hex mode does the correctly
// rounded conversion of the canonical "h.hhhp+d" text.
NumericResult<double> float_from_hex(std::string_view utf8) {
  auto invalid = [] {
    return NumericError::value_error("invalid hexadecimal floating-point string");
  };
  std::string_view text = strip_number_spaces(utf8);
  bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (equals_ignoring_case(text, "nan")) return negative ? -NAN : NAN;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    text.remove_prefix(2);

  size_t pos = 0;
  auto skip_while = [&](auto predicate) {
    size_t begin = pos;
    while (pos < text.size() && predicate(text[pos]))
      ++pos;
    return pos - begin;
  };
  auto is_hex_digit = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  size_t digit_count = skip_while(is_hex_digit);
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    digit_count += skip_while(is_hex_digit);
  }
  if (digit_count == 0) return invalid();
  std::string_view mantissa = text.substr(0, pos);
  std::string_view exponent_text = "0";
  if (pos < text.size() && (text[pos] == 'p' || text[pos] == 'P')) {
    size_t exponent_start = ++pos;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) ++pos;
    if (skip_while(is_ascii_digit) == 0) return invalid();
    exponent_text = text.substr(exponent_start);
  }
  if (pos != text.size()) return invalid();

  std::string canonical = std::string(mantissa) + "p" + std::string(exponent_text);
  double magnitude;
  auto [end, error] = std::from_chars(canonical.data(), canonical.data() + canonical.size(),
                                      magnitude, std::chars_format::hex);
  if (error == std::errc::result_out_of_range) {
    if (is_overflow(mantissa, saturated_exponent(exponent_text), 4)) {
      return NumericError::overflow_error("hexadecimal value too large to represent as a float");
    }
    magnitude = 0.0;
  }
  return negative ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------
// Arithmetic

NumericResult<double> float_divide(double a, double b) {
  if (b == 0.0) return NumericError::zero_division_error("float division by zero");
  return a / b;
}

NumericResult<double> float_floor_divide(double a, double b) {
  if (b == 0.0) return NumericError::zero_division_error("float floor division by zero");
  return float_divmod(a, b)->quotient;
}

NumericResult<double> float_modulo(double a, double b) {
  if (b == 0.0) return NumericError::zero_division_error("float modulo");
  return python_remainder(a, b);
}

// CPython's float_divmod: the quotient is computed from the exact fmod
// remainder, (a - remainder) / b, which is nearly an integer; it is then
// rounded to the integer it is closest to, so that
// quotient * b + remainder stays as close to a as floats allow.
NumericResult<FloatDivmod> float_divmod(double a, double b) {
  if (b == 0.0) return NumericError::zero_division_error("float divmod()");
  double remainder = std::fmod(a, b);
  double quotient = (a - remainder) / b;
  if (remainder != 0.0) {
    if ((b < 0) != (remainder < 0)) {
      remainder += b;
      quotient -= 1.0;
    }
  } else {
    remainder = std::copysign(0.0, b);
  }
  if (quotient != 0.0) {
    double floored = std::floor(quotient);
    if (quotient - floored > 0.5) floored += 1.0;
    quotient = floored;
  } else {
    quotient = std::copysign(0.0, a / b);
  }
  return FloatDivmod{quotient, remainder};
}

// CPython's float_pow settles every special case itself, in this order,
// because C's pow() disagrees with Python on some of them and libms
// disagree with each other on others; only a finite positive base other
// than 1 with a finite non-zero exponent reaches pow().
NumericResult<FloatPower> float_power(double base, double exponent) {
  auto real = [](double value) { return FloatPower{value, false}; };
  if (exponent == 0.0) return real(1.0);  // even 0 ** 0 and nan ** 0
  if (std::isnan(base)) return real(base);
  if (std::isnan(exponent)) return real(base == 1.0 ? 1.0 : exponent);
  if (std::isinf(exponent)) {
    double magnitude = std::fabs(base);
    if (magnitude == 1.0) return real(1.0);
    // inf if |base| > 1 and exponent is +inf, or |base| < 1 and it is -inf.
    return real((exponent > 0) == (magnitude > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(base)) {
    // The sign survives only an odd integer exponent.
    bool odd = is_odd_integer(exponent);
    if (exponent > 0) return real(odd ? base : std::fabs(base));
    return real(odd ? std::copysign(0.0, base) : 0.0);
  }
  if (base == 0.0) {
    if (exponent < 0) {
      return NumericError::zero_division_error("0.0 cannot be raised to a negative power");
    }
    return real(is_odd_integer(exponent) ? base : 0.0);
  }
  bool negate = false;
  if (base < 0) {
    if (exponent != std::floor(exponent)) return FloatPower{0.0, true};
    base = -base;
    negate = is_odd_integer(exponent);
  }
  if (base == 1.0) return real(negate ? -1.0 : 1.0);  // (-1) ** huge_integer too
  double result = std::pow(base, exponent);
  if (std::isinf(result)) {
    return NumericError{NumericErrorKind::OverflowError, std::strerror(ERANGE), ERANGE};
  }
  return real(negate ? -result : result);
}

NumericResult<BigInt> float_round_to_int(double value) {
  double rounded = std::round(value);  // halves away from zero...
  if (std::fabs(value - rounded) == 0.5) rounded = 2.0 * std::round(value / 2.0);  // ...to even
  return BigInt::from_double(rounded);
}

// CPython rounds by printing x with dtoa to `ndigits` places (exactly,
// ties to even) and reading the text back. The same result, computed
// exactly: x is m * 2**e for integers m and e, so x * 10**ndigits is a
// fraction of big ints, which is rounded to the integer q; q / 10**ndigits
// then rounds correctly to a double, as reading the text back would.
NumericResult<double> float_round(double value, int64_t ndigits) {
  // Past these, every double rounds to itself, or to zero: 0.30103 bounds
  // log10(2) from above.
  constexpr int kDigitsMax = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int kDigitsMin = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
  if (!std::isfinite(value) || value == 0.0 || ndigits > kDigitsMax) return value;
  if (ndigits < kDigitsMin) return 0.0 * value;

  int binary_exponent;
  double fraction = std::frexp(std::fabs(value), &binary_exponent);
  BigInt numerator(static_cast<int64_t>(std::ldexp(fraction, DBL_MANT_DIG)));
  binary_exponent -= DBL_MANT_DIG;
  BigInt denominator(1);
  BigInt power_of_ten;
  mpz_ui_pow_ui(power_of_ten.gmp(), 10, static_cast<unsigned long>(std::abs(ndigits)));
  if (binary_exponent >= 0) {
    mpz_mul_2exp(numerator.gmp(), numerator.gmp(), binary_exponent);
  } else {
    mpz_mul_2exp(denominator.gmp(), denominator.gmp(), -binary_exponent);
  }
  if (ndigits >= 0) {
    numerator = numerator * power_of_ten;
  } else {
    denominator = denominator * power_of_ten;
  }

  BigIntDivmod division = *divmod(numerator, denominator);
  BigInt twice_remainder = division.remainder + division.remainder;
  auto versus_half = twice_remainder <=> denominator;
  if (versus_half > 0 || (versus_half == 0 && division.quotient.is_odd())) {
    division.quotient = division.quotient + BigInt(1);
  }
  if (division.quotient.is_zero()) return std::copysign(0.0, value);

  NumericResult<double> magnitude = ndigits >= 0 ? true_divide(division.quotient, power_of_ten)
                                                 : (division.quotient * power_of_ten).to_double();
  if (!magnitude) return NumericError::overflow_error("rounded value too large to represent");
  return std::copysign(*magnitude, value);
}

int64_t float_hash(double value) {
  if (std::isinf(value)) return value > 0 ? 314159 : -314159;
  int exponent;
  double fraction = std::frexp(std::fabs(value), &exponent);
  auto significand = static_cast<uint64_t>(std::ldexp(fraction, DBL_MANT_DIG));
  auto hash = static_cast<int64_t>(hash_of_scaled(significand, exponent - DBL_MANT_DIG));
  if (value < 0) hash = -hash;
  return hash == -1 ? -2 : hash;
}

bool float_is_integer(double value) {
  return std::isfinite(value) && std::floor(value) == value;
}

}  // namespace eddy::vm

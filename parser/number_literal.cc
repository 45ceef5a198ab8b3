// NUMBER tokens to constant values, as CPython's parsenumber does: ints of
// any base (64-bit when they fit, else decimal digits from GMP), floats
// (correctly rounded by std::from_chars) and imaginary literals.
#include "parser/number_literal.h"

#include <gmp.h>

#include <charconv>
#include <cstdlib>
#include <limits>
#include <string>

namespace eddy::parser {
namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// `digits` are valid in `base` (the lexer checked them). Small values stay
// in an int64; the rest go through GMP to their decimal spelling, which is
// what the AST and ast.dump need.
ConstantValue parse_integer(const std::string& digits, int base, Arena& arena) {
  ConstantValue value;
  uint64_t accumulated = 0;
  bool fits = true;
  for (char c : digits) {
    uint64_t digit = digit_value(c);
    if (accumulated > (std::numeric_limits<uint64_t>::max() - digit) / base) {
      fits = false;
      break;
    }
    accumulated = accumulated * base + digit;
  }
  if (fits && accumulated <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    value.kind = ConstantValue::Kind::Int;
    value.integer = static_cast<int64_t>(accumulated);
    return value;
  }
  mpz_t big;
  mpz_init_set_str(big, digits.c_str(), base);
  char* decimal = mpz_get_str(nullptr, 10, big);
  value.kind = ConstantValue::Kind::BigInt;
  value.text = arena.copy(decimal);
  void (*free_string)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &free_string);
  free_string(decimal, std::char_traits<char>::length(decimal) + 1);
  mpz_clear(big);
  return value;
}

// Whether a float literal that std::from_chars found out of range is too
// large (CPython gives inf) rather than too small (CPython gives 0.0): the
// decimal exponent of its first significant digit decides.
bool overflows(std::string_view text) {
  size_t exponent_at = text.find_first_of("eE");
  std::string_view mantissa = text.substr(0, exponent_at);
  long exponent = exponent_at == std::string_view::npos
                      ? 0
                      : std::strtol(std::string(text.substr(exponent_at + 1)).c_str(), nullptr, 10);
  size_t point = mantissa.find('.');
  if (point == std::string_view::npos) point = mantissa.size();
  size_t first_significant = mantissa.find_first_not_of("0.");
  if (first_significant == std::string_view::npos) return false;
  long magnitude = first_significant < point ? static_cast<long>(point - first_significant)
                                             : -static_cast<long>(first_significant - point - 1);
  return magnitude + exponent > 0;
}

double parse_float(std::string_view text) {
  double number = 0.0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error == std::errc::result_out_of_range) {
    return overflows(text) ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return number;
}

}  // namespace

ConstantValue parse_number(std::string_view text, Arena& arena) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (c != '_') clean += c;
  }

  ConstantValue value;
  char last = clean.back();
  if (last == 'j' || last == 'J') {
    value.kind = ConstantValue::Kind::Imaginary;
    value.number = parse_float(std::string_view(clean).substr(0, clean.size() - 1));
    return value;
  }
  if (clean.size() > 2 && clean[0] == '0') {
    switch (clean[1]) {
      case 'x':
      case 'X':
        return parse_integer(clean.substr(2), 16, arena);
      case 'o':
      case 'O':
        return parse_integer(clean.substr(2), 8, arena);
      case 'b':
      case 'B':
        return parse_integer(clean.substr(2), 2, arena);
    }
  }
  if (clean.find_first_of(".eE") != std::string::npos) {
    value.kind = ConstantValue::Kind::Float;
    value.number = parse_float(clean);
    return value;
  }
  return parse_integer(clean, 10, arena);
}

}  // namespace eddy::parser

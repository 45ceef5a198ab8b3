// The format mini-language and printf-style conversions, following
// CPython 3.11's Python/formatter_unicode.c (format()) and the
// unicode_format_arg_* functions of Objects/unicodeobject.c (%). The digits
// themselves come from BigInt and format_double; this file decides what
// surrounds them.
#include "vm/format_spec.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <optional>
#include <vector>

#include "lexer/utf8.h"
#include "vm/float_format.h"
#include "vm/numeric_text.h"

namespace eddy::vm {
namespace {

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> code_points;
  for (size_t pos = 0; pos < text.size();)
    code_points.push_back(lexer::next_code_point(text, pos));
  return code_points;
}

std::string encode_utf8(char32_t code_point) {
  std::string out;
  lexer::append_utf8(out, code_point);
  return out;
}

std::string repeated(char32_t code_point, int64_t count) {
  std::string unit = encode_utf8(code_point);
  std::string out;
  for (int64_t i = 0; i < count; ++i)
    out += unit;
  return out;
}

// The first `count` code points of `text`.
std::string_view first_code_points(std::string_view text, int64_t count) {
  size_t end = 0;
  for (int64_t i = 0; i < count && end < text.size(); ++i)
    lexer::next_code_point(text, end);
  return text.substr(0, end);
}

void make_upper_case(std::string& text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

// A format type or similar character inside an error message: itself if
// printable ASCII, else "\x" and its hexadecimal code, as CPython words it.
std::string quoted_character(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char escaped[16];
  std::snprintf(escaped, sizeof escaped, "\\x%x", static_cast<unsigned>(c));
  return escaped;
}

NumericError unknown_format_code(char32_t type, std::string_view type_name) {
  return NumericError::value_error("Unknown format code '" + quoted_character(type) +
                                   "' for object of type '" + std::string(type_name) + "'");
}

// ---------------------------------------------------------------------------
// Parsing the spec

bool is_one_of(char32_t c, std::u32string_view characters) {
  return c != '\0' && characters.find(c) != std::u32string_view::npos;
}

// Reads a run of decimal digits (any Unicode Nd digits, as CPython
// accepts) at `pos`. Returns how many were read, or -1 when the number
// would pass INT64_MAX (CPython's Py_ssize_t).
int read_integer(const std::vector<char32_t>& spec, size_t& pos, int64_t& result) {
  int count = 0;
  result = 0;
  for (; pos < spec.size(); ++pos, ++count) {
    int digit = decimal_digit_value(spec[pos]);
    if (digit < 0) break;
    if (result > (INT64_MAX - digit) / 10) return -1;
    result = result * 10 + digit;
  }
  return count;
}

NumericResult<FormatSpec> parse_spec(std::string_view text, std::string_view type_name,
                                     char32_t default_type) {
  std::vector<char32_t> spec = decode_utf8(text);
  FormatSpec parsed;
  size_t pos = 0;
  auto at = [&](char32_t c) { return pos < spec.size() && spec[pos] == c; };

  if (spec.size() >= 2 && is_one_of(spec[1], U"<>=^")) {
    parsed.fill = spec[0];
    parsed.fill_specified = true;
    parsed.align = static_cast<char>(spec[1]);
    pos = 2;
  } else if (!spec.empty() && is_one_of(spec[0], U"<>=^")) {
    parsed.align = static_cast<char>(spec[0]);
    pos = 1;
  }
  if (at('+') || at('-') || at(' ')) parsed.sign = static_cast<char>(spec[pos++]);
  if (at('z')) {
    parsed.no_negative_zero = true;
    ++pos;
  }
  if (at('#')) {
    parsed.alternate = true;
    ++pos;
  }
  // A '0' before the width asks for zero padding, unless a fill was given.
  if (!parsed.fill_specified && at('0')) {
    parsed.zero_padding = true;
    ++pos;
  }
  auto too_many_digits = [] {
    return NumericError::value_error("Too many decimal digits in format string");
  };
  int64_t width;
  int width_digits = read_integer(spec, pos, width);
  if (width_digits < 0) return too_many_digits();
  if (width_digits > 0) parsed.width = width;

  auto both_separators = [] {
    return NumericError::value_error("Cannot specify both ',' and '_'.");
  };
  if (at(',')) {
    parsed.grouping = ',';
    ++pos;
  }
  if (at('_')) {
    if (parsed.grouping) return both_separators();
    parsed.grouping = '_';
    ++pos;
  }
  // A second ',' after '_' is the same mistake; after ',' it is read as
  // the type, and refused below.
  if (at(',') && parsed.grouping == '_') return both_separators();

  if (at('.')) {
    ++pos;
    int precision_digits = read_integer(spec, pos, parsed.precision);
    if (precision_digits < 0) return too_many_digits();
    if (precision_digits == 0) {
      return NumericError::value_error("Format specifier missing precision");
    }
  }
  if (spec.size() - pos > 1) {
    return NumericError::value_error("Invalid format specifier '" + std::string(text) +
                                     "' for object of type '" + std::string(type_name) + "'");
  }
  parsed.type = pos < spec.size() ? spec[pos] : default_type;

  // ',' and '_' group decimal digits by three; '_' groups binary, octal
  // and hexadecimal digits by four.
  if (parsed.grouping) {
    bool decimal = parsed.type == '\0' || is_one_of(parsed.type, U"deEfFgG%");
    bool by_four = parsed.grouping == '_' && is_one_of(parsed.type, U"boxX");
    if (!decimal && !by_four) {
      return NumericError::value_error(std::string("Cannot specify '") + parsed.grouping +
                                       "' with '" + quoted_character(parsed.type) + "'.");
    }
  }
  return parsed;
}

// ---------------------------------------------------------------------------
// Laying out a number

// A formatted number in pieces: the sign, a prefix such as "0x", the
// integer digits (which grouping and zero padding apply to), and the rest:
// the point, fraction, exponent and '%' (or all of "inf", or the character
// of 'c').
struct NumberParts {
  bool negative = false;
  std::string prefix;
  std::string digits;
  std::string rest;
};

// The thousands separator and group size that a spec asks for.
struct Grouping {
  std::string separator;  // empty: no grouping
  int64_t group_size = 3;
};

// CPython's _PyUnicode_InsertThousandsGrouping. Groups are taken from the
// right; with zero padding (min_width > 0) the groups continue into the
// padding, so format(1234, '010,') is '00,001,234'. The leftmost group is
// never a lone separator: it is at least one digit, even if that makes
// the result one character wider than min_width.
std::string group_digits(std::string_view digits, const Grouping& grouping, int64_t min_width) {
  auto remaining = static_cast<int64_t>(digits.size());
  if (grouping.separator.empty()) {
    return std::string(std::max<int64_t>(min_width - remaining, 0), '0') + std::string(digits);
  }
  std::vector<std::string> groups;  // right to left
  while (true) {
    int64_t length =
        std::min(grouping.group_size, std::max({remaining, min_width, static_cast<int64_t>(1)}));
    int64_t taken = std::min(remaining, length);
    groups.push_back(std::string(length - taken, '0') +
                     std::string(digits.substr(remaining - taken, taken)));
    remaining -= taken;
    min_width -= length;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= static_cast<int64_t>(grouping.separator.size());
  }
  std::string out;
  for (auto group = groups.rbegin(); group != groups.rend(); ++group) {
    if (!out.empty()) out += grouping.separator;
    out += *group;
  }
  return out;
}

// CPython's calc_number_widths and fill_number: the sign, the padding
// where the alignment puts it ('=' between the sign and prefix and the
// digits), and the grouped digits.
std::string lay_out_number(const NumberParts& parts, const FormatSpec& spec,
                           const Grouping& grouping) {
  char align = spec.align ? spec.align : spec.zero_padding ? '=' : '>';
  char32_t fill = spec.fill_specified ? spec.fill : spec.zero_padding ? '0' : ' ';
  std::string sign = parts.negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  auto rest_width = static_cast<int64_t>(lexer::code_point_count(parts.rest));
  int64_t other_width = static_cast<int64_t>(sign.size() + parts.prefix.size()) + rest_width;
  int64_t min_digits_width = fill == '0' && align == '=' ? spec.width - other_width : 0;
  std::string digits =
      parts.digits.empty() ? "" : group_digits(parts.digits, grouping, min_digits_width);

  int64_t padding = spec.width - (other_width + static_cast<int64_t>(digits.size()));
  int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=':
        inner = padding;
        break;
      default:
        left = padding;
        break;
    }
  }
  return repeated(fill, left) + sign + parts.prefix + repeated(fill, inner) + digits + parts.rest +
         repeated(fill, right);
}

Grouping grouping_for(const FormatSpec& spec, bool four_digit_groups) {
  if (!spec.grouping || spec.type == 'n') return {};
  return {std::string(1, spec.grouping), four_digit_groups && spec.grouping == '_' ? 4 : 3};
}

// Splits the output of format_double into sign, integer digits and rest.
NumberParts split_formatted_float(std::string_view text) {
  NumberParts parts;
  parts.negative = !text.empty() && text.front() == '-';
  if (parts.negative) text.remove_prefix(1);
  size_t digits_end = std::min(text.find_first_not_of("0123456789"), text.size());
  parts.digits = text.substr(0, digits_end);
  parts.rest = text.substr(digits_end);
  return parts;
}

// CPython's format_float_internal, for a parsed spec whose type is one of
// the float types.
NumericResult<std::string> format_float_with(double value, const FormatSpec& spec) {
  if (spec.precision > INT_MAX) return NumericError::value_error("precision too big");
  DoubleFormatFlags flags{.alternate = spec.alternate, .no_negative_zero = spec.no_negative_zero};
  char code = static_cast<char>(spec.type);
  int default_precision = 6;
  if (spec.type == '\0') {
    // Like repr() without a precision, else like 'g' but keeping ".0".
    flags.add_dot_zero = true;
    code = 'r';
    default_precision = 0;
  } else if (spec.type == 'n') {
    code = 'g';
  } else if (spec.type == '%') {
    code = 'f';
    value *= 100;
  }
  int precision = default_precision;
  if (spec.precision >= 0) {
    precision = static_cast<int>(spec.precision);
    if (code == 'r') code = 'g';
  }
  std::string text = format_double(value, code, precision, flags);
  if (spec.type == '%') text += '%';
  return lay_out_number(split_formatted_float(text), spec, grouping_for(spec, false));
}

bool is_float_type(char32_t type) {
  return is_one_of(type, U"eEfFgG%");
}

// The character whose code point is `value`, as 'c' and %c print it.
NumericResult<std::string> character_for(const BigInt& value, const char* too_large_message) {
  std::optional<int64_t> code_point = value.to_int64();
  if (!code_point) return NumericError::overflow_error(too_large_message);
  if (*code_point < 0 || *code_point > 0x10FFFF) {
    return NumericError::overflow_error("%c arg not in range(0x110000)");
  }
  return encode_utf8(static_cast<char32_t>(*code_point));
}

// ---------------------------------------------------------------------------
// printf-style output

// CPython's unicode_format_arg_output for numbers: the sign, then the
// prefix, then `body`; with zero padding the zeros go between the prefix
// and the body, else spaces go before the sign (or after the body, for
// '-').
std::string pad_percent_number(bool negative, std::string_view prefix, std::string_view body,
                               const PercentSpec& spec) {
  std::string sign = negative ? "-" : spec.sign_plus ? "+" : spec.sign_space ? " " : "";
  std::string number = sign + std::string(prefix) + std::string(body);
  auto padding = spec.width - static_cast<int64_t>(number.size());
  if (padding <= 0) return number;
  if (spec.left_adjust) return number + std::string(padding, ' ');
  if (spec.zero_padding) {
    return sign + std::string(prefix) + std::string(padding, '0') + std::string(body);
  }
  return std::string(padding, ' ') + number;
}

}  // namespace

// ---------------------------------------------------------------------------
// format()

NumericResult<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                            char32_t default_type) {
  return parse_spec(spec, type_name, default_type);
}

// CPython's format_long_internal, after the checks in the order CPython
// makes them: the type, then precision, then 'z', then what 'c' forbids.
NumericResult<std::string> format_int(const BigInt& value, std::string_view spec_text,
                                      std::string_view type_name, int max_str_digits) {
  if (spec_text.empty()) return value.to_decimal_string(max_str_digits);
  NumericResult<FormatSpec> parsed = parse_spec(spec_text, type_name, 'd');
  if (!parsed) return parsed.error();
  const FormatSpec& spec = *parsed;
  if (is_float_type(spec.type)) {
    NumericResult<double> as_float = value.to_double();
    if (!as_float) return as_float.error();
    return format_float_with(*as_float, spec);
  }
  int base;
  switch (spec.type) {
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'c':
    case 'd':
    case 'n':
      base = 10;
      break;
    default:
      return unknown_format_code(spec.type, type_name);
  }
  if (spec.precision >= 0) {
    return NumericError::value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_negative_zero) {
    return NumericError::value_error(
        "Negative zero coercion (z) not allowed in integer format specifier");
  }

  NumberParts parts;
  if (spec.type == 'c') {
    if (spec.sign) {
      return NumericError::value_error("Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      return NumericError::value_error(
          "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    NumericResult<std::string> character =
        character_for(value, "Python int too large to convert to C long");
    if (!character) return character.error();
    parts.rest = *character;
    return lay_out_number(parts, spec, {});
  }

  BigInt magnitude = abs(value);
  if (base == 10) {
    NumericResult<std::string> decimal = magnitude.to_decimal_string(max_str_digits);
    if (!decimal) return decimal.error();
    parts.digits = *decimal;
  } else {
    parts.digits = magnitude.to_digits(base);
    if (spec.alternate) parts.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  }
  if (spec.type == 'X') {
    make_upper_case(parts.digits);
    make_upper_case(parts.prefix);
  }
  parts.negative = value.is_negative();
  return lay_out_number(parts, spec, grouping_for(spec, base != 10));
}

NumericResult<std::string> format_int(int64_t value, std::string_view spec,
                                      std::string_view type_name, int max_str_digits) {
  return format_int(BigInt(value), spec, type_name, max_str_digits);
}

NumericResult<std::string> format_float(double value, std::string_view spec_text,
                                        std::string_view type_name) {
  if (spec_text.empty()) return float_repr(value);
  NumericResult<FormatSpec> parsed = parse_spec(spec_text, type_name, '\0');
  if (!parsed) return parsed.error();
  if (parsed->type != '\0' && parsed->type != 'n' && !is_float_type(parsed->type)) {
    return unknown_format_code(parsed->type, type_name);
  }
  return format_float_with(value, *parsed);
}

// CPython's format_string_internal.
NumericResult<std::string> format_str(std::string_view text, std::string_view spec_text,
                                      std::string_view type_name) {
  if (spec_text.empty()) return std::string(text);
  NumericResult<FormatSpec> parsed = parse_spec(spec_text, type_name, 's');
  if (!parsed) return parsed.error();
  const FormatSpec& spec = *parsed;
  if (spec.type != 's') return unknown_format_code(spec.type, type_name);
  if (spec.sign == ' ') {
    return NumericError::value_error("Space not allowed in string format specifier");
  }
  if (spec.sign) return NumericError::value_error("Sign not allowed in string format specifier");
  if (spec.no_negative_zero) {
    return NumericError::value_error(
        "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return NumericError::value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return NumericError::value_error("'=' alignment not allowed in string format specifier");
  }

  std::string_view shown = text;
  int64_t length = lexer::code_point_count(text);
  if (spec.precision >= 0 && length > spec.precision) {
    shown = first_code_points(text, spec.precision);
    length = spec.precision;
  }
  int64_t padding = std::max<int64_t>(spec.width - length, 0);
  char32_t fill = spec.fill_specified ? spec.fill : spec.zero_padding ? '0' : ' ';
  int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  return repeated(fill, left) + std::string(shown) + repeated(fill, padding - left);
}

// ---------------------------------------------------------------------------
// printf-style formatting

NumericResult<PercentSpec> parse_percent_spec(std::string_view format, size_t& pos) {
  PercentSpec spec;
  size_t start = pos;
  auto at = [&](char c) { return pos < format.size() && format[pos] == c; };
  auto incomplete = [] { return NumericError::value_error("incomplete format"); };

  if (at('(')) {
    // The key runs to the matching ')': "%(a(b))s" has the key "a(b)".
    int depth = 1;
    size_t key_start = ++pos;
    for (; pos < format.size() && depth > 0; ++pos) {
      if (format[pos] == '(') ++depth;
      if (format[pos] == ')') --depth;
    }
    if (depth > 0) return NumericError::value_error("incomplete format key");
    spec.has_mapping_key = true;
    spec.mapping_key = format.substr(key_start, pos - 1 - key_start);
  }
  for (; pos < format.size(); ++pos) {
    switch (format[pos]) {
      case '-':
        spec.left_adjust = true;
        continue;
      case '+':
        spec.sign_plus = true;
        continue;
      case ' ':
        spec.sign_space = true;
        continue;
      case '#':
        spec.alternate = true;
        continue;
      case '0':
        spec.zero_padding = true;
        continue;
    }
    break;
  }
  // Width and precision: '*', or ASCII digits up to CPython's limits
  // (Py_ssize_t for the width, int for the precision).
  auto read_number = [&](int64_t& number, bool& from_argument, int64_t limit,
                         const char* too_big) -> std::optional<NumericError> {
    if (at('*')) {
      from_argument = true;
      ++pos;
      return std::nullopt;
    }
    if (pos >= format.size() || format[pos] < '0' || format[pos] > '9') return std::nullopt;
    number = 0;
    for (; pos < format.size() && format[pos] >= '0' && format[pos] <= '9'; ++pos) {
      int digit = format[pos] - '0';
      if (number > (limit - digit) / 10) return NumericError::value_error(too_big);
      number = number * 10 + digit;
    }
    return std::nullopt;
  };
  if (auto error = read_number(spec.width, spec.width_from_argument, INT64_MAX, "width too big")) {
    return *error;
  }
  if (at('.')) {
    ++pos;
    spec.precision = 0;  // "%.f" has precision 0
    if (auto error = read_number(spec.precision, spec.precision_from_argument, INT_MAX,
                                 "precision too big")) {
      return *error;
    }
  }
  while (at('h') || at('l') || at('L'))
    ++pos;  // C's length modifiers, ignored
  if (pos >= format.size()) return incomplete();

  spec.conversion_index = static_cast<size_t>(lexer::code_point_count(format.substr(0, pos)));
  spec.conversion = lexer::next_code_point(format, pos);
  spec.literal_percent = spec.conversion == '%' && pos == start + 1;
  return spec;
}

NumericError percent_unsupported_conversion(const PercentSpec& spec) {
  char32_t c = spec.conversion;
  char message[96];
  std::snprintf(message, sizeof message, "unsupported format character '%c' (0x%x) at index %zu",
                c > 32 && c < 128 ? static_cast<char>(c) : '?', static_cast<unsigned>(c),
                spec.conversion_index);
  return NumericError::value_error(message);
}

NumericResult<std::string> percent_format_int(const BigInt& value, const PercentSpec& spec,
                                              int max_str_digits) {
  BigInt magnitude = abs(value);
  std::string digits;
  std::string prefix;
  if (spec.conversion == 'o' || spec.conversion == 'x' || spec.conversion == 'X') {
    digits = magnitude.to_digits(spec.conversion == 'o' ? 8 : 16);
    if (spec.alternate) prefix = spec.conversion == 'o' ? "0o" : "0x";
  } else {
    NumericResult<std::string> decimal = magnitude.to_decimal_string(max_str_digits);
    if (!decimal) return decimal.error();
    digits = *decimal;
  }
  // A precision is a minimum number of digits.
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, spec.precision - digits.size(), '0');
  }
  if (spec.conversion == 'X') {
    make_upper_case(digits);
    make_upper_case(prefix);
  }
  return pad_percent_number(value.is_negative(), prefix, digits, spec);
}

std::string percent_format_float(double value, const PercentSpec& spec) {
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  std::string text = format_double(value, static_cast<char>(spec.conversion), precision,
                                   {.alternate = spec.alternate});
  bool negative = text[0] == '-';
  return pad_percent_number(negative, "", std::string_view(text).substr(negative), spec);
}

NumericResult<std::string> percent_format_char(const BigInt& code_point, const PercentSpec& spec) {
  NumericResult<std::string> character = character_for(code_point, "%c arg not in range(0x110000)");
  if (!character) return character.error();
  return percent_format_text(*character, spec);
}

std::string percent_format_text(std::string_view text, const PercentSpec& spec) {
  int64_t length = lexer::code_point_count(text);
  if (spec.conversion != 'c' && spec.precision >= 0 && length > spec.precision) {
    text = first_code_points(text, spec.precision);
    length = spec.precision;
  }
  std::string padding(std::max<int64_t>(spec.width - length, 0), ' ');
  return spec.left_adjust ? std::string(text) + padding : padding + std::string(text);
}

}  // namespace eddy::vm

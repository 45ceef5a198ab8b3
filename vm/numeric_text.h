// The text side of int(), float() and the format mini-language: which
// Unicode characters count as decimal digits and as white space, the fold
// of a str argument to ASCII that CPython performs before parsing a number,
// and the quoting of the argument in error messages. The number syntax
// itself lives in bigint.cc and float_format.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eddy::vm {

// The value of a Unicode decimal digit (general category Nd, like '7',
// '\u0667' or '\U0001D7D5'), or -1 for any other character.
int decimal_digit_value(char32_t code_point);

// str.isspace() for one character.
bool is_unicode_space(char32_t code_point);

// The ASCII white space that number parsers strip (C's isspace): ' ', \t,
// \n, \v, \f and \r. Unlike str.isspace(), \x1c..\x1f are not among them.
inline bool is_ascii_number_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// `utf8` with every non-ASCII decimal digit replaced by its ASCII digit and
// every non-ASCII space by ' ', as CPython does to the argument of int()
// and float() (so int('\u0661\u0662') == 12). Returns nullopt if any other
// non-ASCII character is present: no number can contain one.
std::optional<std::string> fold_to_ascii_numeral(std::string_view utf8);

// repr() of a str or bytes argument for an error message, cut to at most
// `max_code_points` characters as CPython's "%.200R" does.
std::string quote_str_for_message(std::string_view utf8,
                                  size_t max_code_points = std::string::npos);
std::string quote_bytes_for_message(std::string_view bytes,
                                    size_t max_code_points = std::string::npos);

}  // namespace eddy::vm

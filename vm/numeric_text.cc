// Unicode digits and spaces for the number parsers, on utf8proc's
// character database, and the quoted argument their error messages show.
#include "vm/numeric_text.h"

#include <utf8proc.h>

#include "lexer/utf8.h"
#include "parser/python_repr.h"

namespace eddy::vm {
namespace {

bool is_decimal_digit(char32_t code_point) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(code_point)) == UTF8PROC_CATEGORY_ND;
}

// The first `max_code_points` characters of `text`.
std::string truncate_code_points(std::string text, size_t max_code_points) {
  size_t pos = 0;
  for (size_t count = 0; pos < text.size() && count < max_code_points; ++count) {
    lexer::next_code_point(text, pos);
  }
  text.resize(pos);
  return text;
}

}  // namespace

// utf8proc knows each character's category but not its digit value. Unicode
// guarantees that the Nd characters come in runs of ten, in order from 0 to
// 9, and runs may abut (the mathematical digits U+1D7CE..U+1D7FF are five
// runs); so the value is the distance from the start of the contiguous block
// of Nd characters, modulo ten.
int decimal_digit_value(char32_t code_point) {
  if (code_point >= '0' && code_point <= '9') return static_cast<int>(code_point - '0');
  if (code_point < 0x80 || !is_decimal_digit(code_point)) return -1;
  char32_t block_start = code_point;
  while (is_decimal_digit(block_start - 1))
    --block_start;
  return static_cast<int>((code_point - block_start) % 10);
}

// Python's white space (Objects/unicodetype_db.h, Unicode 14): the
// characters of bidirectional class WS, B or S, or of category Zs. The list
// has been stable for many Unicode versions, so it is spelled out here.
bool is_unicode_space(char32_t c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::optional<std::string> fold_to_ascii_numeral(std::string_view utf8) {
  std::string ascii;
  ascii.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
      ascii += utf8[pos++];
      continue;
    }
    char32_t c = lexer::next_code_point(utf8, pos);
    if (is_unicode_space(c)) {
      ascii += ' ';
    } else if (int digit = decimal_digit_value(c); digit >= 0) {
      ascii += static_cast<char>('0' + digit);
    } else {
      return std::nullopt;
    }
  }
  return ascii;
}

std::string quote_str_for_message(std::string_view utf8, size_t max_code_points) {
  return truncate_code_points(parser::repr_str(utf8), max_code_points);
}

std::string quote_bytes_for_message(std::string_view bytes, size_t max_code_points) {
  return truncate_code_points(parser::repr_bytes(bytes), max_code_points);
}

}  // namespace eddy::vm

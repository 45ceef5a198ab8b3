// Python's repr() for str, bytes, float and imaginary values, following
// CPython 3.11's unicode_repr, bytes_repr, float_repr and complex_repr.
// Printability of non-ASCII characters is lexer::is_printable's (the one
// str.isprintable);
// float digits come from vm/float_format, the one implementation of them.
#include "parser/python_repr.h"

#include <cstdio>

#include "lexer/identifier.h"
#include "lexer/utf8.h"
#include "vm/float_format.h"

namespace eddy::parser {
namespace {

void append_hex_escape(std::string& out, char letter, char32_t value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\%c%0*x", letter, digits, static_cast<unsigned>(value));
  out += buffer;
}

// Both reprs quote with ' unless the text holds a ' and no ", as CPython does.
char choose_quote(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  return has_single && !has_double ? '"' : '\'';
}

// Escapes shared by str and bytes: the quote, backslash, \t \n \r. Returns
// false for characters the caller must handle itself.
bool append_common_escape(std::string& out, char32_t c, char quote) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return true;
    case '\t':
      out += "\\t";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    default:
      if (c == static_cast<char32_t>(quote)) {
        out += '\\';
        out += quote;
        return true;
      }
      return false;
  }
}

}  // namespace

std::string repr_str(std::string_view utf8) {
  char quote = choose_quote(utf8);
  std::string out(1, quote);
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = lexer::next_code_point(utf8, pos);
    if (append_common_escape(out, c, quote)) continue;
    if (c < ' ' || c == 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else if (c < 0x7F || lexer::is_printable(c)) {
      lexer::append_utf8(out, c);
    } else if (c <= 0xFF) {
      append_hex_escape(out, 'x', c, 2);
    } else if (c <= 0xFFFF) {
      append_hex_escape(out, 'u', c, 4);
    } else {
      append_hex_escape(out, 'U', c, 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view bytes) {
  char quote = choose_quote(bytes);
  std::string out = "b";
  out += quote;
  for (char byte : bytes) {
    unsigned char c = static_cast<unsigned char>(byte);
    if (append_common_escape(out, c, quote)) continue;
    if (c < ' ' || c >= 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else {
      out += byte;
    }
  }
  out += quote;
  return out;
}

std::string repr_float(double value) {
  return vm::float_repr(value);
}

// complex's repr prints each part with the 'r' code but no ".0": "1j".
std::string repr_imaginary(double imag) {
  return vm::format_double(imag, 'r', 0) + "j";
}

}  // namespace eddy::parser

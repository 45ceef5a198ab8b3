// Decoding of backslash escapes in str and bytes literals. It follows
// CPython 3.11's unicode-escape and bytes-escape codecs, including which
// malformed escapes are errors and what the error messages say.
#include "parser/string_escapes.h"

#include <optional>

#include "lexer/source.h"
#include "lexer/utf8.h"
#include "parser/unicode_names.h"

namespace eddy::parser {
namespace {

bool is_octal_digit(char c) {
  return c >= '0' && c <= '7';
}

std::optional<int> hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

[[noreturn]] void fail(std::string message, lexer::Position at) {
  lexer::SyntaxError error;
  error.message = std::move(message);
  error.line = at.line;
  error.column = at.column;
  throw error;
}

// CPython does not decode the literal itself: it first rewrites it to pure
// ASCII, turning every non-ASCII character into a 10-byte "\UXXXXXXXX" and
// a backslash that precedes one (or ends the text) into "\u005c", and
// error messages count positions in that rewritten text. This maps a byte
// index in `body` to that position, so our messages name the same bytes.
size_t cpython_position(std::string_view body, size_t index) {
  size_t position = 0;
  for (size_t i = 0; i < index;) {
    unsigned char c = body[i];
    if (c == '\\' && (i + 1 == body.size() || static_cast<unsigned char>(body[i + 1]) >= 0x80)) {
      position += 6;
      i += 1;
    } else if (c == '\\') {  // an escape pair: both bytes are ASCII
      size_t step = std::min<size_t>(2, index - i);
      position += step;
      i += step;
    } else if (c < 0x80) {
      position += 1;
      i += 1;
    } else {
      lexer::next_code_point(body, i);
      position += 10;
    }
  }
  return position;
}

// Decodes a str body, producing CPython's "unicodeescape" errors.
class StrEscapeDecoder {
 public:
  StrEscapeDecoder(std::string_view body, lexer::Position error_at)
      : body_(body), error_at_(error_at) {}

  std::string decode() {
    while (pos_ < body_.size()) {
      char c = body_[pos_];
      if (c != '\\') {
        out_ += c;
        ++pos_;
        continue;
      }
      escape_start_ = pos_++;
      if (pos_ == body_.size()) {
        out_ += '\\';
        break;
      }
      decode_escape(body_[pos_++]);
    }
    return std::move(out_);
  }

 private:
  // Decodes the escape whose letter (the byte after the backslash) has just
  // been consumed.
  void decode_escape(char letter) {
    switch (letter) {
      case '\n':
        return;  // a backslash-newline joins the lines
      case '\\':
        out_ += '\\';
        return;
      case '\'':
        out_ += '\'';
        return;
      case '"':
        out_ += '"';
        return;
      case 'a':
        out_ += '\a';
        return;
      case 'b':
        out_ += '\b';
        return;
      case 'f':
        out_ += '\f';
        return;
      case 'n':
        out_ += '\n';
        return;
      case 'r':
        out_ += '\r';
        return;
      case 't':
        out_ += '\t';
        return;
      case 'v':
        out_ += '\v';
        return;
      case 'x':
        return decode_hex(2, "truncated \\xXX escape");
      case 'u':
        return decode_hex(4, "truncated \\uXXXX escape");
      case 'U':
        return decode_hex(8, "truncated \\UXXXXXXXX escape");
      case 'N':
        return decode_named();
      default:
        if (is_octal_digit(letter)) return decode_octal(letter);
        // An unknown escape stays as written (CPython only warns).
        out_ += '\\';
        out_ += letter;
    }
  }

  // Up to three octal digits. Values above 0o377 are kept (U+0100..U+01FF);
  // CPython 3.11 only warns about them.
  void decode_octal(char first_digit) {
    char32_t value = first_digit - '0';
    for (int i = 0; i < 2 && pos_ < body_.size() && is_octal_digit(body_[pos_]); ++i) {
      value = value * 8 + (body_[pos_++] - '0');
    }
    lexer::append_utf8(out_, value);
  }

  void decode_hex(int digits, const char* truncated_message) {
    char32_t value = 0;
    for (int i = 0; i < digits; ++i) {
      std::optional<int> digit;
      if (pos_ < body_.size()) digit = hex_digit_value(body_[pos_]);
      if (!digit) fail_here(truncated_message);
      value = value * 16 + *digit;
      ++pos_;
    }
    if (value > 0x10FFFF) fail_here("illegal Unicode character");
    lexer::append_utf8(out_, value);
  }

  // \N{NAME}: the name is looked up case-insensitively in the Unicode
  // character database, as unicodedata.lookup does (aliases included).
  void decode_named() {
    const char* malformed = "malformed \\N character escape";
    if (pos_ == body_.size() || body_[pos_] != '{') fail_here(malformed);
    size_t name_start = ++pos_;
    size_t close = body_.find('}', name_start);
    if (close == std::string_view::npos) {
      pos_ = body_.size();
      fail_here(malformed);
    }
    pos_ = close;
    if (close == name_start) fail_here(malformed);
    ++pos_;
    std::optional<char32_t> code_point =
        lookup_unicode_name(body_.substr(name_start, close - name_start));
    if (!code_point) fail_here("unknown Unicode character name");
    lexer::append_utf8(out_, *code_point);
  }

  // The escape that began at escape_start_ is malformed; its bad part ends
  // just before pos_.
  [[noreturn]] void fail_here(const char* reason) {
    size_t first = cpython_position(body_, escape_start_);
    size_t last = cpython_position(body_, pos_) - 1;
    fail("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
             std::to_string(first) + "-" + std::to_string(last) + ": " + reason,
         error_at_);
  }

  std::string_view body_;
  lexer::Position error_at_;
  size_t pos_ = 0;
  size_t escape_start_ = 0;
  std::string out_;
};

}  // namespace

std::string decode_str_escapes(std::string_view body, lexer::Position error_at) {
  return StrEscapeDecoder(body, error_at).decode();
}

// Bytes escapes are the str ones minus \u, \U and \N; an octal value above
// 0o377 keeps its low eight bits, as in CPython 3.11.
std::string decode_bytes_escapes(std::string_view body, lexer::Position error_at) {
  std::string out;
  for (size_t pos = 0; pos < body.size();) {
    char c = body[pos++];
    if (c != '\\' || pos == body.size()) {
      out += c;
      continue;
    }
    char letter = body[pos++];
    switch (letter) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        std::optional<int> high, low;
        if (pos + 1 < body.size()) {
          high = hex_digit_value(body[pos]);
          low = hex_digit_value(body[pos + 1]);
        }
        if (!high || !low) {
          fail("(value error) invalid \\x escape at position " + std::to_string(pos - 2), error_at);
        }
        out += static_cast<char>(*high * 16 + *low);
        pos += 2;
        break;
      }
      default:
        if (is_octal_digit(letter)) {
          int value = letter - '0';
          for (int i = 0; i < 2 && pos < body.size() && is_octal_digit(body[pos]); ++i) {
            value = value * 8 + (body[pos++] - '0');
          }
          out += static_cast<char>(value & 0xFF);
        } else {
          out += '\\';
          out += letter;
        }
    }
  }
  return out;
}

}  // namespace eddy::parser

// Source: reading a program's bytes as CPython does (byte-order mark, PEP 263
// coding cookie, UTF-8 validation, line table), and format_syntax_error,
// which prints a SyntaxError exactly like CPython's top-level handler.
#include "lexer/source.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "lexer/utf8.h"

namespace eddy::lexer {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_indent_space(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

// The first physical line of `text` starting at `from`, line break included.
std::string_view physical_line(std::string_view text, size_t from) {
  size_t end = from;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r')
    ++end;
  if (end < text.size())
    end += (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1;
  return text.substr(from, end - from);
}

// CPython (and tokenize.py) give the common spellings of UTF-8 and Latin-1
// one canonical name; every other name stays as the cookie spells it.
std::string normal_encoding_name(const std::string& name) {
  std::string lowered;
  for (size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    lowered += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  auto starts_with = [&](std::string_view prefix) { return lowered.starts_with(prefix); };
  if (lowered == "utf-8" || starts_with("utf-8-")) return "utf-8";
  if (lowered == "latin-1" || lowered == "iso-8859-1" || lowered == "iso-latin-1" ||
      starts_with("latin-1-") || starts_with("iso-8859-1-") || starts_with("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

// The encoding named by a PEP 263 cookie on this line, if the line is a
// comment holding one: `#` preceded only by blanks, then `coding` followed
// by `:` or `=`, blanks, and a name made of [A-Za-z0-9-_.].
std::optional<std::string> coding_cookie(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && is_indent_space(line[i]))
    ++i;
  if (i == line.size() || line[i] != '#') return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t'))
      ++p;
    size_t begin = p;
    while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) ||
                               line[p] == '-' || line[p] == '_' || line[p] == '.')) {
      ++p;
    }
    if (p > begin) return std::string(line.substr(begin, p - begin));
  }
  return std::nullopt;
}

// Only a blank or comment-only first line lets a cookie sit on line two.
bool is_blank_or_comment(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && is_indent_space(line[i]))
    ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\n' || line[i] == '\r';
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char byte : bytes)
    append_utf8(out, byte);
  return out;
}

// Any other declared encoding goes through iconv, the C library's converter;
// it knows the codecs CPython's Lib uses (cp1252, koi8-r, iso-8859-5, ...).
std::optional<std::string> iconv_to_utf8(std::string_view bytes, const std::string& encoding) {
  std::string name = encoding;
  std::replace(name.begin(), name.end(), '_', '-');
  iconv_t converter = iconv_open("UTF-8", name.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 4 + 4, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  size_t status = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(converter);
  if (status == static_cast<size_t>(-1)) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

int line_of_offset(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
    }
  }
  return line;
}

SyntaxError unlocated_error(std::string message) {
  SyntaxError error;
  error.message = std::move(message);
  error.line = 0;
  return error;
}

}  // namespace

// Decoding follows CPython's file reader: a UTF-8 BOM is skipped, a cookie
// on line one (or line two after a blank/comment line) names the encoding,
// and undeclared bytes must be valid UTF-8.
Source::Source(std::string filename, std::string text) : filename_(std::move(filename)) {
  std::string_view bytes = text;
  bool has_bom = bytes.starts_with(kByteOrderMark);
  if (has_bom) bytes.remove_prefix(kByteOrderMark.size());

  std::string_view first = physical_line(bytes, 0);
  std::optional<std::string> cookie = coding_cookie(first);
  if (!cookie && is_blank_or_comment(first))
    cookie = coding_cookie(physical_line(bytes, first.size()));

  std::string declared = cookie ? normal_encoding_name(*cookie) : "utf-8";
  encoding_ = declared;
  declares_encoding_ = has_bom || cookie.has_value();
  if (has_bom && declared != "utf-8") {
    decoding_error_ = unlocated_error("encoding problem: " + declared + " with BOM");
  } else if (declared == "utf-8") {
    size_t bad = first_invalid_utf8(bytes);
    if (bad != std::string_view::npos) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(bytes[bad]));
      decoding_error_ = unlocated_error(
          "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " + filename_ +
          " on line " + std::to_string(line_of_offset(bytes, bad)) +
          ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    }
    text_ = has_bom ? std::string(bytes) : std::move(text);
  } else if (declared == "iso-8859-1") {
    text_ = latin1_to_utf8(bytes);
  } else if (std::optional<std::string> decoded = iconv_to_utf8(bytes, *cookie)) {
    text_ = std::move(*decoded);
  } else {
    decoding_error_ = unlocated_error("encoding problem: " + declared);
  }

  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if ((c == '\n' || c == '\r') && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

std::string_view Source::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::string_view rest = std::string_view(text_).substr(line_starts_[line - 1]);
  return rest.substr(0, rest.find_first_of("\r\n"));
}

bool Source::line_has_break(int line) const {
  if (line < 1 || line > line_count()) return false;
  size_t end = line_starts_[line - 1] + this->line(line).size();
  return end < text_.size();
}

// CPython's print_error_text, step by step: the caret count comes from the
// raw offsets; then the line loses its leading blanks (the caret moves left
// with it), the caret is clipped to the end of the line, and no caret is
// drawn if it would stand left of the text. Offsets are 1-based; CPython
// counts them in bytes, or in code points when the file declares its
// encoding, and then prints that many spaces, so a caret after non-ASCII
// text sits exactly where CPython puts it.
std::string format_syntax_error(const Source& source, const SyntaxError& error) {
  std::string out;
  if (error.line > 0) {
    out += "  File \"" + source.filename() + "\", line " + std::to_string(error.line) + "\n";
  }
  bool has_own_text = !error.text.empty();
  if (error.line > 0 && (has_own_text || error.line <= source.line_count())) {
    std::string_view text = has_own_text ? std::string_view(error.text) : source.line(error.line);
    bool has_break = has_own_text || source.line_has_break(error.line);
    long line_size = static_cast<long>(text.size()) + (has_break ? 1 : 0);
    auto offset_of = [&](int column) -> long {
      if (!source.declares_encoding() || column > static_cast<int>(text.size())) return column + 1;
      return code_point_count(text.substr(0, column)) + 1;
    };
    long offset = error.column < 0 ? 0 : offset_of(error.column);
    long end_offset = -1;
    if (error.type == "SyntaxError") {
      if (error.end_line > error.line) {
        end_offset = line_size;
      } else if (error.end_column >= 0) {
        end_offset = offset_of(error.end_column);
      }
      end_offset = std::min(end_offset, line_size + 1);
    }
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

    offset -= 1;
    while (!text.empty() && is_indent_space(text.front())) {
      text.remove_prefix(1);
      offset -= 1;
    }
    text = text.substr(0, text.find('\0'));
    offset = std::min(offset, static_cast<long>(text.size()));
    out += "    ";
    out += text;
    out += "\n";
    if (offset >= 0) {
      out += "    " + std::string(offset, ' ') + std::string(carets, '^') + "\n";
    }
  }
  out += error.type;
  if (!error.message.empty()) out += ": " + error.message;
  out += "\n";
  return out;
}

}  // namespace eddy::lexer

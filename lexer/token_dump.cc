// `eddy --tokens`: the token stream printed line for line as
// `python3 -m tokenize FILE` prints it (columns in code points, the token
// text as Python's repr of a str).
#include "lexer/token_dump.h"

#include <cstdio>
#include <string>

#include "lexer/identifier.h"
#include "lexer/lexer.h"
#include "lexer/utf8.h"

namespace eddy::lexer {

namespace {

// repr() of a str: single quotes unless the text holds a single quote and
// no double quote; backslash escapes for the quote, the backslash, \t \n \r
// and every non-printable character.
std::string python_repr(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, quote);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = next_code_point(text, pos);
    char escape[16];
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x7F ? c >= 0x20 : is_printable(c)) {
      out += text.substr(start, pos - start);
    } else {
      const char* format = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
      std::snprintf(escape, sizeof escape, format, static_cast<unsigned>(c));
      out += escape;
    }
  }
  out += quote;
  return out;
}

// A byte column as a code-point column. Columns past the end of the line
// (a line break, the NEWLINE added at the end of the text) count one each.
int code_point_column(const Source& source, Position position) {
  std::string_view line = source.line(position.line);
  size_t bytes = static_cast<size_t>(position.column);
  if (bytes <= line.size()) return code_point_count(line.substr(0, bytes));
  return code_point_count(line) + static_cast<int>(bytes - line.size());
}

// Python's "%-Ns": pad with spaces to `width` code points.
void append_padded(std::string& out, std::string_view text, int width) {
  out += text;
  for (int length = code_point_count(text); length < width; ++length)
    out += ' ';
}

void print_token(std::ostream& out, const std::string& range, std::string_view type,
                 std::string_view text) {
  std::string line;
  append_padded(line, range, 20);
  append_padded(line, type, 15);
  append_padded(line, python_repr(text), 15);
  line += '\n';
  out << line;
}

}  // namespace

void dump_tokens(const Source& source, std::ostream& out) {
  print_token(out, "0,0-0,0:", "ENCODING", source.encoding());
  Lexer lexer(source, LexerOptions{.keep_trivia = true});
  for (;;) {
    Token token = lexer.next();
    std::string range = std::to_string(token.start.line) + "," +
                        std::to_string(code_point_column(source, token.start)) + "-" +
                        std::to_string(token.end.line) + "," +
                        std::to_string(code_point_column(source, token.end)) + ":";
    print_token(out, range, tokenize_name(token.kind), token.text);
    if (token.kind == TokenKind::EndMarker) break;
  }
}

}  // namespace eddy::lexer

// Deciding whether interactive input is complete: parse it as one
// interactive statement and read the syntax error, if any, the way
// CPython's codeop (and its tokenizer's interactive mode) decide.
#include "cli/input_completeness.h"

#include <cctype>
#include <string_view>

#include "lexer/source.h"
#include "parser/parser.h"

namespace eddy::cli {

namespace {

bool is_blank_or_comment(std::string_view line) {
  size_t first = line.find_first_not_of(" \t\f\r");
  return first == std::string_view::npos || line[first] == '#';
}

// The last line typed, without its line break.
std::string_view last_line(const std::string& input) {
  std::string_view text(input);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  size_t start = text.rfind('\n');
  return start == std::string_view::npos ? text : text.substr(start + 1);
}

// The first line without its indentation.
std::string_view first_statement(const std::string& input) {
  std::string_view line = std::string_view(input).substr(0, input.find('\n'));
  size_t start = line.find_first_not_of(" \t\f");
  return start == std::string_view::npos ? std::string_view() : line.substr(start);
}

// A compound statement (a block header, a decorator) goes on until a blank
// line, as CPython's interactive tokenizer reads it: `if x: pass` then a
// blank line, so that an `else:` may still follow.
bool opens_compound_statement(std::string_view statement) {
  if (statement.starts_with('@')) return true;
  for (std::string_view keyword : {"if", "while", "for", "try", "with", "def", "class", "async"}) {
    if (!statement.starts_with(keyword)) continue;
    std::string_view rest = statement.substr(keyword.size());
    if (rest.empty()) return true;
    auto next = static_cast<unsigned char>(rest.front());
    if (!std::isalnum(next) && next != '_' && next < 0x80) return true;
  }
  return false;
}

// Errors that only say the input stopped early. The bracket and
// triple-quoted string errors hold even after a blank line (CPython keeps
// reading inside them); the others end with the first blank line, which
// then reports them.
bool is_unclosed_error(const lexer::SyntaxError& error) {
  return error.message.ends_with("was never closed") ||
         error.message.starts_with("unterminated triple-quoted string literal");
}

bool is_early_end_error(const lexer::SyntaxError& error) {
  return error.message == "unexpected EOF while parsing" ||
         error.message.starts_with("expected an indented block") ||
         error.message == "expected 'except' or 'finally' block";
}

}  // namespace

bool input_is_blank(const std::string& input) {
  std::string_view text(input);
  while (!text.empty()) {
    size_t end = text.find('\n');
    if (!is_blank_or_comment(text.substr(0, end))) return false;
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return true;
}

bool input_is_incomplete(const std::string& input) {
  bool ended_by_blank_line = is_blank_or_comment(last_line(input));
  std::string_view statement = first_statement(input);
  lexer::Source source("<stdin>", input);
  parser::Arena arena;
  try {
    parser::parse_interactive(source, arena);
  } catch (const lexer::SyntaxError& error) {
    if (is_unclosed_error(error)) return true;
    // Decorators without their definition yet are only "invalid syntax"
    // to the parser; CPython's asks for the next line.
    bool decorators_only = statement.starts_with('@');
    return (is_early_end_error(error) || decorators_only) && !ended_by_blank_line;
  }
  return opens_compound_statement(statement) && !ended_by_blank_line;
}

}  // namespace eddy::cli

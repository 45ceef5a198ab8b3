// What one run of the grammar shares with the C++ code around it: the token
// stream that feeds Bison (a lookahead buffer over the Lexer), the arena the
// tree goes into, and the result. The grammar itself is parser/grammar.yy.
#pragma once

#include <string>
#include <vector>

#include "lexer/lexer.h"
#include "lexer/source.h"
#include "parser/ast.h"

namespace eddy::parser {

// A stretch of source between two positions; Bison's location type.
struct Span {
  lexer::Position begin;
  lexer::Position end;
};

inline Location location_of(const Span& span) {
  return {span.begin.line, span.begin.column, span.end.line, span.end.column};
}
inline Span span_of(const Location& location) {
  return {{location.lineno, location.col_offset}, {location.end_lineno, location.end_col_offset}};
}
inline Span span_of(const lexer::Token& token) {
  return {token.start, token.end};
}

// Throws a SyntaxError (or IndentationError, ...) covering `span`.
[[noreturn]] void raise_syntax_error(const Span& span, std::string message,
                                     std::string type = "SyntaxError");

// The kind of input a parse starts with; the grammar has one entry rule per
// kind, selected by a first pseudo-token.
enum class ParseMode { Module, Expression, Interactive, FStringExpression };

// Parses the text of an f-string replacement field found at `start`
// (parser.cc); the callback build_string() is given.
Expr* parse_fstring_expression(const lexer::Source& source, Arena& arena, std::string_view text,
                               lexer::Position start);

// Tokens for the parser, with as much lookahead as the few places that need
// it (parenthesized `with` items, the `match` soft keyword) ask for. It also
// remembers what the syntax-error reporter wants to know: the previous token,
// the bracket depth, and the header that opened the block being parsed.
class TokenStream {
 public:
  TokenStream(const lexer::Source& source, Arena& arena);

  // The next token, after the `with (` and `match` checks. Names come back
  // NFKC-normalized.
  lexer::Token next();

  // The token before the one `next()` returned last, and that one.
  const lexer::Token& previous() const { return previous_; }
  const lexer::Token& current() const { return current_; }
  // Open brackets before the current token.
  int depth() const { return depth_; }
  // The first two tokens of the logical line before the current token's:
  // the header of a block that IndentationError messages name (`if`,
  // `async def`, `except*`, ...).
  const lexer::Token& header_start() const { return header_start_; }
  const lexer::Token& header_second() const { return header_second_; }

  // A token after the current one, without consuming it (0: the next).
  const lexer::Token& peek(size_t ahead);

  // Reads the rest of the source. CPython lets an error of the tokenizer
  // anywhere in the file (an unterminated string, a bad character) take
  // precedence over a syntax error the parser found on `error_line`: this
  // throws it. An unclosed bracket wins only if it opened on an earlier
  // line than the parser's error.
  void check_rest_of_source(int error_line);
  // True for the `(` that opens parenthesized with-items: `with (a as b):`.
  bool is_with_paren(const lexer::Token& token) const;

  // In f-string expression mode every position is moved by this much: the
  // text was lexed on its own, wrapped in parentheses.
  // Its names are copied into the arena, as that text does not outlive
  // the parse.
  void shift_positions(int lines, int first_line_columns) {
    line_shift_ = lines;
    column_shift_ = first_line_columns;
    copy_names_ = true;
  }
  lexer::Position shifted(lexer::Position position) const;

 private:
  lexer::Token fetch();
  lexer::Token read();
  void check_with_parenthesis();
  void reject_match_statement();
  std::string_view normalize_name(std::string_view name);

  lexer::Lexer lexer_;
  Arena& arena_;
  std::vector<lexer::Token> buffer_;  // tokens read ahead, not yet returned
  size_t buffer_start_ = 0;
  lexer::Token previous_;
  lexer::Token current_;
  lexer::Token line_start_;
  lexer::Token line_second_;
  lexer::Token header_start_;
  lexer::Token header_second_;
  int line_position_ = 0;  // tokens of the current logical line so far
  bool lexer_failed_ = false;
  int depth_ = 0;
  const char* with_paren_ = nullptr;  // text of the `(` that opens with-items
  int line_shift_ = 0;
  int column_shift_ = 0;
  bool copy_names_ = false;
};

struct ParseContext {
  ParseContext(const lexer::Source& source, Arena& arena, ParseMode mode)
      : source(source), arena(arena), mode(mode), tokens(source, arena) {}

  const lexer::Source& source;
  Arena& arena;
  ParseMode mode;
  TokenStream tokens;
  bool sent_start = false;  // the mode pseudo-token went out first

  // The result, one per mode; ParseMode::FStringExpression gives `expression`.
  Module* module = nullptr;
  Expression* expression_tree = nullptr;
  Interactive* interactive = nullptr;
  Expr* expression = nullptr;
};

}  // namespace eddy::parser

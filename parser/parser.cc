// The parser's entry points: a whole module, an eval expression, an
// interactive statement, and the expression inside an f-string replacement
// field. All run the Bison parser of grammar.yy over a TokenStream.
#include "parser/parser.h"

#include <string>

#include "parser/grammar.hh"
#include "parser/parse_context.h"

namespace eddy::parser {

namespace {

// Runs the grammar from the entry rule of `ctx.mode`.
void parse_input(ParseContext& ctx) {
  Parser parser(ctx);
  try {
    parser.parse();
  } catch (const lexer::SyntaxError& error) {
    ctx.tokens.check_rest_of_source(error.line);
    throw;
  }
}

}  // namespace

Module* parse_module(const lexer::Source& source, Arena& arena) {
  ParseContext ctx(source, arena, ParseMode::Module);
  parse_input(ctx);
  return ctx.module;
}

Expression* parse_expression(const lexer::Source& source, Arena& arena) {
  ParseContext ctx(source, arena, ParseMode::Expression);
  parse_input(ctx);
  return ctx.expression_tree;
}

Interactive* parse_interactive(const lexer::Source& source, Arena& arena) {
  ParseContext ctx(source, arena, ParseMode::Interactive);
  parse_input(ctx);
  return ctx.interactive;
}

// CPython 3.11 parses a replacement field's text as if it were wrapped in
// parentheses, so `f"{a, b}"` is a tuple, `f"{yield}"` a yield, and the
// text may span lines. We lex the wrapped text on its own and move every
// position to where the text sits in the file.
Expr* parse_fstring_expression(const lexer::Source& source, Arena& arena, std::string_view text,
                               lexer::Position start) {
  std::string wrapped;
  wrapped.reserve(text.size() + 2);
  wrapped += '(';
  wrapped += text;
  wrapped += ')';
  lexer::Source field(source.filename(), wrapped);
  ParseContext ctx(field, arena, ParseMode::FStringExpression);
  ctx.tokens.shift_positions(start.line - 1, start.column - 1);
  Parser parser(ctx);
  try {
    parser.parse();
  } catch (lexer::SyntaxError& error) {
    error.message = "f-string: " + error.message;
    // An error on the field's first line is shown on the wrapped text, as
    // CPython does: `(a b)` with the caret under `a b`.
    if (error.line == start.line && wrapped.find('\n') == std::string::npos) {
      int shift = start.column - 1;
      error.text = wrapped;
      error.column = error.column < 0 ? error.column : error.column - shift;
      if (error.end_line == error.line && error.end_column >= 0) error.end_column -= shift;
    }
    throw;
  }
  return ctx.expression;
}

}  // namespace eddy::parser

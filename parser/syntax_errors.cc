// Turning a Bison parse error into CPython's SyntaxError: which message
// ("invalid syntax", "expected ':'", "unexpected indent", ...) and which
// stretch of source it points at. Bison's own messages never reach users.
//
// CPython's PEG parser finds its messages with "invalid_" rules that it
// tries after a failure. Here we decide from what Bison knows when it
// stops: the unexpected token, the tokens the state could accept (exact,
// thanks to LAC), the symbols on the parse stack, and the tokens around
// (from the TokenStream).
#include <string>
#include <vector>

#include "parser/grammar.hh"
#include "parser/parse_context.h"

namespace eddy::parser {

namespace {

using lexer::Token;
using lexer::TokenKind;
using Kind = Parser::symbol_kind_type;
using Symbol = Parser::symbol_kind;

struct StackEntry {
  Kind kind;
  Span span;
};

// Everything known about a parse error.
struct ErrorSite {
  Kind unexpected;
  Span where;
  std::vector<Kind> expected;
  std::vector<StackEntry> stack;  // the top first
  TokenStream& tokens;

  bool expects(Kind kind) const {
    for (Kind k : expected) {
      if (k == kind) return true;
    }
    return false;
  }
  Kind stack_kind(size_t depth) const {
    return depth < stack.size() ? stack[depth].kind : Symbol::S_YYEMPTY;
  }
};

[[noreturn]] void raise(const Span& span, std::string message) {
  raise_syntax_error(span, std::move(message));
}

// The block a missing indent was expected for, worded as CPython does:
// "'if' statement on line 3", "function definition on line 7".
std::string block_owner(const Token& first, const Token& second) {
  const Token& keyword = first.kind == TokenKind::KwAsync ? second : first;
  std::string line = " on line " + std::to_string(first.start.line);
  switch (keyword.kind) {
    case TokenKind::KwDef:
      return "function definition" + line;
    case TokenKind::KwClass:
      return "class definition" + line;
    case TokenKind::KwExcept:
      if (second.kind == TokenKind::Star) return "'except*' statement" + line;
      return "'except' statement" + line;
    default:
      return "'" + std::string(keyword.text) + "' statement" + line;
  }
}

bool starts_expression(TokenKind kind) {
  switch (kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LeftParen:
    case TokenKind::LeftBracket:
    case TokenKind::LeftBrace:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
      return true;
    default:
      return false;
  }
}

bool ends_expression(TokenKind kind) {
  switch (kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::RightParen:
    case TokenKind::RightBracket:
    case TokenKind::RightBrace:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool is_binary_operator(TokenKind kind) {
  switch (kind) {
    case TokenKind::Plus:
    case TokenKind::Minus:
    case TokenKind::Star:
    case TokenKind::Slash:
    case TokenKind::DoubleSlash:
    case TokenKind::Percent:
    case TokenKind::At:
    case TokenKind::DoubleStar:
    case TokenKind::LeftShift:
    case TokenKind::RightShift:
    case TokenKind::Ampersand:
    case TokenKind::VerticalBar:
    case TokenKind::Caret:
    case TokenKind::Less:
    case TokenKind::Greater:
    case TokenKind::EqualEqual:
    case TokenKind::NotEqual:
    case TokenKind::LessEqual:
    case TokenKind::GreaterEqual:
    case TokenKind::KwIn:
    case TokenKind::KwIs:
    case TokenKind::KwAnd:
    case TokenKind::KwOr:
      return true;
    default:
      return false;
  }
}

// Stack symbols that are a complete operand: an expression nonterminal,
// or a token not yet reduced to one.
bool is_operand(Kind kind) {
  switch (kind) {
    case Symbol::S_disjunction:
    case Symbol::S_conjunction:
    case Symbol::S_inversion:
    case Symbol::S_comparison:
    case Symbol::S_bitwise_or:
    case Symbol::S_bitwise_xor:
    case Symbol::S_bitwise_and:
    case Symbol::S_shift_expr:
    case Symbol::S_sum:
    case Symbol::S_term:
    case Symbol::S_factor:
    case Symbol::S_power:
    case Symbol::S_await_primary:
    case Symbol::S_primary:
    case Symbol::S_atom:
    case Symbol::S_strings:
    case Symbol::S_or_operands:
    case Symbol::S_and_operands:
    case Symbol::S_compare_chain:
    case Symbol::S_Name:
    case Symbol::S_Number:
    case Symbol::S_String:
      return true;
    default:
      return false;
  }
}

// Stack symbols that can be part of an expression being read: operands
// and the operators between them.
bool is_expression_part(Kind kind) {
  switch (kind) {
    case Symbol::S_compare_op:
    case Symbol::S_KwOr:
    case Symbol::S_KwAnd:
    case Symbol::S_KwNot:
    case Symbol::S_KwIn:
    case Symbol::S_KwIs:
    case Symbol::S_KwAwait:
    case Symbol::S_Plus:
    case Symbol::S_Minus:
    case Symbol::S_Star:
    case Symbol::S_Slash:
    case Symbol::S_DoubleSlash:
    case Symbol::S_Percent:
    case Symbol::S_At:
    case Symbol::S_DoubleStar:
    case Symbol::S_Tilde:
    case Symbol::S_LeftShift:
    case Symbol::S_RightShift:
    case Symbol::S_Ampersand:
    case Symbol::S_VerticalBar:
    case Symbol::S_Caret:
    case Symbol::S_Less:
    case Symbol::S_Greater:
    case Symbol::S_EqualEqual:
    case Symbol::S_NotEqual:
    case Symbol::S_LessEqual:
    case Symbol::S_GreaterEqual:
      return true;
    default:
      return is_operand(kind);
  }
}

// How deep in the stack the expression ending at its top begins (CPython's
// `disjunction` before the unexpected token).
size_t expression_bottom(const ErrorSite& site) {
  size_t bottom = 0;
  while (bottom + 1 < site.stack.size() && is_expression_part(site.stack[bottom + 1].kind)) {
    ++bottom;
  }
  return bottom;
}

// Comprehension iterables and conditions are bare disjunctions, where
// CPython does not look for a missing comma.
bool in_comprehension_clause(const ErrorSite& site, size_t bottom) {
  Kind below = site.stack_kind(bottom + 1);
  Kind further = site.stack_kind(bottom + 2);
  return (below == Symbol::S_KwIn && further == Symbol::S_star_targets) ||
         (below == Symbol::S_KwIf && further == Symbol::S_comprehension_ifs);
}

// Skips a bracketed group starting at token `i`; returns the index after.
size_t skip_group(TokenStream& tokens, size_t i) {
  int depth = 0;
  for (;; ++i) {
    TokenKind kind = tokens.peek(i).kind;
    if (kind == TokenKind::LeftParen || kind == TokenKind::LeftBracket ||
        kind == TokenKind::LeftBrace) {
      ++depth;
    } else if (kind == TokenKind::RightParen || kind == TokenKind::RightBracket ||
               kind == TokenKind::RightBrace) {
      if (--depth == 0) return i + 1;
    } else if (kind == TokenKind::Newline || kind == TokenKind::EndMarker) {
      return i;
    }
  }
}

// The end of the expression that starts with `first`, followed by the
// tokens from peek(i) on: a rough reading of operands, trailers and binary
// operators, enough to underline `b.c` in `f(a b.c)`.
lexer::Position expression_end(TokenStream& tokens, const Token& first, size_t i) {
  lexer::Position end = tokens.shifted(first.end);
  TokenKind kind = first.kind;
  bool group = kind == TokenKind::LeftParen || kind == TokenKind::LeftBracket ||
               kind == TokenKind::LeftBrace;
  if (group) {
    // The current token opened a group; find its end among the next ones.
    int depth = 1;
    for (; depth > 0; ++i) {
      const Token& token = tokens.peek(i);
      if (token.kind == TokenKind::Newline || token.kind == TokenKind::EndMarker) return end;
      if (token.kind == TokenKind::LeftParen || token.kind == TokenKind::LeftBracket ||
          token.kind == TokenKind::LeftBrace) {
        ++depth;
      } else if (token.kind == TokenKind::RightParen || token.kind == TokenKind::RightBracket ||
                 token.kind == TokenKind::RightBrace) {
        --depth;
      }
      end = tokens.shifted(token.end);
    }
  }
  for (;;) {
    const Token& token = tokens.peek(i);
    if (token.kind == TokenKind::Dot && tokens.peek(i + 1).kind == TokenKind::Name) {
      end = tokens.shifted(tokens.peek(i + 1).end);
      i += 2;
    } else if (token.kind == TokenKind::LeftParen || token.kind == TokenKind::LeftBracket) {
      size_t after = skip_group(tokens, i);
      if (after == i) return end;
      end = tokens.shifted(tokens.peek(after - 1).end);
      i = after;
    } else if (token.kind == TokenKind::String && kind == TokenKind::String) {
      end = tokens.shifted(token.end);
      ++i;
    } else if (is_binary_operator(token.kind) && starts_expression(tokens.peek(i + 1).kind)) {
      const Token& operand = tokens.peek(i + 1);
      kind = operand.kind;
      if (kind == TokenKind::LeftParen || kind == TokenKind::LeftBracket ||
          kind == TokenKind::LeftBrace) {
        size_t after = skip_group(tokens, i + 1);
        if (after == i + 1) return end;
        end = tokens.shifted(tokens.peek(after - 1).end);
        i = after;
      } else {
        end = tokens.shifted(operand.end);
        i += 2;
      }
    } else {
      return end;
    }
  }
}

// The end of the rest of a simple statement (for `print "x", y`).
lexer::Position statement_end(const ErrorSite& site) {
  TokenStream& tokens = site.tokens;
  lexer::Position end = site.where.end;
  int depth = 0;
  for (size_t i = 0;; ++i) {
    const Token& token = tokens.peek(i);
    if (token.kind == TokenKind::Newline || token.kind == TokenKind::EndMarker) return end;
    if (depth == 0 && token.kind == TokenKind::Semicolon) return end;
    if (token.kind == TokenKind::LeftParen || token.kind == TokenKind::LeftBracket ||
        token.kind == TokenKind::LeftBrace) {
      ++depth;
    } else if (token.kind == TokenKind::RightParen || token.kind == TokenKind::RightBracket ||
               token.kind == TokenKind::RightBrace) {
      if (--depth < 0) return end;
    }
    end = tokens.shifted(token.end);
  }
}

// `print "hello"`: Python 2's print and exec statements.
void check_legacy_statement(const ErrorSite& site) {
  const Token& previous = site.tokens.previous();
  if (previous.kind != TokenKind::Name || (previous.text != "print" && previous.text != "exec")) {
    return;
  }
  if (!starts_expression(site.tokens.current().kind)) return;
  if (site.tokens.current().kind == TokenKind::LeftParen) return;
  std::string name(previous.text);
  Span span{site.tokens.shifted(previous.start), statement_end(site)};
  raise(span, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
}

// `[a b]`: two expressions side by side inside brackets.
void check_missing_comma(const ErrorSite& site) {
  const TokenStream& tokens = site.tokens;
  TokenKind current = tokens.current().kind;
  int depth = tokens.depth();
  if (current == TokenKind::LeftParen || current == TokenKind::LeftBracket ||
      current == TokenKind::LeftBrace) {
    --depth;  // the current token opened its own bracket
  }
  if (depth <= 0 || site.stack.empty() || !is_operand(site.stack[0].kind)) return;
  if (!ends_expression(tokens.previous().kind) || !starts_expression(current)) return;
  // CPython leaves `name "string"` (a misspelt string prefix) alone.
  if (tokens.previous().kind == TokenKind::Name && current == TokenKind::String) return;
  size_t bottom = expression_bottom(site);
  if (in_comprehension_clause(site, bottom)) return;
  raise({site.stack[bottom].span.begin, expression_end(site.tokens, site.tokens.current(), 0)},
        "invalid syntax. Perhaps you forgot a comma?");
}

// `a if b` without its `else`.
void check_conditional_without_else(const ErrorSite& site) {
  if (!site.expects(Symbol::S_KwElse) || site.unexpected == Symbol::S_KwElse) return;
  for (size_t i = 1; i + 1 < site.stack.size(); ++i) {
    if (site.stack[i].kind == Symbol::S_KwIf && site.stack[i + 1].kind == Symbol::S_disjunction) {
      Span span{site.stack[i + 1].span.begin, site.stack[0].span.end};
      raise(span, "expected 'else' after 'if' expression");
    }
  }
}

// `if x = 1:`: an `=` where a comparison was meant.
void check_equal_sign_in_expression(const ErrorSite& site) {
  TokenStream& tokens = site.tokens;
  if (site.unexpected != Symbol::S_Equal || site.stack.empty()) return;
  if (!is_operand(site.stack[0].kind) || tokens.previous().kind != TokenKind::Name) return;
  if (expression_bottom(site) != 0) return;
  // eval's input is one expression: CPython has no hint for `x = 1` there.
  if (site.stack_kind(1) == Symbol::S_StartExpression) return;
  const Token& value = tokens.peek(0);
  if (!starts_expression(value.kind)) return;
  Span span{site.stack[0].span.begin, expression_end(tokens, value, 1)};
  raise(span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
}

void explain(const ErrorSite& site) {
  Span at_start{site.where.begin, site.where.begin};
  if (site.unexpected == Symbol::S_Indent) {
    // CPython points at the last column of the indentation.
    lexer::Position last{site.where.end.line, site.where.end.column - 1};
    raise_syntax_error({last, {-1, -1}}, "unexpected indent", "IndentationError");
  }
  if (site.expects(Symbol::S_Indent)) {
    Span where = site.where;
    if (site.unexpected == Symbol::S_YYEOF) {
      // At the end of the file CPython reports the header's line with no
      // column, so no caret is drawn.
      where = {{site.stack[0].span.begin.line, -1}, {-1, -1}};
    }
    raise_syntax_error(where,
                       "expected an indented block after " +
                           block_owner(site.tokens.header_start(), site.tokens.header_second()),
                       "IndentationError");
  }
  if (site.expects(Symbol::S_KwExcept) && site.expects(Symbol::S_KwFinally)) {
    raise(site.where, "expected 'except' or 'finally' block");
  }
  if (site.stack_kind(0) == Symbol::S_Star && site.stack_kind(1) == Symbol::S_KwExcept) {
    raise(site.where, "expected one or more exception types");
  }
  if (site.stack_kind(0) == Symbol::S_Colon && site.stack_kind(1) == Symbol::S_expression &&
      (site.unexpected == Symbol::S_RightBrace || site.unexpected == Symbol::S_Comma)) {
    raise(site.stack[0].span, "expression expected after dictionary key and ':'");
  }
  check_legacy_statement(site);
  check_missing_comma(site);
  check_conditional_without_else(site);
  check_equal_sign_in_expression(site);
  if (site.stack_kind(0) == Symbol::S_Name && site.stack_kind(1) == Symbol::S_KwDef) {
    raise(site.where, "expected '('");
  }
  if (site.unexpected == Symbol::S_Newline && site.expects(Symbol::S_Colon)) {
    raise(at_start, "expected ':'");
  }
  raise(site.where, "invalid syntax");
}

}  // namespace

void Parser::report_syntax_error(const context& yyctx) const {
  ErrorSite site{yyctx.token(), yyctx.location(), {}, {}, ctx.tokens};
  Kind expected[YYNTOKENS];
  int count = yyctx.expected_tokens(expected, YYNTOKENS);
  site.expected.assign(expected, expected + count);
  // The bottom entry is the initial state, with no symbol.
  for (int i = 0; i + 1 < static_cast<int>(yystack_.size()); ++i) {
    site.stack.push_back({yystack_[i].kind(), yystack_[i].location});
  }
  explain(site);
}

// Bison calls this only when its stack overflows (the expression nests too
// deeply); CPython says the same in that case.
void Parser::error(const location_type& where, const std::string&) {
  raise_syntax_error(where, "too many nested parentheses");
}

}  // namespace eddy::parser

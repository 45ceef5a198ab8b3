// The adapter between the Lexer and the Bison parser: yylex(), the token
// lookahead it needs for `with (...)` and the `match` soft keyword, and
// NFKC normalization of identifiers.
#include <utf8proc.h>

#include <cstdlib>

#include "parser/grammar.hh"
#include "parser/parse_context.h"

namespace eddy::parser {

using lexer::Token;
using lexer::TokenKind;

void raise_syntax_error(const Span& span, std::string message, std::string type) {
  throw lexer::SyntaxError{std::move(type),
                           std::move(message),
                           span.begin.line,
                           span.begin.column,
                           span.end.line,
                           span.end.column,
                           {}};
}

TokenStream::TokenStream(const lexer::Source& source, Arena& arena)
    : lexer_(source), arena_(arena) {}

const Token& TokenStream::peek(size_t ahead) {
  while (buffer_.size() - buffer_start_ <= ahead)
    buffer_.push_back(read());
  return buffer_[buffer_start_ + ahead];
}

Token TokenStream::read() {
  try {
    return lexer_.next();
  } catch (const lexer::SyntaxError&) {
    lexer_failed_ = true;
    throw;
  }
}

void TokenStream::check_rest_of_source(int error_line) {
  if (lexer_failed_) return;
  try {
    while (peek(0).kind != TokenKind::EndMarker)
      fetch();
  } catch (const lexer::SyntaxError&) {
    int bracket_line = lexer_.unclosed_bracket_line();
    if (bracket_line == 0 || bracket_line < error_line) throw;
  }
}

Token TokenStream::fetch() {
  if (buffer_start_ < buffer_.size()) {
    Token token = buffer_[buffer_start_++];
    if (buffer_start_ == buffer_.size()) {
      buffer_.clear();
      buffer_start_ = 0;
    }
    return token;
  }
  return read();
}

namespace {

bool opens(TokenKind kind) {
  return kind == TokenKind::LeftParen || kind == TokenKind::LeftBracket ||
         kind == TokenKind::LeftBrace;
}
bool closes(TokenKind kind) {
  return kind == TokenKind::RightParen || kind == TokenKind::RightBracket ||
         kind == TokenKind::RightBrace;
}

}  // namespace

Token TokenStream::next() {
  Token token = fetch();
  previous_ = current_;
  if (token.kind != TokenKind::Indent && token.kind != TokenKind::Dedent) {
    if (line_position_ == 0) {
      line_start_ = token;
      if (token.kind == TokenKind::Name && token.text == "match") reject_match_statement();
    } else if (line_position_ == 1) {
      line_second_ = token;
    }
    ++line_position_;
  }
  switch (token.kind) {
    case TokenKind::Newline:
      line_position_ = 0;
      header_start_ = line_start_;
      header_second_ = line_second_;
      break;
    case TokenKind::Name:
      token.text = normalize_name(token.text);
      break;
    case TokenKind::KwWith:
      if (peek(0).kind == TokenKind::LeftParen) check_with_parenthesis();
      break;
    default:
      if (opens(token.kind)) {
        ++depth_;
      } else if (closes(token.kind) && depth_ > 0) {
        --depth_;
      }
      break;
  }
  current_ = token;
  return token;
}

lexer::Position TokenStream::shifted(lexer::Position position) const {
  if (position.line == 1) position.column += column_shift_;
  position.line += line_shift_;
  return position;
}

// Names are NFKC-normalized (PEP 3131), so that `ﬁle` and `file` are the
// same identifier. ASCII names, nearly all of them, are already normal and
// keep pointing into the source.
std::string_view TokenStream::normalize_name(std::string_view name) {
  bool ascii = true;
  for (char c : name)
    ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return copy_names_ ? arena_.copy(name) : name;
  utf8proc_uint8_t* normalized = nullptr;
  utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &normalized,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (length < 0) return name;
  std::string_view result =
      arena_.copy({reinterpret_cast<const char*>(normalized), static_cast<size_t>(length)});
  std::free(normalized);
  return result;
}

// `with (a as b, c):` groups with-items in parentheses, while in
// `with (a, b) as c:` the parentheses make a tuple. The grammar cannot
// wait to see which, so we look ahead to the matching `)`: if a `:`
// follows it and the parentheses hold a top-level `,` or `as`, the `(`
// opens with-items. A lone `(x)` is left to the expression grammar, which
// gives the same tree and also accepts `with (yield):`.
void TokenStream::check_with_parenthesis() {
  int depth = 0;
  bool grouped = false;
  for (size_t i = 0;; ++i) {
    const Token& token = peek(i);
    if (opens(token.kind)) {
      ++depth;
    } else if (closes(token.kind)) {
      if (--depth == 0) {
        if (grouped && peek(i + 1).kind == TokenKind::Colon) with_paren_ = peek(0).text.data();
        return;
      }
    } else if (depth == 1 && (token.kind == TokenKind::Comma || token.kind == TokenKind::KwAs)) {
      grouped = true;
    } else if (token.kind == TokenKind::Newline || token.kind == TokenKind::EndMarker) {
      return;
    }
  }
}

bool TokenStream::is_with_paren(const Token& token) const {
  return token.kind == TokenKind::LeftParen && token.text.data() == with_paren_;
}

// `match` is a soft keyword: a name, unless it starts a line that reads as
// a match statement. Eddy does not support match statements; a logical line
// that starts with `match` and ends with `:` outside brackets is one
// (the lexer emits no NEWLINE inside brackets, and no other statement can
// end that way).
void TokenStream::reject_match_statement() {
  TokenKind last = TokenKind::Name;  // `match` itself
  for (size_t i = 0;; ++i) {
    TokenKind kind = peek(i).kind;
    if (kind == TokenKind::Newline || kind == TokenKind::EndMarker) break;
    last = kind;
  }
  if (last == TokenKind::Colon) {
    raise_syntax_error({shifted(line_start_.start), shifted(line_start_.end)},
                       "the match statement is not supported");
  }
}

}  // namespace eddy::parser

namespace eddy::parser {

// Hands the parser its next token. The first one is the pseudo-token that
// picks the entry rule; the rest come from the TokenStream, translated kind
// for kind (the grammar's token names are tokens.def's).
Parser::symbol_type yylex(ParseContext& ctx) {
  if (!ctx.sent_start) {
    ctx.sent_start = true;
    switch (ctx.mode) {
      case ParseMode::Module:
        return Parser::make_StartModule(Span{});
      case ParseMode::Expression:
        return Parser::make_StartExpression(Span{});
      case ParseMode::Interactive:
        return Parser::make_StartInteractive(Span{});
      case ParseMode::FStringExpression:
        return Parser::make_StartFStringExpression(Span{});
    }
  }
  TokenStream& tokens = ctx.tokens;
  Token token = tokens.next();
  token.start = tokens.shifted(token.start);
  token.end = tokens.shifted(token.end);
  Span span{token.start, token.end};
  if (tokens.is_with_paren(token)) return Parser::make_WithParen(span);
  switch (token.kind) {
    case TokenKind::EndMarker:
      return Parser::make_EndMarker(span);
    case TokenKind::Name:
      return Parser::make_Name(token.text, span);
    case TokenKind::Number:
      return Parser::make_Number(token.text, span);
    case TokenKind::String:
      return Parser::make_String(token, span);
    case TokenKind::Newline:
      return Parser::make_Newline(span);
    case TokenKind::Indent:
      return Parser::make_Indent(span);
    case TokenKind::Dedent:
      return Parser::make_Dedent(span);
    case TokenKind::Comment:
    case TokenKind::NL:
      return yylex(ctx);  // trivia; the parser's lexer drops them
#define OPERATOR(name, text) \
  case TokenKind::name:      \
    return Parser::make_##name(span);
#define KEYWORD(name, text) \
  case TokenKind::Kw##name: \
    return Parser::make_Kw##name(span);
#include "lexer/tokens.def"
  }
  return Parser::make_EndMarker(span);
}

}  // namespace eddy::parser

// build_string: a run of adjacent STRING tokens to one Constant (str or
// bytes) or JoinedStr, following CPython 3.11's _PyPegen_concatenate_strings.
// Each token is read here (prefix, quotes); escapes are decoded by
// string_escapes.cc and f-string bodies split by fstring.cc.
#include "parser/string_literal.h"

#include "lexer/source.h"
#include "parser/fstring.h"
#include "parser/string_escapes.h"

namespace eddy::parser {
namespace {

// One STRING token taken apart: its prefix letters and the text between
// its quotes.
struct StringToken {
  bool raw = false;
  bool bytes = false;
  bool formatted = false;
  std::string_view body;
};

StringToken split_string_token(std::string_view text) {
  StringToken literal;
  size_t prefix_length = text.find_first_of("'\"");
  for (char letter : text.substr(0, prefix_length)) {
    switch (letter) {
      case 'r':
      case 'R':
        literal.raw = true;
        break;
      case 'b':
      case 'B':
        literal.bytes = true;
        break;
      case 'f':
      case 'F':
        literal.formatted = true;
        break;
      default:
        break;  // u/U changes nothing but the Constant's kind
    }
  }
  std::string_view quoted = text.substr(prefix_length);
  size_t quote_length =
      quoted.size() >= 6 && quoted[1] == quoted[0] && quoted[2] == quoted[0] ? 3 : 1;
  literal.body = quoted.substr(quote_length, quoted.size() - 2 * quote_length);
  return literal;
}

lexer::SyntaxError syntax_error(std::string message, lexer::Position start, lexer::Position end) {
  lexer::SyntaxError error;
  error.message = std::move(message);
  error.line = start.line;
  error.column = start.column;
  error.end_line = end.line;
  error.end_column = end.column;
  return error;
}

// A bytes literal may only hold ASCII characters; escapes give the rest.
std::string decode_bytes_literal(const lexer::Token& token, const StringToken& literal,
                                 lexer::Position error_at) {
  for (char c : literal.body) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      throw syntax_error("bytes can only contain ASCII literal characters", token.start, token.end);
    }
  }
  return literal.raw ? std::string(literal.body) : decode_bytes_escapes(literal.body, error_at);
}

// CPython reads source with universal newlines, so a string literal never
// holds "\r\n" or a lone "\r": both are "\n". The Source keeps the file's
// own line breaks, so tokens that contain a '\r' get a normalized copy of
// their text, in the arena since expression nodes may point into it.
std::vector<lexer::Token> with_universal_newlines(const std::vector<lexer::Token>& tokens,
                                                  Arena& arena) {
  std::vector<lexer::Token> normalized = tokens;
  for (lexer::Token& token : normalized) {
    if (token.text.find('\r') == std::string_view::npos) continue;
    std::string text;
    for (size_t i = 0; i < token.text.size(); ++i) {
      if (token.text[i] != '\r') {
        text += token.text[i];
      } else if (i + 1 == token.text.size() || token.text[i + 1] != '\n') {
        text += '\n';
      }
    }
    token.text = arena.copy(text);
  }
  return normalized;
}

}  // namespace

Expr* build_string(const std::vector<lexer::Token>& source_tokens, Arena& arena,
                   const FStringExpressionParser& parse_expression) {
  std::vector<lexer::Token> tokens = with_universal_newlines(source_tokens, arena);
  const lexer::Token& first = tokens.front();
  const lexer::Token& last = tokens.back();
  StringRun run{arena, parse_expression,
                Location{first.start.line, first.start.column, last.end.line, last.end.column},
                last.end};
  // Only a lowercase u on the first token marks the Constant, as in CPython.
  JoinedStrBuilder builder(arena, run.location, first.text.starts_with('u') ? "u" : "");
  std::string bytes;
  bool bytes_mode = false;

  for (size_t i = 0; i < tokens.size(); ++i) {
    StringToken literal = split_string_token(tokens[i].text);
    std::string decoded;
    if (literal.bytes) {
      decoded = decode_bytes_literal(tokens[i], literal, run.error_at);
    } else if (!literal.formatted) {
      decoded =
          literal.raw ? std::string(literal.body) : decode_str_escapes(literal.body, run.error_at);
    }
    if (i > 0 && literal.bytes != bytes_mode) {
      throw syntax_error("cannot mix bytes and nonbytes literals", run.error_at, {-1, -1});
    }
    bytes_mode = literal.bytes;

    if (literal.bytes) {
      bytes += decoded;
    } else if (literal.formatted) {
      builder.mark_formatted();
      parse_fstring(tokens[i], literal.body, literal.raw, run, builder);
    } else {
      builder.add_literal(decoded);
    }
  }

  if (!bytes_mode) return builder.finish();
  Constant* constant = arena.make<Constant>();
  constant->location = run.location;
  constant->value.kind = ConstantValue::Kind::Bytes;
  constant->value.text = arena.copy(bytes);
  return constant;
}

}  // namespace eddy::parser

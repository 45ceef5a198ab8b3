// Token kinds and the Token record the lexer hands to the parser.
// Kinds come from tokens.def; this header adds no behaviour of its own.
#pragma once

#include <cstdint>
#include <string_view>

namespace eddy::lexer {

enum class TokenKind : uint8_t {
#define TOKEN(name, tokenize_name) name,
#define OPERATOR(name, text) name,
#define KEYWORD(name, text) Kw##name,
#include "lexer/tokens.def"
};

// A place in the source: 1-based line, 0-based column counted in UTF-8
// bytes (CPython's col_offset convention). `--tokens` converts columns to
// code points, as the tokenize module prints them.
struct Position {
  int line = 1;
  int column = 0;
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string_view text;  // the exact source text; points into the Source
  Position start;
  Position end;
};

// "NAME", "OP", "NEWLINE", ... as `python3 -m tokenize` names the kind.
std::string_view tokenize_name(TokenKind kind);

// The spelling of an operator or keyword, or a description such as "NAME".
std::string_view spelling(TokenKind kind);

bool is_keyword(TokenKind kind);

}  // namespace eddy::lexer

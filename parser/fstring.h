// F-strings, as CPython 3.11 parses them (Parser/string_parser.c): the body
// of an f"..." token is split into literal text and replacement fields
// {expression=!conversion:format_spec}, and the pieces of a whole run of
// adjacent string tokens are joined into one JoinedStr. Used by
// build_string (string_literal.cc); decoding escapes is string_escapes.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/string_literal.h"

namespace eddy::parser {

// What all the pieces of one run of adjacent string tokens share.
struct StringRun {
  Arena& arena;
  const FStringExpressionParser& parse_expression;
  Location location;  // from the first token's start to the last token's end
  // Where errors in the run are reported. CPython reports them at the token
  // after the run; the end of the run is the closest place we know (it is
  // that token's start in the usual case), and the error's end is left
  // unknown.
  lexer::Position error_at;
};

// Collects the values of a JoinedStr in order, merging adjacent literal
// text (across tokens too) into one Constant, as CPython's FstringParser
// does: f"a" "b" f"{c}" gives JoinedStr([Constant('ab'), FormattedValue]).
class JoinedStrBuilder {
 public:
  // `constant_kind` is the `kind` of the Constant nodes it makes ("u" or "").
  JoinedStrBuilder(Arena& arena, Location location, std::string_view constant_kind)
      : arena_(arena), location_(location), constant_kind_(constant_kind) {}

  void add_literal(std::string_view text) { pending_text_ += text; }
  void add_formatted_value(Expr* value);
  // Called for every f-string token: then the result is a JoinedStr even
  // when there are no fields at all (f"" is JoinedStr(values=[])).
  void mark_formatted() { formatted_ = true; }

  // A str Constant when no token was an f-string, else a JoinedStr.
  Expr* finish();

 private:
  void flush_pending_text();

  Arena& arena_;
  Location location_;
  std::string_view constant_kind_;
  bool formatted_ = false;
  std::string pending_text_;  // literal text not yet made into a Constant
  std::vector<Expr*> values_;
};

// Parses `body`, the text between the quotes of the f-string `token`, into
// `builder`. Throws lexer::SyntaxError with CPython's "f-string: ..." messages.
void parse_fstring(const lexer::Token& token, std::string_view body, bool raw, const StringRun& run,
                   JoinedStrBuilder& builder);

}  // namespace eddy::parser

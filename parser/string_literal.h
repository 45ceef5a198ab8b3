// Turns STRING tokens into AST nodes: decodes prefixes and escapes,
// concatenates adjacent literals, and splits f-strings into JoinedStr /
// FormattedValue nodes. The expressions inside replacement fields are parsed
// by the parser proper, through the callback given here.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "lexer/token.h"
#include "parser/ast.h"

namespace eddy::parser {

// Parses the source text of one f-string replacement-field expression (for
// f"{a + b!r:>10}" the text "a + b"), which starts at `start` in the file,
// the way CPython 3.11 does: as a parenthesized expression. Throws
// lexer::SyntaxError.
using FStringExpressionParser = std::function<Expr*(std::string_view text, lexer::Position start)>;

// Builds the Constant (str or bytes) or JoinedStr for a run of adjacent
// STRING tokens (`"a" "b"`, `f"x{y}" "z"`). Throws lexer::SyntaxError for
// bad escapes, mixed bytes and str literals, and malformed f-strings, with
// CPython's messages.
Expr* build_string(const std::vector<lexer::Token>& tokens, Arena& arena,
                   const FStringExpressionParser& parse_expression);

}  // namespace eddy::parser

// `eddy --tokens`: prints a token stream in the format of
// `python3 -m tokenize FILE`.
#pragma once

#include <ostream>

#include "lexer/source.h"

namespace eddy::lexer {

// Prints every token of `source`, trivia included. Throws SyntaxError at
// the first bad token, after printing the tokens before it.
void dump_tokens(const Source& source, std::ostream& out);

}  // namespace eddy::lexer

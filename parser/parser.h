// The parser's entry points: Python source in, an AST (in an Arena) out, for
// each of compile()'s modes.
// The grammar is parser/grammar.yy (Bison, LALR(1)).
#pragma once

#include "lexer/source.h"
#include "parser/ast.h"

namespace eddy::parser {

// Parses a whole module (a file, or a script given with -c). Throws
// lexer::SyntaxError on bad input.
Module* parse_module(const lexer::Source& source, Arena& arena);

// Parses the input of compile(..., 'eval'): one expression, then nothing
// but line breaks.
Expression* parse_expression(const lexer::Source& source, Arena& arena);

// Parses the input of compile(..., 'single'): one interactive statement.
Interactive* parse_interactive(const lexer::Source& source, Arena& arena);

}  // namespace eddy::parser

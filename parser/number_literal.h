// Turns a NUMBER token into a constant: int (64-bit or big, via GMP),
// float, or imaginary.
#pragma once

#include <string_view>

#include "parser/ast.h"

namespace eddy::parser {

// `text` is a NUMBER token as the lexer found it (already validated).
ConstantValue parse_number(std::string_view text, Arena& arena);

}  // namespace eddy::parser

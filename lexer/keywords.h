// Keyword recognition for the lexer: maps a scanned name to its keyword
// kind (KwIf, KwDef, ...) or to Name. The table is built from tokens.def.
#pragma once

#include <string_view>

#include "lexer/token.h"

namespace eddy::lexer {

TokenKind keyword_or_name(std::string_view text);

}  // namespace eddy::lexer

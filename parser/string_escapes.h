// Backslash escapes in the body of a str or bytes literal, decoded the way
// CPython 3.11 does, with its error messages. Prefixes, quotes and
// f-string braces are handled by the callers (string_literal.cc, fstring.cc).
#pragma once

#include <string>
#include <string_view>

#include "lexer/token.h"

namespace eddy::parser {

// Decodes a non-raw str literal body (UTF-8) to generalized UTF-8. Unknown
// escapes such as "\d" are kept as written. Throws lexer::SyntaxError at
// `error_at` for a malformed \x, \u, \U or \N escape.
std::string decode_str_escapes(std::string_view body, lexer::Position error_at);

// Decodes a non-raw bytes literal body (ASCII). Throws lexer::SyntaxError at
// `error_at` for a malformed \x escape.
std::string decode_bytes_escapes(std::string_view body, lexer::Position error_at);

}  // namespace eddy::parser

// PEP 3131 identifiers: which non-ASCII names are legal, and which code
// points Python calls printable (for the "invalid character" messages).
// ASCII names never come here; the scanner accepts them directly.
#pragma once

#include <string_view>

namespace eddy::lexer {

// The byte offset in `name` of the first code point that cannot stand where
// it stands (XID_Start first, XID_Continue after), or npos if `name` is a
// valid identifier. `name` must be valid UTF-8.
size_t find_invalid_identifier_char(std::string_view name);

// str.isprintable() for one code point: false for controls, format
// characters, separators other than ' ', surrogates, private use and
// unassigned code points.
bool is_printable(char32_t code_point);

}  // namespace eddy::lexer

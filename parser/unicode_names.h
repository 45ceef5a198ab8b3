// Unicode character names for "\N{NAME}" escapes: the lookup that CPython's
// unicodedata module gives its unicode-escape codec.
#pragma once

#include <optional>
#include <string_view>

namespace eddy::parser {

// The code point named `name`, or nullopt. Names and their aliases match in
// any letter case ("\N{em dash}"); the algorithmic names
// "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..." must be written in
// capitals, as in CPython 3.11.
std::optional<char32_t> lookup_unicode_name(std::string_view name);

}  // namespace eddy::parser

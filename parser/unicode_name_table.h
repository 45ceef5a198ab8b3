// The data behind lookup_unicode_name. The definitions are generated at
// build time by parser/tools/make_unicode_name_table.cc from the Unicode
// Character Database (Debian's unicode-data package); see
// parser/unicode_names.mk.
#pragma once

#include <cstddef>
#include <cstdint>

namespace eddy::parser {

// One named character: its name is the NUL-terminated string at
// kUnicodeNameText + name_offset.
struct UnicodeNameEntry {
  uint32_t name_offset;
  uint32_t code_point;
};

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};

// Every character name and name alias, in capitals, sorted by name.
extern const char kUnicodeNameText[];
extern const UnicodeNameEntry kUnicodeNames[];
extern const size_t kUnicodeNameCount;

// The CJK unified ideographs, whose names are "CJK UNIFIED IDEOGRAPH-" and
// the code point in hex.
extern const CodePointRange kUnifiedIdeographs[];
extern const size_t kUnifiedIdeographRangeCount;

}  // namespace eddy::parser

// Looks up Unicode character names: the algorithmic Hangul syllable and CJK
// ideograph names are computed here (Unicode 14.0, chapter 3.12 and 4.8);
// every other name is found by binary search in the generated table.
#include "parser/unicode_names.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "parser/unicode_name_table.h"

namespace eddy::parser {
namespace {

// The short names of the conjoining jamo a Hangul syllable is named after:
// leading consonants, vowels and trailing consonants (Jamo.txt).
constexpr const char* kLeadingJamo[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                        "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
constexpr const char* kVowelJamo[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                      "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                      "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr const char* kTrailingJamo[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                         "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                         "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// Finds the longest jamo name in `names` that starts `text`, consumes it,
// and returns its index (or -1).
template <size_t N>
int take_longest_jamo(std::string_view& text, const char* const (&names)[N]) {
  int best = -1;
  size_t best_length = 0;
  for (size_t i = 0; i < N; ++i) {
    size_t length = std::strlen(names[i]);
    if ((best == -1 || length > best_length) && text.substr(0, length) == names[i]) {
      best = static_cast<int>(i);
      best_length = length;
    }
  }
  text.remove_prefix(best_length);
  return best;
}

std::optional<char32_t> lookup_hangul_syllable(std::string_view jamo) {
  int leading = take_longest_jamo(jamo, kLeadingJamo);
  int vowel = take_longest_jamo(jamo, kVowelJamo);
  int trailing = take_longest_jamo(jamo, kTrailingJamo);
  if (leading < 0 || vowel < 0 || trailing < 0 || !jamo.empty()) return std::nullopt;
  constexpr char32_t kFirstSyllable = 0xAC00;
  return kFirstSyllable + (leading * 21 + vowel) * 28 + trailing;
}

// Four or five capital hex digits naming a code point in a CJK range.
std::optional<char32_t> lookup_unified_ideograph(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  uint32_t code_point = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') {
      code_point = code_point * 16 + (c - '0');
    } else if (c >= 'A' && c <= 'F') {
      code_point = code_point * 16 + (c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < kUnifiedIdeographRangeCount; ++i) {
    if (code_point >= kUnifiedIdeographs[i].first && code_point <= kUnifiedIdeographs[i].last) {
      return code_point;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<char32_t> lookup_unicode_name(std::string_view name) {
  constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
  constexpr std::string_view kIdeographPrefix = "CJK UNIFIED IDEOGRAPH-";
  if (name.starts_with(kHangulPrefix)) {
    return lookup_hangul_syllable(name.substr(kHangulPrefix.size()));
  }
  if (name.starts_with(kIdeographPrefix)) {
    return lookup_unified_ideograph(name.substr(kIdeographPrefix.size()));
  }

  std::string key(name);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  const UnicodeNameEntry* end = kUnicodeNames + kUnicodeNameCount;
  const UnicodeNameEntry* found = std::lower_bound(
      kUnicodeNames, end, key, [](const UnicodeNameEntry& entry, const std::string& k) {
        return std::strcmp(kUnicodeNameText + entry.name_offset, k.c_str()) < 0;
      });
  if (found == end || key != kUnicodeNameText + found->name_offset) return std::nullopt;
  return found->code_point;
}

}  // namespace eddy::parser

// Python's character properties and case mappings on top of utf8proc and
// the tables generated from CPython (unicode_tables.h).
#include "vm/unicode_case.h"

#include <utf8proc.h>

#include <algorithm>
#include <span>

#include "lexer/identifier.h"
#include "vm/unicode_tables.h"

namespace eddy::vm::unicode {

namespace {

using unicode_tables::CodePointRange;

bool in_ranges(std::span<const CodePointRange> ranges, char32_t c) {
  auto found = std::upper_bound(ranges.begin(), ranges.end(), c,
                                [](char32_t c, const CodePointRange& r) { return c < r.first; });
  return found != ranges.begin() && c <= std::prev(found)->last;
}

utf8proc_category_t category_of(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

// The table entry for a character with a multi-character case mapping.
const unicode_tables::FullCaseMapping* full_mapping(char32_t c) {
  std::span table(unicode_tables::kFullCaseMappings);
  auto found = std::lower_bound(table.begin(), table.end(), c,
                                [](const auto& entry, char32_t c) { return entry.code_point < c; });
  return found != table.end() && found->code_point == c ? &*found : nullptr;
}

CaseMapping from_units(const char32_t (&units)[3]) {
  CaseMapping mapping{{units[0], units[1], units[2]}, 0};
  while (mapping.count < 3 && units[mapping.count] != 0)
    ++mapping.count;
  return mapping;
}

CaseMapping single(char32_t c) {
  return CaseMapping{{c, 0, 0}, 1};
}

}  // namespace

bool is_lowercase(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return category_of(c) == UTF8PROC_CATEGORY_LL || in_ranges(unicode_tables::kOtherLowercase, c);
}

bool is_uppercase(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return category_of(c) == UTF8PROC_CATEGORY_LU || in_ranges(unicode_tables::kOtherUppercase, c);
}

bool is_titlecase(char32_t c) {
  return c >= 0x80 && category_of(c) == UTF8PROC_CATEGORY_LT;
}

bool is_cased(char32_t c) {
  return is_lowercase(c) || is_uppercase(c) || is_titlecase(c);
}

bool is_case_ignorable(char32_t c) {
  switch (category_of(c)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return in_ranges(unicode_tables::kOtherCaseIgnorable, c);
  }
}

bool is_alpha(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  switch (category_of(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_decimal(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return category_of(c) == UTF8PROC_CATEGORY_ND;
}

bool is_digit(char32_t c) {
  return is_decimal(c) || (c >= 0x80 && in_ranges(unicode_tables::kDigitNotDecimal, c));
}

bool is_numeric(char32_t c) {
  return is_digit(c) || (c >= 0x80 && in_ranges(unicode_tables::kNumericNotDigit, c));
}

bool is_alnum(char32_t c) {
  return is_alpha(c) || is_numeric(c);
}

bool is_space(char32_t c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_linebreak(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return lexer::is_printable(c);
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  if (category_of(c) != UTF8PROC_CATEGORY_ND) return -1;
  std::span zeros(unicode_tables::kDecimalZeros);
  auto after = std::upper_bound(zeros.begin(), zeros.end(), c);
  return after == zeros.begin() ? -1 : static_cast<int>(c - *std::prev(after));
}

CaseMapping to_upper(char32_t c) {
  if (c < 0x80) return single(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (const auto* entry = full_mapping(c)) return from_units(entry->upper);
  return single(static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c))));
}

CaseMapping to_lower(char32_t c) {
  if (c < 0x80) return single(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (const auto* entry = full_mapping(c)) return from_units(entry->lower);
  return single(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
}

CaseMapping to_title(char32_t c) {
  if (c < 0x80) return single(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (const auto* entry = full_mapping(c)) return from_units(entry->title);
  return single(static_cast<char32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(c))));
}

CaseMapping case_fold(char32_t c) {
  if (c >= 0x80) {
    std::span table(unicode_tables::kCaseFoldings);
    auto found = std::lower_bound(table.begin(), table.end(), c, [](const auto& entry, char32_t c) {
      return entry.code_point < c;
    });
    if (found != table.end() && found->code_point == c) return from_units(found->folded);
  }
  return to_lower(c);
}

}  // namespace eddy::vm::unicode

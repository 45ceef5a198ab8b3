// Unicode character properties and case mappings with Python's
// definitions: what str.isalpha(), str.upper(), str.casefold() ... ask of
// one code point. Category and simple mappings come from utf8proc; the
// properties it lacks, and the full (multi-character) mappings such as
// 'ß'.upper() == 'SS', come from tables generated from CPython 3.11
// (unicode_tables.h). Whole-string algorithms live in str_methods.cc.
#pragma once

namespace eddy::vm::unicode {

// A case mapping result: one to three code points.
struct CaseMapping {
  char32_t code_points[3];
  int count;
};

bool is_lowercase(char32_t c);  // the Lowercase property
bool is_uppercase(char32_t c);  // the Uppercase property
bool is_titlecase(char32_t c);  // category Lt
bool is_cased(char32_t c);      // Lowercase, Uppercase or Lt
bool is_case_ignorable(char32_t c);

bool is_alpha(char32_t c);    // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t c);  // category Nd
bool is_digit(char32_t c);    // numeric type Decimal or Digit
bool is_numeric(char32_t c);  // any numeric type
bool is_alnum(char32_t c);
bool is_space(char32_t c);      // str.isspace()
bool is_linebreak(char32_t c);  // where str.splitlines() splits
bool is_printable(char32_t c);

// The decimal digit value of `c` (0-9), or -1 if it is not a decimal digit.
int decimal_value(char32_t c);

CaseMapping to_upper(char32_t c);
CaseMapping to_lower(char32_t c);
CaseMapping to_title(char32_t c);
CaseMapping case_fold(char32_t c);

// The lowercase form of capital sigma at `index` of a string: 'ς' at the
// end of a word, 'σ' elsewhere (Unicode's Final_Sigma condition). `at`
// reads the string's code point at an index in [0, length).
template <class CodePointAt>
char32_t lower_sigma(CodePointAt at, long long index, long long length) {
  long long before = index - 1;
  while (before >= 0 && is_case_ignorable(at(before)))
    --before;
  bool final_sigma = before >= 0 && is_cased(at(before));
  if (final_sigma) {
    long long after = index + 1;
    while (after < length && is_case_ignorable(at(after)))
      ++after;
    final_sigma = after == length || !is_cased(at(after));
  }
  return final_sigma ? U'\u03C2' : U'\u03C3';
}

}  // namespace eddy::vm::unicode

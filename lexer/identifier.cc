// PEP 3131 identifier checks on top of utf8proc's Unicode tables.
//
// Python accepts a name whose first character is XID_Start (or '_') and
// whose others are XID_Continue. utf8proc has no XID property, so we derive
// it as the Unicode standard does (UAX #31): ID_Start / ID_Continue come from
// the general category plus the short Other_ID_* lists, and the "X" variant
// further requires the character's NFKC form to be a valid identifier piece.
#include "lexer/identifier.h"

#include <utf8proc.h>

#include "lexer/utf8.h"

namespace eddy::lexer {

namespace {

// Pattern_Syntax characters that the categories would otherwise admit.
bool is_pattern_syntax_letter(char32_t c) {
  return c == 0x2E2F;
}

bool is_other_id_start(char32_t c) {
  return c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C;
}

bool is_other_id_continue(char32_t c) {
  return c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA;
}

bool is_id_start(char32_t c) {
  if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_pattern_syntax_letter(c)) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      return is_other_id_start(c);
  }
}

bool is_id_continue(char32_t c) {
  if (c < 0x80) return is_id_start(c) || (c >= '0' && c <= '9');
  if (is_id_start(c) || is_other_id_continue(c)) return true;
  if (is_pattern_syntax_letter(c)) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      return false;
  }
}

// The XID closure: `c` qualifies only if its compatibility decomposition
// (what NFKC starts from) is itself a valid start or continuation.
bool decomposition_is_valid(char32_t c, bool as_start) {
  utf8proc_int32_t parts[32];
  int last_boundclass = 0;
  utf8proc_ssize_t count = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), parts, 32,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last_boundclass);
  if (count <= 0 || count > 32) return false;
  for (utf8proc_ssize_t i = 0; i < count; ++i) {
    char32_t part = static_cast<char32_t>(parts[i]);
    bool ok = (as_start && i == 0) ? is_id_start(part) : is_id_continue(part);
    if (!ok) return false;
  }
  return true;
}

bool is_xid_start(char32_t c) {
  return is_id_start(c) && (c < 0x80 || decomposition_is_valid(c, true));
}

bool is_xid_continue(char32_t c) {
  return is_id_continue(c) && (c < 0x80 || decomposition_is_valid(c, false));
}

}  // namespace

size_t find_invalid_identifier_char(std::string_view name) {
  size_t pos = 0;
  bool first = true;
  while (pos < name.size()) {
    size_t here = pos;
    char32_t c = next_code_point(name, pos);
    bool ok = first ? is_xid_start(c) : is_xid_continue(c);
    if (!ok) return here;
    first = false;
  }
  return std::string_view::npos;
}

bool is_printable(char32_t code_point) {
  if (code_point == ' ') return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

}  // namespace eddy::lexer

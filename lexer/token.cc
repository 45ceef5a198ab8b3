// What each TokenKind is called: its tokenize name, its spelling, and the
// keyword table. Everything here is derived from tokens.def.
#include "lexer/token.h"

#include <array>
#include <string_view>

#include "lexer/keywords.h"

namespace eddy::lexer {

namespace {

struct KindInfo {
  std::string_view tokenize_name;
  std::string_view spelling;
  bool is_keyword;
};

constexpr KindInfo kKinds[] = {
#define TOKEN(name, tokenize_name) {tokenize_name, tokenize_name, false},
#define OPERATOR(name, text) {"OP", text, false},
#define KEYWORD(name, text) {"NAME", text, true},
#include "lexer/tokens.def"
};

// Keywords grouped by first character; no group holds more than five, so a
// lookup compares at most a handful of short strings after one index.
struct KeywordGroup {
  std::array<TokenKind, 6> kinds{};
  int count = 0;
};

constexpr auto build_keyword_groups() {
  std::array<KeywordGroup, 128> groups{};
  auto add = [&](std::string_view text, TokenKind kind) {
    KeywordGroup& group = groups[static_cast<unsigned char>(text[0])];
    group.kinds[group.count++] = kind;
  };
#define KEYWORD(name, text) add(text, TokenKind::Kw##name);
#include "lexer/tokens.def"
  return groups;
}

constexpr std::array<KeywordGroup, 128> kKeywordGroups = build_keyword_groups();

}  // namespace

std::string_view tokenize_name(TokenKind kind) {
  return kKinds[static_cast<int>(kind)].tokenize_name;
}

std::string_view spelling(TokenKind kind) {
  return kKinds[static_cast<int>(kind)].spelling;
}

bool is_keyword(TokenKind kind) {
  return kKinds[static_cast<int>(kind)].is_keyword;
}

TokenKind keyword_or_name(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
  unsigned char first = static_cast<unsigned char>(text[0]);
  if (first >= 128) return TokenKind::Name;
  const KeywordGroup& group = kKeywordGroups[first];
  for (int i = 0; i < group.count; ++i) {
    if (spelling(group.kinds[i]) == text) return group.kinds[i];
  }
  return TokenKind::Name;
}

}  // namespace eddy::lexer

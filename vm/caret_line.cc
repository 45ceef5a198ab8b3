// The caret line under a traceback entry, following CPython 3.11's
// tb_displayline (Python/traceback.c), which the default excepthook uses:
// its rules, and its quirks, are kept so that the output matches.
#include "vm/caret_line.h"

#include <utf8proc.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "lexer/source.h"
#include "parser/parser.h"

namespace eddy::vm {

namespace {

// CPython's IS_WHITESPACE in traceback.c.
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

// The number of characters in the first `byte_offset` bytes of `text`
// (CPython's _PyPegen_byte_offset_to_character_offset): an offset past
// the end counts the terminating NUL as one more character, and a cut
// through a multi-byte character counts it once.
int character_offset(std::string_view text, int byte_offset) {
  int limit = std::min(byte_offset, static_cast<int>(text.size()) + 1);
  int characters = 0;
  for (int i = 0; i < limit; ++i) {
    if (i == static_cast<int>(text.size()) ||
        (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++characters;
    }
  }
  return characters;
}

// The byte offset where character `index` of UTF-8 `text` starts.
size_t byte_offset(std::string_view text, int index) {
  size_t i = 0;
  for (int seen = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == index) return i;
  }
  return text.size();
}

// The terminal width of each character of UTF-8 `text`: 2 for East Asian
// wide and fullwidth characters, else 1 (CPython's _display_width).
std::vector<int> display_widths(std::string_view text) {
  std::vector<int> widths;
  auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t i = 0; i < size;) {
    utf8proc_int32_t code_point;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + i, size - i, &code_point);
    if (length <= 0) {
      code_point = 0xFFFD;
      length = 1;
    }
    widths.push_back(utf8proc_charwidth(code_point) == 2 ? 2 : 1);
    i += length;
  }
  return widths;
}

// The part of the span CPython marks with '^' when the rest gets '~', as
// byte offsets into `segment`: the operator of a binary operation, the
// brackets of a subscript. The segment is parsed on its own; anything but
// a single expression statement of those two kinds has no anchors.
struct Anchors {
  size_t left;
  size_t right;
};
std::optional<Anchors> find_anchors(std::string_view segment) {
  parser::Arena arena;
  parser::Module* module;
  try {
    module = parser::parse_module(lexer::Source("<segment>", std::string(segment)), arena);
  } catch (const lexer::SyntaxError&) {
    return std::nullopt;
  }
  if (module->body.size() != 1 || module->body[0]->kind != parser::StmtKind::Expr) {
    return std::nullopt;
  }
  parser::Expr* expression = module->body[0]->as<parser::ExprStmt>()->value;
  size_t size = segment.size();
  if (expression->kind == parser::ExprKind::BinOp) {
    auto* operation = expression->as<parser::BinOp>();
    auto right_start = static_cast<size_t>(operation->right->location.col_offset);
    std::optional<Anchors> anchors;
    // The first non-blank character after the left operand, skipping the
    // closing parentheses of a parenthesized left operand; two characters
    // when the operator has two (`//`, `**`, `<<`).
    for (auto i = static_cast<size_t>(operation->left->location.end_col_offset);
         i < right_start && i < size; ++i) {
      if (is_blank(segment[i])) continue;
      anchors = Anchors{i, i + 1};
      if (i + 1 < right_start && !is_blank(segment[i + 1])) ++anchors->right;
      if (i + 1 < right_start && segment[i] == ')') continue;
      break;
    }
    return anchors;
  }
  if (expression->kind == parser::ExprKind::Subscript) {
    auto* subscript = expression->as<parser::Subscript>();
    auto left = static_cast<size_t>(subscript->value->location.end_col_offset);
    auto right = static_cast<size_t>(subscript->slice->location.end_col_offset) + 1;
    while (left < size && segment[left] != '[')
      ++left;
    while (right < size && segment[right] != ']')
      ++right;
    if (right < size) ++right;
    return Anchors{left, right};
  }
  return std::nullopt;
}

}  // namespace

std::string format_caret_line(std::string_view line, const compiler::SourceSpan& span) {
  if (span.line < 0 || span.end_line < 0 || span.column < 0 || span.end_column < 0) return "";
  int start = character_offset(line, span.column);
  int end = character_offset(line, span.end_column);
  int length = character_offset(line, static_cast<int>(line.size()));
  int indentation = 0;
  for (size_t i = 0; i < line.size() && is_blank(line[i]); ++i)
    ++indentation;

  // Character offsets of the '^' part when the rest is '~', or -1.
  int left = -1;
  int right = -1;
  if (span.line == span.end_line) {
    if (start < end) {
      size_t from = byte_offset(line, start);
      std::string_view segment = line.substr(from, byte_offset(line, end) - from);
      if (std::optional<Anchors> anchors = find_anchors(segment)) {
        left = character_offset(segment, static_cast<int>(anchors->left)) + start;
        right = character_offset(segment, static_cast<int>(anchors->right)) + start;
      }
    }
  } else {
    // Only the first line of a multi-line span is shown: up to its last
    // non-blank. (CPython scans the UTF-8 bytes from the line's length in
    // characters; the same is done here so non-ASCII lines match.)
    int i = length;
    while (--i >= 0) {
      if (static_cast<size_t>(i) >= line.size() || !is_blank(line[i])) break;
    }
    end = i + 1;
  }
  bool has_anchors = left != -1 || right != -1;
  if (end - start == length - indentation && !has_anchors) return "";

  // One mark per character, as wide as the character shows on a terminal
  // (East Asian wide and fullwidth characters take two columns); the four
  // positions before the indentation print as the indentation of the shown
  // (stripped) line.
  std::vector<int> widths = display_widths(line);
  std::string carets;
  for (int position = indentation - 4; position < end; ++position) {
    char mark = position < start                                      ? ' '
                : has_anchors && left <= position && position < right ? '^'
                : has_anchors                                         ? '~'
                                                                      : '^';
    bool in_line = position >= 0 && static_cast<size_t>(position) < widths.size();
    carets.append(in_line ? widths[position] : 1, mark);
  }
  return carets;
}

}  // namespace eddy::vm

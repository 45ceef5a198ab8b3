// The PEP 657 caret line: each expectation is what python3.11 printed for
// the same line and instruction position.
#include "vm/caret_line.h"

#include <gtest/gtest.h>

namespace eddy::vm {
namespace {

using compiler::SourceSpan;

TEST(CaretLineTest, MarksTheSpan) {
  // Trailing blanks count as part of the line, so the call is not all of it.
  EXPECT_EQ(format_caret_line("f()   ", SourceSpan{1, 1, 0, 3}), "    ^^^");
}

TEST(CaretLineTest, NoneWhenTheSpanIsTheWholeStrippedLine) {
  EXPECT_EQ(format_caret_line("f()", SourceSpan{1, 1, 0, 3}), "");
  EXPECT_EQ(format_caret_line("    raise ValueError", SourceSpan{2, 2, 4, 20}), "");
}

TEST(CaretLineTest, NoneWithoutColumns) {
  EXPECT_EQ(format_caret_line("x = 1", SourceSpan{1, 1, -1, -1}), "");
}

TEST(CaretLineTest, BinaryOperatorIsTheAnchor) {
  EXPECT_EQ(format_caret_line("    return a / b", SourceSpan{2, 2, 11, 16}), "           ~~^~~");
  // A parenthesized left operand, and a two-character operator.
  EXPECT_EQ(format_caret_line("b = (a) ** \"x\"", SourceSpan{2, 2, 4, 14}), "        ~~~~^^~~~~");
}

TEST(CaretLineTest, SubscriptBracketsAreTheAnchor) {
  EXPECT_EQ(format_caret_line("b = (a) [ 3 ]", SourceSpan{2, 2, 4, 13}), "        ~~~~^^^^^");
}

TEST(CaretLineTest, MultiLineSpanShowsTheFirstLineToItsLastNonBlank) {
  EXPECT_EQ(format_caret_line("x = (f(1,   ", SourceSpan{3, 4, 5, 4}), "         ^^^^");
}

TEST(CaretLineTest, WideCharactersTakeTwoColumns) {
  // Columns are UTF-8 byte offsets: the BinOp is bytes 4 to 16.
  EXPECT_EQ(format_caret_line("y = '漢字' + 1", SourceSpan{1, 1, 4, 16}), "        ~~~~~~~^~~");
}

}  // namespace
}  // namespace eddy::vm

// The REPL's "does this input go on?" decision. Each expectation is what
// python3.11's interactive prompt does with the same lines: `... ` (more)
// or running or reporting them.
#include "cli/input_completeness.h"

#include <gtest/gtest.h>

namespace eddy::cli {
namespace {

TEST(InputCompletenessTest, SimpleStatementsAreComplete) {
  EXPECT_FALSE(input_is_incomplete("x = 1\n"));
  EXPECT_FALSE(input_is_incomplete("f(21)\n"));
  EXPECT_FALSE(input_is_incomplete("format(x)\n"));  // starts like `for`
  EXPECT_FALSE(input_is_incomplete("await asyncio.sleep(0)\n"));
}

TEST(InputCompletenessTest, BlockHeaderWaitsForItsBody) {
  EXPECT_TRUE(input_is_incomplete("def f():\n"));
  EXPECT_TRUE(input_is_incomplete("if x:\n"));
  EXPECT_TRUE(input_is_incomplete("if 1:\n  pass\nelse:\n"));
  EXPECT_TRUE(input_is_incomplete("try:\n  pass\n"));
  EXPECT_TRUE(input_is_incomplete("@decorator\n"));
  EXPECT_TRUE(input_is_incomplete("@decorator\ndef f(): pass\n"));
  EXPECT_FALSE(input_is_incomplete("@decorator\ndef f(): pass\n\n"));
}

TEST(InputCompletenessTest, CompoundStatementEndsWithABlankLine) {
  EXPECT_TRUE(input_is_incomplete("def f():\n    return 1\n"));
  EXPECT_TRUE(input_is_incomplete("for i in range(3): print(i)\n"));
  EXPECT_TRUE(input_is_incomplete("async def f():\n  await x\n"));
  EXPECT_FALSE(input_is_incomplete("def f():\n    return 1\n\n"));
  EXPECT_FALSE(input_is_incomplete("class A:\n  pass\n\n"));
}

TEST(InputCompletenessTest, OpenBracketsAndStringsContinue) {
  EXPECT_TRUE(input_is_incomplete("(1,\n"));
  EXPECT_TRUE(input_is_incomplete("x = [1,\n2\n"));
  EXPECT_TRUE(input_is_incomplete("x = [1,\n\n"));  // even after a blank line
  EXPECT_TRUE(input_is_incomplete("'''abc\n"));
  EXPECT_TRUE(input_is_incomplete("x = 1 + \\\n"));
  EXPECT_FALSE(input_is_incomplete("x = (1,\n  2)\n"));
}

TEST(InputCompletenessTest, ErrorsMoreLinesCannotMendAreComplete) {
  EXPECT_FALSE(input_is_incomplete("1 +* 2\n"));
  EXPECT_FALSE(input_is_incomplete("1+\n"));
  EXPECT_FALSE(input_is_incomplete("'abc\n"));
}

// An error inside a bracket that is still open is reported at once, as
// CPython does: the bracket only counts when the parser reaches the end.
TEST(InputCompletenessTest, ErrorInsideAnOpenBracketIsReportedAtOnce) {
  EXPECT_FALSE(input_is_incomplete("def f(:\n"));
  EXPECT_TRUE(input_is_incomplete("f(1,\n"));
}

TEST(InputCompletenessTest, BlankLineEndsAnUnfinishedBlockAsAnError) {
  EXPECT_FALSE(input_is_incomplete("if x:\n\n"));
  EXPECT_FALSE(input_is_incomplete("try:\n  pass\n\n"));
}

TEST(InputCompletenessTest, BlankInputHasNothingToRun) {
  EXPECT_TRUE(input_is_blank("\n"));
  EXPECT_TRUE(input_is_blank("   \n"));
  EXPECT_TRUE(input_is_blank("# a comment\n"));
  EXPECT_FALSE(input_is_blank("x = 1  # a comment\n"));
}

}  // namespace
}  // namespace eddy::cli

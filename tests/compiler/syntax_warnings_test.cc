// The compiler's SyntaxWarnings (compiler/syntax_warnings.cc): which code
// draws one, with which line and message, and in what order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "lexer/source.h"
#include "parser/parser.h"

namespace eddy::compiler {
namespace {

// "line: message" for each warning compiling `text` gives.
std::vector<std::string> warnings_of(const std::string& text) {
  lexer::Source source("test.py", text);
  parser::Arena arena;
  std::vector<CompileWarning> warnings;
  CompileOptions options;
  options.warnings = &warnings;
  compile_module(parser::parse_module(source, arena), source, options);
  std::vector<std::string> out;
  for (const CompileWarning& warning : warnings) {
    out.push_back(std::to_string(warning.line) + ": " + warning.message);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(SyntaxWarnings, IdentityWithLiteral) {
  EXPECT_EQ(warnings_of("x is 1\nx is not ()\n"),
            (Lines{"1: \"is\" with a literal. Did you mean \"==\"?",
                   "2: \"is not\" with a literal. Did you mean \"!=\"?"}));
  EXPECT_EQ(warnings_of("x is -1 < 2\n"),
            (Lines{"1: \"is\" with a literal. Did you mean \"==\"?"}));
  EXPECT_TRUE(warnings_of("x is None\nx is True\nx is not ...\nx is (y,)\nx == 1\n").empty());
}

TEST(SyntaxWarnings, IdentityInConditions) {
  EXPECT_EQ(warnings_of("if 1 is None: pass\nif x is 'a' < y: pass\n"),
            (Lines{"1: \"is\" with a literal. Did you mean \"==\"?",
                   "2: \"is\" with a literal. Did you mean \"==\"?"}));
}

TEST(SyntaxWarnings, AssertOnTuple) {
  EXPECT_EQ(warnings_of("assert (x, 'message')\nassert (1,)\nassert ()\nassert (x)\n"),
            (Lines{"1: assertion is always true, perhaps remove parentheses?",
                   "2: assertion is always true, perhaps remove parentheses?"}));
}

TEST(SyntaxWarnings, MissingComma) {
  EXPECT_EQ(warnings_of("(1, 2)(3)\n(x,)()\n(lambda: 0)()\nf()\n"),
            (Lines{"1: 'tuple' object is not callable; perhaps you missed a comma?",
                   "2: 'tuple' object is not callable; perhaps you missed a comma?"}));
  EXPECT_EQ(warnings_of("{1}[0]\n1[0]\n[1]['a']\n[1][x]\n[1][1:]\n{}['a']\n"),
            (Lines{"1: 'set' object is not subscriptable; perhaps you missed a comma?",
                   "2: 'int' object is not subscriptable; perhaps you missed a comma?",
                   "3: list indices must be integers or slices, not str; perhaps you missed a "
                   "comma?"}));
}

TEST(SyntaxWarnings, OnlyWhenAsked) {
  lexer::Source source("test.py", "x is 1\n");
  parser::Arena arena;
  EXPECT_NE(compile_module(parser::parse_module(source, arena), source), nullptr);
}

}  // namespace
}  // namespace eddy::compiler

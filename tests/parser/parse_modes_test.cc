// The parser's 'eval' and 'single' entries (compile()'s modes besides
// 'exec'): trees, compared with what CPython 3.11's
// ast.dump(ast.parse(src, mode=...)) printed, and syntax errors as
// CPython 3.11 reports them.
#include <gtest/gtest.h>

#include <string>

#include "lexer/source.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"

namespace eddy::parser {
namespace {

enum class Mode { Eval, Single };

std::string dump_of(Mode mode, const std::string& text) {
  lexer::Source source("<test>", text);
  Arena arena;
  if (mode == Mode::Eval) return dump(parse_expression(source, arena));
  return dump(parse_interactive(source, arena));
}

lexer::SyntaxError error_of(Mode mode, const std::string& text) {
  try {
    dump_of(mode, text);
  } catch (const lexer::SyntaxError& error) {
    return error;
  }
  ADD_FAILURE() << "no SyntaxError for: " << text;
  return {};
}

struct TreeCase {
  Mode mode;
  const char* source;
  const char* dump;
};

const TreeCase kTrees[] = {
    {Mode::Eval, "1 + 2",
     "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
    {Mode::Eval, "a, b",
     "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], "
     "ctx=Load()))"},
    {Mode::Eval, "\n\nx if y else z\n\n",
     "Expression(body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), "
     "orelse=Name(id='z', ctx=Load())))"},
    {Mode::Eval, "lambda: 0,",
     "Expression(body=Tuple(elts=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=Constant(value=0))], ctx=Load()))"},
    {Mode::Eval, "(*a, b)",
     "Expression(body=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
     "Name(id='b', ctx=Load())], ctx=Load()))"},
    {Mode::Eval, "(yield)", "Expression(body=Yield())"},
    {Mode::Eval, "[i for i in a]",
     "Expression(body=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension("
     "target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=0)]))"},
    {Mode::Single, "x = 1\n",
     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {Mode::Single, "x; y\n",
     "Interactive(body=[Expr(value=Name(id='x', ctx=Load())), Expr(value=Name(id='y', "
     "ctx=Load()))])"},
    {Mode::Single, "if a:\n    b\nelse:\n    c\n",
     "Interactive(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='b', "
     "ctx=Load()))], orelse=[Expr(value=Name(id='c', ctx=Load()))])])"},
    {Mode::Single, "@d\ndef f():\n    pass\n",
     "Interactive(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', "
     "ctx=Load())])])"},
    {Mode::Single, "pass\n\n\n", "Interactive(body=[Pass()])"},
};

TEST(ParseModesTest, TreesMatchCPython) {
  for (const TreeCase& c : kTrees)
    EXPECT_EQ(dump_of(c.mode, c.source), c.dump) << c.source;
}

struct ErrorCase {
  Mode mode;
  const char* source;
  const char* message;
  int line, column, end_line, end_column;  // as CPython's (offset - 1)
};

const ErrorCase kErrors[] = {
    {Mode::Eval, "*a", "invalid syntax", 1, 0, 1, 1},
    {Mode::Eval, "a, *b", "invalid syntax", 1, 3, 1, 4},
    {Mode::Eval, "yield x", "invalid syntax", 1, 0, 1, 5},
    {Mode::Eval, "x = 1", "invalid syntax", 1, 2, 1, 3},
    {Mode::Eval, "1\n2", "invalid syntax", 2, 0, 2, 1},
    {Mode::Eval, "1;", "invalid syntax", 1, 1, 1, 2},
    {Mode::Single, "x=1\ny=2", "multiple statements found while compiling a single statement", 1, 3,
     1, 3},
    {Mode::Single, "x = 1; y = 2\nz\n",
     "multiple statements found while compiling a single statement", 1, 12, 1, 12},
    {Mode::Single, "if a:\n  b\nc\n", "invalid syntax", 3, 0, 3, 1},
};

TEST(ParseModesTest, SyntaxErrorsMatchCPython) {
  for (const ErrorCase& c : kErrors) {
    lexer::SyntaxError error = error_of(c.mode, c.source);
    EXPECT_EQ(error.type, "SyntaxError") << c.source;
    EXPECT_EQ(error.message, c.message) << c.source;
    EXPECT_EQ(error.line, c.line) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
    EXPECT_EQ(error.end_line, c.end_line) << c.source;
    EXPECT_EQ(error.end_column, c.end_column) << c.source;
  }
}

TEST(ParseModesTest, LeadingIndentIsAnIndentationError) {
  lexer::SyntaxError error = error_of(Mode::Eval, " 1");
  EXPECT_EQ(error.type, "IndentationError");
  EXPECT_EQ(error.message, "unexpected indent");
}

}  // namespace
}  // namespace eddy::parser

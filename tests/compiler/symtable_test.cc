// The symbol table: how each name of tricky programs is resolved, the
// scope flags, and the SyntaxErrors (message and position) it raises.
#include "compiler/symtable.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "lexer/source.h"
#include "parser/parser.h"

namespace eddy::compiler {
namespace {

// A parsed program and its symbol table.
struct Program {
  explicit Program(const std::string& text)
      : source("test.py", text),
        module(parser::parse_module(source, arena)),
        table(SymbolTable::build(module)) {}

  // The scope named `path`, e.g. {"f", "g"}: g inside f.
  const Scope& scope(const std::vector<std::string>& path) const {
    const Scope* scope = table.module_scope();
    for (const std::string& name : path) {
      const Scope* found = nullptr;
      for (const auto& child : scope->children) {
        if (child->name == name) found = child.get();
      }
      if (!found) throw std::runtime_error("no scope " + name);
      scope = found;
    }
    return *scope;
  }

  lexer::Source source;
  parser::Arena arena;
  parser::Module* module;
  SymbolTable table;
};

lexer::SyntaxError error_of(const std::string& text) {
  lexer::Source source("test.py", text);
  parser::Arena arena;
  parser::Module* module = parser::parse_module(source, arena);
  try {
    SymbolTable::build(module);
  } catch (const lexer::SyntaxError& error) {
    return error;
  }
  ADD_FAILURE() << "no SyntaxError for:\n" << text;
  return {};
}

TEST(SymbolTable, ClosureMakesCellAndFree) {
  Program p("def f(a):\n    x = 1\n    def g():\n        return x + a + y\n    return g\n");
  const Scope& f = p.scope({"f"});
  const Scope& g = p.scope({"f", "g"});
  EXPECT_EQ(f.scope_of("x"), NameScope::Cell);
  EXPECT_EQ(f.scope_of("a"), NameScope::Cell);
  EXPECT_EQ(f.scope_of("g"), NameScope::Local);
  EXPECT_EQ(g.scope_of("x"), NameScope::Free);
  EXPECT_EQ(g.scope_of("a"), NameScope::Free);
  EXPECT_EQ(g.scope_of("y"), NameScope::GlobalImplicit);
  EXPECT_EQ(f.sorted_names_with(NameScope::Cell), (std::vector<std::string>{"a", "x"}));
  EXPECT_TRUE(g.is_nested);
  EXPECT_FALSE(f.is_nested);
}

TEST(SymbolTable, FreeVariablePassesThroughMiddleFunction) {
  Program p("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n");
  EXPECT_EQ(p.scope({"a"}).scope_of("v"), NameScope::Cell);
  EXPECT_EQ(p.scope({"a", "b"}).scope_of("v"), NameScope::Free);
  EXPECT_EQ(p.scope({"a", "b", "c"}).scope_of("v"), NameScope::Free);
}

TEST(SymbolTable, ClassBodyNamesAreInvisibleToMethods) {
  Program p("x = 0\nclass C:\n    x = 1\n    def m(self):\n        return x\n");
  EXPECT_EQ(p.scope({"C"}).scope_of("x"), NameScope::Local);
  EXPECT_EQ(p.scope({"C", "m"}).scope_of("x"), NameScope::GlobalImplicit);
}

TEST(SymbolTable, MethodFreeVariableAlsoBoundInClassIsFreeClass) {
  Program p(
      "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return "
      "x\n");
  const Scope& c = p.scope({"f", "C"});
  EXPECT_EQ(c.scope_of("x"), NameScope::Local);
  EXPECT_TRUE(c.lookup("x")->flags & kDefFreeClass);
  EXPECT_EQ(c.sorted_names_with(NameScope::Free, kDefFreeClass), std::vector<std::string>{"x"});
  EXPECT_EQ(p.scope({"f", "C", "m"}).scope_of("x"), NameScope::Free);
  EXPECT_EQ(p.scope({"f"}).scope_of("x"), NameScope::Cell);
}

TEST(SymbolTable, SuperNeedsClassCell) {
  Program p("class C(B):\n    def m(self):\n        return super().m()\n");
  EXPECT_TRUE(p.scope({"C"}).needs_class_closure);
  EXPECT_EQ(p.scope({"C", "m"}).scope_of("__class__"), NameScope::Free);
  Program q("class D:\n    def m(self):\n        return 1\n");
  EXPECT_FALSE(q.scope({"D"}).needs_class_closure);
}

TEST(SymbolTable, ComprehensionHasItsOwnScope) {
  Program p("def f(xs):\n    return [x * k for x in xs if x]\n");
  const Scope& comprehension = p.scope({"f", "listcomp"});
  EXPECT_EQ(comprehension.comprehension, ComprehensionKind::List);
  EXPECT_EQ(comprehension.parameters, std::vector<std::string>{".0"});
  EXPECT_EQ(comprehension.scope_of("x"), NameScope::Local);
  EXPECT_EQ(comprehension.scope_of("k"), NameScope::GlobalImplicit);
  // The first iterable is evaluated outside.
  EXPECT_EQ(comprehension.scope_of("xs"), NameScope::Unresolved);
  EXPECT_EQ(p.scope({"f"}).scope_of("xs"), NameScope::Local);
}

TEST(SymbolTable, WalrusInComprehensionBindsEnclosingFunction) {
  Program p("def f(xs):\n    [last := x for x in xs]\n    return last\n");
  EXPECT_EQ(p.scope({"f"}).scope_of("last"), NameScope::Cell);
  EXPECT_EQ(p.scope({"f", "listcomp"}).scope_of("last"), NameScope::Free);
  Program q("[last := x for x in xs]\n");
  EXPECT_EQ(q.scope({"listcomp"}).scope_of("last"), NameScope::GlobalExplicit);
}

TEST(SymbolTable, NonlocalAndGlobal) {
  Program p(
      "def f():\n    n = 0\n    def inc():\n        nonlocal n\n        global g\n        n += 1\n"
      "        g = n\n");
  const Scope& inc = p.scope({"f", "inc"});
  EXPECT_EQ(inc.scope_of("n"), NameScope::Free);
  EXPECT_EQ(inc.scope_of("g"), NameScope::GlobalExplicit);
  EXPECT_EQ(p.scope({"f"}).scope_of("n"), NameScope::Cell);
  // The module learns of the global too.
  EXPECT_EQ(p.table.module_scope()->scope_of("g"), NameScope::GlobalExplicit);
}

TEST(SymbolTable, GeneratorAndCoroutineFlags) {
  Program p(
      "def gen():\n    yield 1\nasync def co():\n    await x\nasync def agen():\n    yield 1\n"
      "async def comp():\n    return [y async for y in z]\ndef plain():\n    return (y for y in "
      "z)\n");
  EXPECT_TRUE(p.scope({"gen"}).is_generator);
  EXPECT_FALSE(p.scope({"gen"}).is_coroutine);
  EXPECT_TRUE(p.scope({"co"}).is_coroutine);
  EXPECT_FALSE(p.scope({"co"}).is_generator);
  EXPECT_TRUE(p.scope({"agen"}).is_async_generator());
  EXPECT_TRUE(p.scope({"comp", "listcomp"}).is_coroutine);
  EXPECT_TRUE(p.scope({"plain", "genexpr"}).is_generator);
  EXPECT_FALSE(p.scope({"plain"}).is_generator);
}

TEST(SymbolTable, ParametersInVarnamesOrder) {
  Program p("def f(a, /, b, *args, c, **kw):\n    d = 1\n");
  const Scope& f = p.scope({"f"});
  EXPECT_EQ(f.parameters, (std::vector<std::string>{"a", "b", "c", "args", "kw"}));
  EXPECT_TRUE(f.has_varargs);
  EXPECT_TRUE(f.has_varkeywords);
}

TEST(SymbolTable, PrivateNamesAreMangled) {
  Program p("class Spam:\n    __x = 1\n    def m(self, __y):\n        return __y\n");
  EXPECT_EQ(p.scope({"Spam"}).scope_of("_Spam__x"), NameScope::Local);
  EXPECT_EQ(p.scope({"Spam", "m"}).parameters, (std::vector<std::string>{"self", "_Spam__y"}));
  EXPECT_EQ(mangle("Spam", "__x"), "_Spam__x");
  EXPECT_EQ(mangle("_Spam", "__x"), "_Spam__x");
  EXPECT_EQ(mangle("Spam", "__x__"), "__x__");
  EXPECT_EQ(mangle("__", "__x"), "__x");
  EXPECT_EQ(mangle("Spam", "__a.b"), "__a.b");
}

TEST(SymbolTable, ImportBindsFirstComponent) {
  Program p("def f():\n    import os.path\n    import a.b as c\n    return os, c\n");
  EXPECT_EQ(p.scope({"f"}).scope_of("os"), NameScope::Local);
  EXPECT_EQ(p.scope({"f"}).scope_of("c"), NameScope::Local);
  EXPECT_EQ(p.scope({"f"}).scope_of("a"), NameScope::Unresolved);
}

struct ErrorCase {
  const char* source;
  const char* message;
  int line, column, end_line, end_column;
};

TEST(SymbolTable, ErrorsWithCPythonMessagesAndPositions) {
  const ErrorCase cases[] = {
      {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 0, 1, 10},
      {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 4, 2, 14},
      {"def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 4, 2, 12},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration",
       3, 4, 3, 12},
      {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3,
       4, 3, 12},
      {"def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
       "name 'x' is used prior to nonlocal declaration", 5, 8, 5, 18},
      {"def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
       "name 'x' is nonlocal and global", 4, 8, 4, 16},
      {"def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 12, 1,
       13},
      {"def f():\n    from m import *\n", "import * only allowed at module level", 2, 18, 2, 19},
      {"def f():\n    [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 6, 2, 13},
      {"def f():\n    ((yield) for x in y)\n", "'yield' inside generator expression", 2, 6, 2, 11},
      {"[y for y in (z := [1])]\n",
       "assignment expression cannot be used in a comprehension iterable expression", 1, 13, 1, 21},
      {"class C:\n    [(y := 1) for x in z]\n",
       "assignment expression within a comprehension cannot be used in a class body", 2, 6, 2, 7},
      {"[(x := 1) for x in z]\n",
       "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1, 3},
      {"def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 4, 3,
       14},
  };
  for (const ErrorCase& c : cases) {
    lexer::SyntaxError error = error_of(c.source);
    EXPECT_EQ(error.message, c.message) << c.source;
    EXPECT_EQ(error.line, c.line) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
    EXPECT_EQ(error.end_line, c.end_line) << c.source;
    EXPECT_EQ(error.end_column, c.end_column) << c.source;
  }
}

}  // namespace
}  // namespace eddy::compiler

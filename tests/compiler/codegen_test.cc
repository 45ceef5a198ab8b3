// The code generator: instruction sequences of small functions (as CPython
// 3.11 emits them, without PRECALL), exception tables, stack depths, code
// flags and names, compile-time errors, and the disassembler's layout.
#include "compiler/codegen.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "lexer/source.h"
#include "parser/parser.h"

namespace eddy::compiler {
namespace {

std::shared_ptr<CodeUnit> compile(const std::string& text, CompileOptions options = {}) {
  lexer::Source source("test.py", text);
  parser::Arena arena;
  return compile_module(parser::parse_module(source, arena), source, options);
}

// The code object named `name` among the module's, depth first.
std::shared_ptr<CodeUnit> find(const std::shared_ptr<CodeUnit>& code, const std::string& name) {
  if (code->name == name) return code;
  for (const Constant& constant : code->consts) {
    if (auto* nested = std::get_if<std::shared_ptr<CodeUnit>>(&constant.value)) {
      if (auto found = find(*nested, name)) return found;
    }
  }
  return nullptr;
}

// "OPNAME arg" per instruction (just "OPNAME" when it takes no argument).
std::vector<std::string> instructions(const CodeUnit& code) {
  std::vector<std::string> out;
  for (Instruction instruction : code.code) {
    std::string text(opcode_name(opcode_of(instruction)));
    uint32_t arg = argument_of(instruction);
    switch (opcode_of(instruction)) {
      case Opcode::NOP:
      case Opcode::POP_TOP:
      case Opcode::PUSH_NULL:
      case Opcode::RETURN_VALUE:
      case Opcode::RETURN_GENERATOR:
      case Opcode::YIELD_VALUE:
      case Opcode::GET_ITER:
      case Opcode::PUSH_EXC_INFO:
      case Opcode::POP_EXCEPT:
      case Opcode::CHECK_EXC_MATCH:
      case Opcode::BEFORE_WITH:
      case Opcode::WITH_EXCEPT_START:
      case Opcode::BINARY_SUBSCR:
      case Opcode::GET_YIELD_FROM_ITER:
      case Opcode::GET_AITER:
      case Opcode::GET_ANEXT:
      case Opcode::END_ASYNC_FOR:
      case Opcode::LOAD_BUILD_CLASS:
      case Opcode::ASYNC_GEN_WRAP:
      case Opcode::LOAD_ASSERTION_ERROR:
      case Opcode::PRINT_EXPR:
      case Opcode::STORE_SUBSCR:
      case Opcode::LIST_TO_TUPLE:
        break;
      default:
        text += " " + std::to_string(arg);
    }
    out.push_back(text);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(Codegen, SimpleFunction) {
  auto code = find(compile("def add(a, b):\n    return a + b\n"), "add");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_FAST 0", "LOAD_FAST 1", "BINARY_OP 0", "RETURN_VALUE"}));
  EXPECT_EQ(code->argcount, 2);
  EXPECT_EQ(code->stacksize, 2);
  EXPECT_EQ(code->flags, kOptimized | kNewLocals);
  EXPECT_EQ(code->first_line, 1);
}

TEST(Codegen, ModuleStoresNamesAndReturnsNone) {
  auto code = compile("x = 1\nprint(x)\n");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_CONST 0", "STORE_NAME 0", "PUSH_NULL", "LOAD_NAME 1",
                   "LOAD_NAME 0", "CALL 1", "POP_TOP", "LOAD_CONST 1", "RETURN_VALUE"}));
  EXPECT_EQ(code->names, (std::vector<std::string>{"x", "print"}));
  EXPECT_EQ(code->positions[0].line, 0);  // RESUME, as CPython
}

TEST(Codegen, GlobalCallsAndMethodCalls) {
  auto code = find(compile("def f(o):\n    return len(o.items(k=1))\n"), "f");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_GLOBAL 1", "LOAD_FAST 0", "LOAD_METHOD 1", "LOAD_CONST 1",
                   "KW_NAMES 2", "CALL 1", "CALL 1", "RETURN_VALUE"}));
}

TEST(Codegen, StarredCallUsesCallFunctionEx) {
  auto code = find(compile("def f(a, k):\n    return g(1, *a, **k)\n"), "f");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_GLOBAL 1", "LOAD_CONST 1", "BUILD_LIST 1", "LOAD_FAST 0",
                   "LIST_EXTEND 1", "LIST_TO_TUPLE", "BUILD_MAP 0", "LOAD_FAST 1", "DICT_MERGE 1",
                   "CALL_FUNCTION_EX 1", "RETURN_VALUE"}));
}

TEST(Codegen, ClosureCopiesCapturedParameterIntoItsCell) {
  auto module = compile("def f(a):\n    def g():\n        return a\n    return g\n");
  auto f = find(module, "f");
  EXPECT_EQ(instructions(*f),
            (Lines{"MAKE_CELL 0", "LOAD_FAST 0", "STORE_DEREF 0", "RESUME 0", "LOAD_CLOSURE 0",
                   "BUILD_TUPLE 1", "LOAD_CONST 1", "MAKE_FUNCTION 8", "STORE_FAST 1",
                   "LOAD_FAST 1", "RETURN_VALUE"}));
  EXPECT_EQ(f->cellvars, std::vector<std::string>{"a"});
  auto g = find(module, "g");
  EXPECT_EQ(instructions(*g),
            (Lines{"COPY_FREE_VARS 1", "RESUME 0", "LOAD_DEREF 0", "RETURN_VALUE"}));
  EXPECT_EQ(g->freevars, std::vector<std::string>{"a"});
  EXPECT_EQ(g->qualname, "f.<locals>.g");
  EXPECT_EQ(g->flags, kOptimized | kNewLocals | kNested);
}

TEST(Codegen, GeneratorPrologueAndYield) {
  auto code = find(compile("def gen(x):\n    y = yield x\n    return y\n"), "gen");
  EXPECT_EQ(instructions(*code),
            (Lines{"RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_FAST 0", "YIELD_VALUE",
                   "RESUME 1", "STORE_FAST 1", "LOAD_FAST 1", "RETURN_VALUE"}));
  EXPECT_EQ(code->flags, kOptimized | kNewLocals | kGenerator);
}

TEST(Codegen, YieldFromAndAwaitShareTheSendLoop) {
  auto module =
      compile("def g(x):\n    return (yield from x)\nasync def c(x):\n    return await x\n");
  EXPECT_EQ(instructions(*find(module, "g")),
            (Lines{"RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_FAST 0", "GET_YIELD_FROM_ITER",
                   "LOAD_CONST 0", "SEND 3", "YIELD_VALUE", "RESUME 2",
                   "JUMP_BACKWARD_NO_INTERRUPT 4", "RETURN_VALUE"}));
  auto c = find(module, "c");
  EXPECT_EQ(instructions(*c), (Lines{"RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_FAST 0",
                                     "GET_AWAITABLE 0", "LOAD_CONST 0", "SEND 3", "YIELD_VALUE",
                                     "RESUME 3", "JUMP_BACKWARD_NO_INTERRUPT 4", "RETURN_VALUE"}));
  EXPECT_EQ(c->flags, kOptimized | kNewLocals | kCoroutine);
}

TEST(Codegen, AsyncGeneratorWrapsYieldedValues) {
  auto code = find(compile("async def ag():\n    yield 1\n"), "ag");
  EXPECT_EQ(instructions(*code),
            (Lines{"RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_CONST 1", "ASYNC_GEN_WRAP",
                   "YIELD_VALUE", "RESUME 1", "POP_TOP", "LOAD_CONST 0", "RETURN_VALUE"}));
  EXPECT_EQ(code->flags, kOptimized | kNewLocals | kAsyncGenerator);
}

TEST(Codegen, AsyncForEndsInEndAsyncForHandler) {
  auto code = find(compile("async def f(xs):\n    async for x in xs:\n        pass\n"), "f");
  EXPECT_EQ(
      instructions(*code),
      (Lines{"RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_FAST 0", "GET_AITER", "GET_ANEXT",
             "LOAD_CONST 0", "SEND 3", "YIELD_VALUE", "RESUME 3", "JUMP_BACKWARD_NO_INTERRUPT 4",
             "STORE_FAST 1", "JUMP_BACKWARD 8", "END_ASYNC_FOR", "LOAD_CONST 0", "RETURN_VALUE"}));
  ASSERT_EQ(code->exception_table.size(), 1u);
  const ExceptionTableEntry& entry = code->exception_table[0];
  EXPECT_EQ(entry.start, 5u);
  EXPECT_EQ(entry.end, 11u);  // GET_ANEXT up to the end of its SEND loop
  EXPECT_EQ(entry.handler, 13u);
  EXPECT_EQ(entry.depth, 1u);  // the async iterator stays
  EXPECT_FALSE(entry.push_lasti);
}

TEST(Codegen, TryExceptTable) {
  auto code =
      find(compile("def f():\n    try:\n        a()\n    except E as e:\n        b()\n"), "f");
  EXPECT_EQ(instructions(*code), (Lines{"RESUME 0",
                                        "NOP",
                                        "LOAD_GLOBAL 1",
                                        "CALL 0",
                                        "POP_TOP",
                                        "LOAD_CONST 0",
                                        "RETURN_VALUE",
                                        "PUSH_EXC_INFO",
                                        "LOAD_GLOBAL 2",
                                        "CHECK_EXC_MATCH",
                                        "POP_JUMP_FORWARD_IF_FALSE 14",
                                        "STORE_FAST 0",
                                        "LOAD_GLOBAL 5",
                                        "CALL 0",
                                        "POP_TOP",
                                        "POP_EXCEPT",
                                        "LOAD_CONST 0",
                                        "STORE_FAST 0",
                                        "DELETE_FAST 0",
                                        "LOAD_CONST 0",
                                        "RETURN_VALUE",
                                        "LOAD_CONST 0",
                                        "STORE_FAST 0",
                                        "DELETE_FAST 0",
                                        "RERAISE 1",
                                        "RERAISE 0",
                                        "COPY 3",
                                        "POP_EXCEPT",
                                        "RERAISE 1"}));
  // CPython: 4 to 30 -> 64 [0]; 64 to 82 -> 168 [1] lasti; 84 to 110 -> 124 [1] lasti;
  // 124 to 160 -> 168 [1] lasti (in its byte offsets, with caches).
  std::vector<ExceptionTableEntry> expected = {
      {2, 5, 7, 0, false}, {7, 12, 26, 1, true}, {12, 15, 21, 1, true}, {21, 26, 26, 1, true}};
  ASSERT_EQ(code->exception_table.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(code->exception_table[i].start, expected[i].start) << i;
    EXPECT_EQ(code->exception_table[i].end, expected[i].end) << i;
    EXPECT_EQ(code->exception_table[i].handler, expected[i].handler) << i;
    EXPECT_EQ(code->exception_table[i].depth, expected[i].depth) << i;
    EXPECT_EQ(code->exception_table[i].push_lasti, expected[i].push_lasti) << i;
  }
}

TEST(Codegen, FinallyBodyIsDuplicated) {
  auto code =
      find(compile("def f():\n    try:\n        return g()\n    finally:\n        h()\n"), "f");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "NOP", "LOAD_GLOBAL 1", "CALL 0", "LOAD_GLOBAL 3", "CALL 0",
                   "POP_TOP", "RETURN_VALUE", "PUSH_EXC_INFO", "LOAD_GLOBAL 3", "CALL 0", "POP_TOP",
                   "RERAISE 0", "COPY 3", "POP_EXCEPT", "RERAISE 1"}));
  ASSERT_EQ(code->exception_table.size(), 2u);
  EXPECT_EQ(code->exception_table[0].handler, 8u);
  EXPECT_EQ(code->exception_table[1].start, 8u);
  EXPECT_EQ(code->exception_table[1].handler, 13u);
}

TEST(Codegen, WithCallsExitOnBothPaths) {
  auto code = find(compile("def f(m):\n    with m as x:\n        g(x)\n"), "f");
  EXPECT_EQ(instructions(*code), (Lines{"RESUME 0",
                                        "LOAD_FAST 0",
                                        "BEFORE_WITH",
                                        "STORE_FAST 1",
                                        "LOAD_GLOBAL 1",
                                        "LOAD_FAST 1",
                                        "CALL 1",
                                        "POP_TOP",
                                        "LOAD_CONST 0",
                                        "LOAD_CONST 0",
                                        "LOAD_CONST 0",
                                        "CALL 2",
                                        "POP_TOP",
                                        "LOAD_CONST 0",
                                        "RETURN_VALUE",
                                        "PUSH_EXC_INFO",
                                        "WITH_EXCEPT_START",
                                        "POP_JUMP_FORWARD_IF_TRUE 4",
                                        "RERAISE 2",
                                        "COPY 3",
                                        "POP_EXCEPT",
                                        "RERAISE 1",
                                        "POP_TOP",
                                        "POP_EXCEPT",
                                        "POP_TOP",
                                        "POP_TOP",
                                        "LOAD_CONST 0",
                                        "RETURN_VALUE"}));
  ASSERT_EQ(code->exception_table.size(), 3u);
  EXPECT_EQ(code->exception_table[0].start, 3u);
  EXPECT_EQ(code->exception_table[0].handler, 15u);
  EXPECT_EQ(code->exception_table[0].depth, 1u);  // __exit__ stays, then lasti and the exception
  EXPECT_TRUE(code->exception_table[0].push_lasti);
  EXPECT_EQ(code->exception_table[1].depth, 3u);
}

TEST(Codegen, LoopsAndBreak) {
  auto code =
      find(compile("def f(xs):\n    for x in xs:\n        if x:\n            break\n"), "f");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_FAST 0", "GET_ITER", "FOR_ITER 7", "STORE_FAST 1",
                   "LOAD_FAST 1", "POP_JUMP_FORWARD_IF_FALSE 3", "POP_TOP", "LOAD_CONST 0",
                   "RETURN_VALUE", "JUMP_BACKWARD 8", "LOAD_CONST 0", "RETURN_VALUE"}));
  // The exit is duplicated so that each path returns on its own line.
  auto loop = find(compile("def g(x):\n    while x:\n        x -= 1\n"), "g");
  EXPECT_EQ(instructions(*loop),
            (Lines{"RESUME 0", "LOAD_FAST 0", "POP_JUMP_FORWARD_IF_FALSE 8", "LOAD_FAST 0",
                   "LOAD_CONST 1", "BINARY_OP 23", "STORE_FAST 0", "LOAD_FAST 0",
                   "POP_JUMP_BACKWARD_IF_TRUE 6", "LOAD_CONST 0", "RETURN_VALUE", "LOAD_CONST 0",
                   "RETURN_VALUE"}));
}

TEST(Codegen, ComprehensionIsAFunctionCalledWithItsIterator) {
  auto module = compile("def f(xs):\n    return [x for x in xs if x is None]\n");
  EXPECT_EQ(instructions(*find(module, "f")),
            (Lines{"RESUME 0", "LOAD_CONST 1", "MAKE_FUNCTION 0", "LOAD_FAST 0", "GET_ITER",
                   "CALL 0", "RETURN_VALUE"}));
  auto comprehension = find(module, "<listcomp>");
  EXPECT_EQ(instructions(*comprehension),
            (Lines{"RESUME 0", "BUILD_LIST 0", "LOAD_FAST 0", "FOR_ITER 6", "STORE_FAST 1",
                   "LOAD_FAST 1", "POP_JUMP_BACKWARD_IF_NOT_NONE 4", "LOAD_FAST 1", "LIST_APPEND 2",
                   "JUMP_BACKWARD 7", "RETURN_VALUE"}));
  EXPECT_EQ(comprehension->argcount, 1);
  EXPECT_EQ(comprehension->qualname, "f.<locals>.<listcomp>");
}

TEST(Codegen, ClassBodyAndClassCell) {
  auto module = compile("class C(B):\n    def m(self):\n        return super().m()\n");
  EXPECT_EQ(instructions(*module),
            (Lines{"RESUME 0", "PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CONST 0", "MAKE_FUNCTION 0",
                   "LOAD_CONST 1", "LOAD_NAME 0", "CALL 3", "STORE_NAME 1", "LOAD_CONST 2",
                   "RETURN_VALUE"}));
  auto body = find(module, "C");
  EXPECT_EQ(
      instructions(*body),
      (Lines{"MAKE_CELL 0", "RESUME 0", "LOAD_NAME 0", "STORE_NAME 1", "LOAD_CONST 0",
             "STORE_NAME 2", "LOAD_CLOSURE 0", "BUILD_TUPLE 1", "LOAD_CONST 1", "MAKE_FUNCTION 8",
             "STORE_NAME 3", "LOAD_CLOSURE 0", "COPY 1", "STORE_NAME 4", "RETURN_VALUE"}));
  EXPECT_EQ(body->cellvars, std::vector<std::string>{"__class__"});
  EXPECT_EQ(find(module, "m")->qualname, "C.m");
}

TEST(Codegen, ConstantFolding) {
  auto code = compile("a = (1, (2, 'x'))\nb = -5\nc = 2 ** 10\nd = 'ab' * 2\ne = 1 / 4\n");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_CONST 0", "STORE_NAME 0", "LOAD_CONST 1", "STORE_NAME 1",
                   "LOAD_CONST 2", "STORE_NAME 2", "LOAD_CONST 3", "STORE_NAME 3", "LOAD_CONST 4",
                   "STORE_NAME 4", "LOAD_CONST 5", "RETURN_VALUE"}));
  EXPECT_EQ(std::get<int64_t>(code->consts[1].value), -5);
  EXPECT_EQ(std::get<int64_t>(code->consts[2].value), 1024);
  EXPECT_EQ(std::get<std::string>(code->consts[3].value), "abab");
  EXPECT_EQ(std::get<double>(code->consts[4].value), 0.25);
  // Division by zero is left to raise at run time.
  EXPECT_EQ(instructions(*compile("1 // 0\n"))[3], "BINARY_OP 2");
}

TEST(Codegen, ConstantSetDisplayLoadsAFrozenset) {
  auto code = compile("s = {3, -1, 'a'}\nt = {1, 2}\n");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "BUILD_SET 0", "LOAD_CONST 0", "SET_UPDATE 1", "STORE_NAME 0",
                   "LOAD_CONST 1", "LOAD_CONST 2", "BUILD_SET 2", "STORE_NAME 1", "LOAD_CONST 3",
                   "RETURN_VALUE"}));
  const auto& folded = std::get<Constant::FrozenSet>(code->consts[0].value);
  ASSERT_EQ(folded.items.size(), 3u);
  EXPECT_EQ(std::get<int64_t>(folded.items[1].value), -1);
}

TEST(Codegen, PercentFormatBecomesFString) {
  auto code = find(compile("def f(x, y):\n    return 'a%sb%5r' % (x, y)\n"), "f");
  EXPECT_EQ(instructions(*code), (Lines{"RESUME 0", "LOAD_CONST 1", "LOAD_FAST 0", "FORMAT_VALUE 1",
                                        "LOAD_CONST 2", "LOAD_FAST 1", "LOAD_CONST 3",
                                        "FORMAT_VALUE 6", "BUILD_STRING 4", "RETURN_VALUE"}));
  EXPECT_EQ(std::get<std::string>(code->consts[3].value), ">5");
}

TEST(Codegen, SwapAssignmentBuildsNoTuple) {
  auto code = find(compile("def f(a, b):\n    a, b = b, a\n"), "f");
  EXPECT_EQ(instructions(*code), (Lines{"RESUME 0", "LOAD_FAST 1", "LOAD_FAST 0", "STORE_FAST 1",
                                        "STORE_FAST 0", "LOAD_CONST 0", "RETURN_VALUE"}));
}

TEST(Codegen, StackDepth) {
  EXPECT_EQ(find(compile("def f(a, b, c):\n    return g(a, b, c)\n"), "f")->stacksize, 5);
  EXPECT_EQ(find(compile("def f(x):\n    return [x, [x, [x]]]\n"), "f")->stacksize, 3);
  // Inside a handler: previous exception, exception, and the call.
  EXPECT_EQ(find(compile("def f():\n    try:\n        pass\n    except E:\n        g()\n"), "f")
                ->stacksize,
            4);
}

TEST(Codegen, DecoratorsAndDefaults) {
  auto code = compile("@d1\n@d2\ndef f(a, b=1, *, c=2):\n    pass\n");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_NAME 0", "LOAD_NAME 1", "LOAD_CONST 1", "LOAD_CONST 2",
                   "LOAD_CONST 3", "BUILD_CONST_KEY_MAP 1", "LOAD_CONST 4", "MAKE_FUNCTION 3",
                   "CALL 0", "CALL 0", "STORE_NAME 2", "LOAD_CONST 5", "RETURN_VALUE"}));
  EXPECT_EQ(find(code, "f")->first_line, 1);  // the first decorator's line
}

TEST(Codegen, InteractiveModePrintsExpressions) {
  CompileOptions options;
  options.interactive = true;
  EXPECT_EQ(instructions(*compile("1 + x\n", options)),
            (Lines{"RESUME 0", "LOAD_CONST 0", "LOAD_NAME 0", "BINARY_OP 0", "PRINT_EXPR",
                   "LOAD_CONST 1", "RETURN_VALUE"}));
}

TEST(Codegen, EvalModeReturnsTheExpression) {
  lexer::Source source("<string>", "x + 1\n");
  parser::Arena arena;
  auto code = compile_expression(parser::parse_expression(source, arena), source);
  EXPECT_EQ(code->name, "<module>");
  EXPECT_EQ(instructions(*code),
            (Lines{"RESUME 0", "LOAD_NAME 0", "LOAD_CONST 0", "BINARY_OP 0", "RETURN_VALUE"}));
}

TEST(Codegen, SingleModePrintsExpressionStatements) {
  lexer::Source source("<stdin>", "x = 1; x\n");
  parser::Arena arena;
  auto code = compile_interactive(parser::parse_interactive(source, arena), source);
  EXPECT_EQ(instructions(*code), (Lines{"RESUME 0", "LOAD_CONST 0", "STORE_NAME 0", "LOAD_NAME 0",
                                        "PRINT_EXPR", "LOAD_CONST 1", "RETURN_VALUE"}));
}

TEST(Codegen, TopLevelAwaitMakesTheModuleACoroutine) {
  CompileOptions options;
  options.allow_top_level_await = true;
  auto code = compile("await x\n", options);
  EXPECT_EQ(code->flags, kCoroutine);
  EXPECT_EQ(instructions(*code)[0], "RETURN_GENERATOR");
}

TEST(Codegen, FutureAnnotationsAreStrings) {
  auto code =
      find(compile("from __future__ import annotations\ndef f(x: list[int] | None) -> 'T':\n"
                   "    pass\n"),
           "f");
  ASSERT_NE(code, nullptr);
  auto module = compile("from __future__ import annotations\nx: dict[str, int]\n");
  bool found = false;
  for (const Constant& constant : module->consts) {
    if (auto* text = std::get_if<std::string>(&constant.value)) found |= *text == "dict[str, int]";
  }
  EXPECT_TRUE(found);
}

struct ErrorCase {
  const char* source;
  const char* message;
  int line, column;
};

TEST(Codegen, CompileTimeErrors) {
  const ErrorCase cases[] = {
      {"return 1\n", "'return' outside function", 1, 0},
      {"class C:\n    yield\n", "'yield' outside function", 2, 4},
      {"await x\n", "'await' outside function", 1, 0},
      {"def f():\n    await x\n", "'await' outside async function", 2, 4},
      {"def f():\n    async with x:\n        pass\n", "'async with' outside async function", 2, 4},
      {"def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2,
       4},
      {"def f():\n    [x async for x in y]\n",
       "asynchronous comprehension outside of an asynchronous function", 2, 4},
      {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3,
       4},
      {"async def f():\n    yield from x\n", "'yield from' inside async function", 2, 4},
      {"break\n", "'break' outside loop", 1, 0},
      {"def f():\n    continue\n", "'continue' not properly in loop", 2, 4},
      {"*a = b\n", "starred assignment target must be in a list or tuple", 1, 0},
      {"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 0},
      {"x = *a\n", "can't use starred expression here", 1, 4},
      {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 7},
      {"__debug__ = 1\n", "cannot assign to __debug__", 1, 0},
      {"for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
       "'break', 'continue' and 'return' cannot appear in an except* block", 5, 8},
      {"import os\nfrom __future__ import annotations\n",
       "from __future__ imports must occur at the beginning of the file", 2, 0},
  };
  for (const ErrorCase& c : cases) {
    try {
      compile(c.source);
      ADD_FAILURE() << "no SyntaxError for:\n" << c.source;
    } catch (const lexer::SyntaxError& error) {
      EXPECT_EQ(error.message, c.message) << c.source;
      EXPECT_EQ(error.line, c.line) << c.source;
      EXPECT_EQ(error.column, c.column) << c.source;
    }
  }
}

TEST(Codegen, TooManyStaticallyNestedBlocks) {
  std::string source;
  for (int i = 0; i < 21; ++i)
    source += std::string(4 * i, ' ') + "while x:\n";
  source += std::string(4 * 21, ' ') + "pass\n";
  try {
    compile(source);
    ADD_FAILURE() << "no SyntaxError";
  } catch (const lexer::SyntaxError& error) {
    EXPECT_EQ(error.message, "too many statically nested blocks");
    EXPECT_EQ(error.line, 21);
  }
}

TEST(Disassembler, ListingLayoutMatchesCPython) {
  auto code = compile("def f(x):\n    if x:\n        return 1\n    return 2\n");
  std::string expected =
      "  0           0 RESUME                   0\n"
      "\n"
      "  1           2 LOAD_CONST               0 (<code object f at 0x2, file \"test.py\", line "
      "1>)\n"
      "              4 MAKE_FUNCTION            0\n"
      "              6 STORE_NAME               0 (f)\n"
      "              8 LOAD_CONST               1 (None)\n"
      "             10 RETURN_VALUE\n"
      "\n"
      "Disassembly of <code object f at 0x2, file \"test.py\", line 1>:\n"
      "  1           0 RESUME                   0\n"
      "\n"
      "  2           2 LOAD_FAST                0 (x)\n"
      "              4 POP_JUMP_FORWARD_IF_FALSE     2 (to 10)\n"
      "\n"
      "  3           6 LOAD_CONST               1 (1)\n"
      "              8 RETURN_VALUE\n"
      "\n"
      "  4     >>   10 LOAD_CONST               2 (2)\n"
      "             12 RETURN_VALUE\n";
  EXPECT_EQ(disassemble_recursive(*code), expected);
}

TEST(Disassembler, ExceptionTableSection) {
  auto code = find(compile("def f():\n    try:\n        g()\n    finally:\n        h()\n"), "f");
  std::string listing = disassemble(*code);
  EXPECT_NE(listing.find("ExceptionTable:\n  4 to 8 -> 20 [0]\n  20 to 28 -> 30 [1] lasti\n"),
            std::string::npos)
      << listing;
  EXPECT_NE(listing.find("LOAD_GLOBAL              1 (NULL + g)"), std::string::npos);
  EXPECT_NE(listing.find(">>   30 COPY                     3"), std::string::npos) << listing;
}

}  // namespace
}  // namespace eddy::compiler

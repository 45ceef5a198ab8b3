// CodeUnit: what the compiler produces for one function, class body,
// comprehension or module — bytecode plus every table the VM needs to run
// it. It is plain C++ data, independent of the VM's heap, so the compiler can
// be tested and disassembled on its own; the VM turns a CodeUnit into a code
// object (vm/code.h) when it loads a module.
//
// Fields follow CPython 3.11's code objects (co_consts, co_names, ...).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace eddy::compiler {

// The opcodes, numbered in the order of vm/opcodes.def.
enum class Opcode : uint8_t {
#define OPCODE(name, operand, pops, pushes) name,
#include "vm/opcodes.def"
};

// One instruction is one 32-bit word: the opcode in the low 8 bits and the
// argument in the high 24. (CPython uses 16-bit units and EXTENDED_ARG;
// 24 bits of argument make EXTENDED_ARG unnecessary.)
using Instruction = uint32_t;

constexpr Instruction make_instruction(Opcode op, uint32_t arg = 0) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Opcode opcode_of(Instruction instruction) {
  return static_cast<Opcode>(instruction & 0xFF);
}
constexpr uint32_t argument_of(Instruction instruction) { return instruction >> 8; }

// "LOAD_FAST", ... as CPython spells the opcode.
constexpr std::string_view opcode_name(Opcode op) {
  constexpr std::string_view kNames[] = {
#define OPCODE(name, operand, pops, pushes) #name,
#include "vm/opcodes.def"
  };
  return kNames[static_cast<int>(op)];
}

struct CodeUnit;

// A compile-time constant (an entry of co_consts).
struct Constant {
  struct None {};
  struct Ellipsis {};
  struct BigInt {
    std::string decimal;  // an int beyond 64 bits, in decimal
  };
  struct Imaginary {
    double imag;
  };
  struct Bytes {
    std::string bytes;
  };
  using Tuple = std::vector<Constant>;
  // A set display's constant items, as CPython folds `{1, 2, 3}`: loaded
  // as a frozenset built from them in this order.
  struct FrozenSet {
    Tuple items;
  };

  std::variant<None, Ellipsis, bool, int64_t, BigInt, double, Imaginary, std::string, Bytes, Tuple,
               FrozenSet, std::shared_ptr<CodeUnit>>
      value;
};

// A try block's handler: instructions [start, end) jump to `handler` when an
// exception is raised, with the value stack cut to `depth` entries (plus the
// exception). With `push_lasti`, the raising instruction's offset is pushed
// first (used by `finally` and `with` to re-raise correctly).
struct ExceptionTableEntry {
  uint32_t start;
  uint32_t end;
  uint32_t handler;
  uint32_t depth;
  bool push_lasti;
};

// The source position of one instruction, as CPython's co_positions().
struct SourceSpan {
  int line = 0;
  int end_line = 0;
  int column = 0;      // UTF-8 byte offset, like ast col_offset
  int end_column = 0;
};

// co_flags bits, with CPython's values.
enum CodeFlags : uint32_t {
  kOptimized = 0x0001,
  kNewLocals = 0x0002,
  kVarArgs = 0x0004,
  kVarKeywords = 0x0008,
  kNested = 0x0010,
  kGenerator = 0x0020,
  kNoFree = 0x0040,
  kCoroutine = 0x0080,
  kIterableCoroutine = 0x0100,
  kAsyncGenerator = 0x0200,
};

struct CodeUnit {
  std::string name;        // co_name
  std::string qualname;    // co_qualname
  std::string filename;    // co_filename
  int first_line = 1;      // co_firstlineno

  int argcount = 0;             // positional parameters, positional-only included
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;           // CodeFlags
  int stacksize = 0;            // the deepest the value stack gets

  std::vector<Instruction> code;
  std::vector<SourceSpan> positions;  // one per instruction
  std::vector<Constant> consts;
  std::vector<std::string> names;     // co_names: globals, attributes, imports
  std::vector<std::string> varnames;  // co_varnames: parameters first, then locals
  std::vector<std::string> cellvars;  // locals that inner functions capture
  std::vector<std::string> freevars;  // variables captured from outer functions
  std::vector<ExceptionTableEntry> exception_table;
};

}  // namespace eddy::compiler

// The disassembler (see disassembler.h). Operand meanings come from the
// OPERAND column of vm/opcodes.def.
#include "compiler/disassembler.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>
#include <vector>

#include "parser/python_repr.h"
#include "vm/operators.h"

namespace eddy::compiler {

namespace {

enum class Operand : uint8_t {
  None,
  Const,
  Name,
  Local,
  Cell,
  Count,
  Jump,
  JumpBack,
  Compare,
  BinaryOp,
  Other
};

Operand operand_of(Opcode op) {
  switch (op) {
#define OPCODE(name, operand, pops, pushes) \
  case Opcode::name:                        \
    return Operand::operand;
#include "vm/opcodes.def"
  }
  return Operand::None;
}

// Byte offsets, as CPython counts them: two per instruction.
constexpr uint32_t kInstructionSize = 2;

class Disassembler {
 public:
  explicit Disassembler(const CodeUnit& root) { number(root); }

  std::string code_repr(const CodeUnit& code) const {
    char address[32];
    std::snprintf(address, sizeof address, "0x%x", numbers_.at(&code));
    return "<code object " + code.name + " at " + address + ", file \"" + code.filename +
           "\", line " + std::to_string(code.first_line) + ">";
  }

  std::string listing(const CodeUnit& code) const;

  void recursive_listing(const CodeUnit& code, std::string& out) const {
    out += listing(code);
    for (const Constant& constant : code.consts) {
      if (auto* nested = std::get_if<std::shared_ptr<CodeUnit>>(&constant.value)) {
        out += "\nDisassembly of " + code_repr(**nested) + ":\n";
        recursive_listing(**nested, out);
      }
    }
  }

 private:
  void number(const CodeUnit& code) {
    numbers_.emplace(&code, static_cast<unsigned>(numbers_.size()) + 1);
    for (const Constant& constant : code.consts) {
      if (auto* nested = std::get_if<std::shared_ptr<CodeUnit>>(&constant.value)) number(**nested);
    }
  }

  std::string constant_repr(const Constant& constant) const;
  std::string argument_repr(const CodeUnit& code, size_t index) const;

  std::unordered_map<const CodeUnit*, unsigned> numbers_;
};

std::string Disassembler::constant_repr(const Constant& constant) const {
  struct Repr {
    const Disassembler& self;
    std::string operator()(Constant::None) const { return "None"; }
    std::string operator()(Constant::Ellipsis) const { return "Ellipsis"; }
    std::string operator()(bool value) const { return value ? "True" : "False"; }
    std::string operator()(int64_t value) const { return std::to_string(value); }
    std::string operator()(const Constant::BigInt& value) const { return value.decimal; }
    std::string operator()(double value) const { return parser::repr_float(value); }
    std::string operator()(const Constant::Imaginary& value) const {
      return parser::repr_imaginary(value.imag);
    }
    std::string operator()(const std::string& value) const { return parser::repr_str(value); }
    std::string operator()(const Constant::Bytes& value) const {
      return parser::repr_bytes(value.bytes);
    }
    std::string operator()(const Constant::Tuple& items) const {
      std::string text = "(";
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += ", ";
        text += self.constant_repr(items[i]);
      }
      return text + (items.size() == 1 ? ",)" : ")");
    }
    std::string operator()(const Constant::FrozenSet& set) const {
      std::string text = "frozenset({";
      for (size_t i = 0; i < set.items.size(); ++i) {
        if (i > 0) text += ", ";
        text += self.constant_repr(set.items[i]);
      }
      return text + "})";
    }
    std::string operator()(const std::shared_ptr<CodeUnit>& code) const {
      return self.code_repr(*code);
    }
  };
  return std::visit(Repr{*this}, constant.value);
}

uint32_t jump_target(Opcode op, size_t index, uint32_t arg) {
  uint32_t next = static_cast<uint32_t>(index) + 1;
  return operand_of(op) == Operand::JumpBack ? next - arg : next + arg;
}

// The "(...)" part of a line: what the argument means.
std::string Disassembler::argument_repr(const CodeUnit& code, size_t index) const {
  Instruction instruction = code.code[index];
  Opcode op = opcode_of(instruction);
  uint32_t arg = argument_of(instruction);
  switch (operand_of(op)) {
    case Operand::Const:
      // CPython 3.11's dis shows KW_NAMES without its names.
      if (op == Opcode::KW_NAMES) return "";
      return constant_repr(code.consts[arg]);
    case Operand::Name:
      if (op == Opcode::LOAD_GLOBAL) {
        return ((arg & 1) ? "NULL + " : "") + code.names[arg >> 1];
      }
      return code.names[arg];
    case Operand::Local:
      return code.varnames[arg];
    case Operand::Cell:
      return arg < code.cellvars.size() ? code.cellvars[arg]
                                        : code.freevars[arg - code.cellvars.size()];
    case Operand::Jump:
    case Operand::JumpBack:
      return "to " + std::to_string(jump_target(op, index, arg) * kInstructionSize);
    case Operand::Compare:
      return std::string(vm::symbol_of(static_cast<vm::CompareOp>(arg)));
    case Operand::BinaryOp:
      return std::string(vm::symbol_of(static_cast<vm::BinaryOp>(arg)));
    case Operand::Other:
      if (op == Opcode::FORMAT_VALUE) {
        static constexpr const char* kConversions[] = {"", "str", "repr", "ascii"};
        std::string text = kConversions[arg & 3];
        if (arg & 4) text += text.empty() ? "with format" : ", with format";
        return text;
      }
      if (op == Opcode::MAKE_FUNCTION) {
        static constexpr const char* kFlags[] = {"defaults", "kwdefaults", "annotations",
                                                 "closure"};
        std::string text;
        for (int bit = 0; bit < 4; ++bit) {
          if (!(arg & (1u << bit))) continue;
          if (!text.empty()) text += ", ";
          text += kFlags[bit];
        }
        return text;
      }
      return "";
    case Operand::None:
    case Operand::Count:
      return "";
  }
  return "";
}

std::string pad_left(const std::string& text, size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}
std::string pad_right(const std::string& text, size_t width) {
  return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string Disassembler::listing(const CodeUnit& code) const {
  size_t count = code.code.size();
  // Line starts: the first instruction of each run of a new line.
  std::vector<int> starts_line(count, -1);
  int last_line = -1;
  bool any_line = false;
  int max_line = 0;
  for (size_t i = 0; i < count; ++i) {
    int line = code.positions[i].line;
    if (line >= 0 && line != last_line) {
      starts_line[i] = line;
      last_line = line;
      any_line = true;
      max_line = std::max(max_line, line);
    }
  }
  size_t line_width = !any_line ? 0 : max_line >= 1000 ? std::to_string(max_line).size() : 3;
  size_t max_offset = count == 0 ? 0 : (count - 1) * kInstructionSize;
  size_t offset_width = max_offset >= 10000 ? std::to_string(max_offset).size() : 4;

  std::set<uint32_t> targets;
  for (size_t i = 0; i < count; ++i) {
    Opcode op = opcode_of(code.code[i]);
    Operand operand = operand_of(op);
    if (operand == Operand::Jump || operand == Operand::JumpBack) {
      targets.insert(jump_target(op, i, argument_of(code.code[i])));
    }
  }
  for (const ExceptionTableEntry& entry : code.exception_table)
    targets.insert(entry.handler);

  std::string out;
  for (size_t i = 0; i < count; ++i) {
    Opcode op = opcode_of(code.code[i]);
    if (starts_line[i] >= 0 && i > 0) out += "\n";
    std::string line;
    if (line_width) {
      line += starts_line[i] >= 0 ? pad_left(std::to_string(starts_line[i]), line_width)
                                  : std::string(line_width, ' ');
      line += " ";
    }
    line += "   ";
    line += targets.count(static_cast<uint32_t>(i)) ? " >>" : "   ";
    line += " " + pad_left(std::to_string(i * kInstructionSize), offset_width);
    line += " " + pad_right(std::string(opcode_name(op)), 20);
    if (operand_of(op) != Operand::None) {
      line += " " + pad_left(std::to_string(argument_of(code.code[i])), 5);
      std::string meaning = argument_repr(code, i);
      if (!meaning.empty()) line += " (" + meaning + ")";
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line + "\n";
  }
  if (!code.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& entry : code.exception_table) {
      out += "  " + std::to_string(entry.start * kInstructionSize) + " to " +
             std::to_string((entry.end - 1) * kInstructionSize) + " -> " +
             std::to_string(entry.handler * kInstructionSize) + " [" + std::to_string(entry.depth) +
             "]" + (entry.push_lasti ? " lasti" : "") + "\n";
    }
  }
  return out;
}

}  // namespace

std::string disassemble(const CodeUnit& code) {
  return Disassembler(code).listing(code);
}

std::string disassemble_recursive(const CodeUnit& code) {
  std::string out;
  Disassembler(code).recursive_listing(code, out);
  return out;
}

}  // namespace eddy::compiler

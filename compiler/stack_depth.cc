// How deep the value stack gets: a walk over every path through the code,
// with each instruction's effect taken from vm/opcodes.def. The same walk
// finds the unreachable instructions (never visited) and the depth at which
// each exception handler is entered, which the exception table records.
#include <stdexcept>
#include <string>

#include "compiler/assembler.h"

namespace eddy::compiler {

int stack_pops(Opcode op, uint32_t arg, bool branch) {
  switch (op) {
#define OPCODE(name, operand, pops, pushes) \
  case Opcode::name:                        \
    return static_cast<int>(pops);
#define JUMP(name, operand, pops, pushes, jump_pops, jump_pushes) \
  case Opcode::name:                                              \
    return static_cast<int>(branch ? (jump_pops) : (pops));
#include "vm/opcodes.def"
  }
  (void)arg;
  return 0;
}

int stack_pushes(Opcode op, uint32_t arg, bool branch) {
  switch (op) {
#define OPCODE(name, operand, pops, pushes) \
  case Opcode::name:                        \
    return static_cast<int>(pushes);
#define JUMP(name, operand, pops, pushes, jump_pops, jump_pushes) \
  case Opcode::name:                                              \
    return static_cast<int>(branch ? (jump_pushes) : (pushes));
#include "vm/opcodes.def"
  }
  (void)arg;
  return 0;
}

bool is_jump(Opcode op) {
  switch (op) {
#define OPCODE(name, operand, pops, pushes) \
  case Opcode::name:                        \
    return false;
#define JUMP(name, operand, pops, pushes, jump_pops, jump_pushes) \
  case Opcode::name:                                              \
    return true;
#include "vm/opcodes.def"
  }
  return false;
}

namespace {

// What a handler finds on the stack beyond the depth at its setup: the
// exception, and for Cleanup and With the offset of the raising
// instruction below it. With also drops the __enter__ result.
int handler_entry_growth(HandlerKind kind) {
  switch (kind) {
    case HandlerKind::Finally:
      return 1;
    case HandlerKind::Cleanup:
      return 2;
    case HandlerKind::With:
      return 1;
  }
  return 0;
}

}  // namespace

// Every path must reach an instruction with the same depth; a mismatch is
// a bug in the code generator, not in the program being compiled.
void Assembler::compute_stack_depths() {
  depths_.assign(code_.size(), -1);
  handler_depths_.assign(handlers_.size(), -1);
  max_depth_ = 0;
  std::vector<size_t> worklist;
  auto reach = [&](int index, int depth) {
    if (index < 0 || index >= static_cast<int>(code_.size())) {
      throw std::logic_error("control flows past the end of the code");
    }
    if (depth < 0) throw std::logic_error("stack underflow at " + std::to_string(index));
    if (depth > max_depth_) max_depth_ = depth;
    if (depths_[index] < 0) {
      depths_[index] = depth;
      worklist.push_back(index);
    } else if (depths_[index] != depth) {
      throw std::logic_error("inconsistent stack depth at " + std::to_string(index));
    }
  };
  if (!code_.empty()) reach(0, 0);
  while (!worklist.empty()) {
    size_t index = worklist.back();
    worklist.pop_back();
    const Pending& instruction = code_[index];
    int depth = depths_[index];
    int next = static_cast<int>(index) + 1;
    if (instruction.setup >= 0) {
      const Handler& handler = handlers_[instruction.setup];
      int entry = depth + handler_entry_growth(handler.kind);
      handler_depths_[instruction.setup] = entry;
      reach(label_positions_[handler.target.id], entry);
      reach(next, depth);
      continue;
    }
    Opcode op = instruction.op;
    if (is_jump(op)) {
      reach(label_positions_[instruction.target.id], depth - stack_pops(op, instruction.arg, true) +
                                                         stack_pushes(op, instruction.arg, true));
    }
    if (!is_unconditional_exit(op)) {
      reach(next, depth - stack_pops(op, instruction.arg, false) +
                      stack_pushes(op, instruction.arg, false));
    }
  }
}

}  // namespace eddy::compiler

// Assembly of one code object: labels, handler setups and the clean-up
// passes that turn the generator's straightforward output into the compact
// code CPython 3.11 produces (see assembler.h). Stack depths live in
// stack_depth.cc and the exception table in exception_table.cc.
#include "compiler/assembler.h"

#include <stdexcept>

namespace eddy::compiler {

namespace {

// A jump's backward spelling; the one-way jumps have none.
Opcode backward_variant(Opcode op) {
  switch (op) {
    case Opcode::JUMP_FORWARD:
      return Opcode::JUMP_BACKWARD;
    case Opcode::POP_JUMP_FORWARD_IF_FALSE:
      return Opcode::POP_JUMP_BACKWARD_IF_FALSE;
    case Opcode::POP_JUMP_FORWARD_IF_TRUE:
      return Opcode::POP_JUMP_BACKWARD_IF_TRUE;
    case Opcode::POP_JUMP_FORWARD_IF_NONE:
      return Opcode::POP_JUMP_BACKWARD_IF_NONE;
    case Opcode::POP_JUMP_FORWARD_IF_NOT_NONE:
      return Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE;
    default:
      throw std::logic_error("a one-way jump goes backward");
  }
}

bool is_backward(Opcode op) {
  switch (op) {
    case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
    case Opcode::POP_JUMP_BACKWARD_IF_FALSE:
    case Opcode::POP_JUMP_BACKWARD_IF_TRUE:
    case Opcode::POP_JUMP_BACKWARD_IF_NONE:
    case Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

bool is_threadable(Opcode op) {
  switch (op) {
    case Opcode::JUMP_FORWARD:
    case Opcode::POP_JUMP_FORWARD_IF_FALSE:
    case Opcode::POP_JUMP_FORWARD_IF_TRUE:
    case Opcode::POP_JUMP_FORWARD_IF_NONE:
    case Opcode::POP_JUMP_FORWARD_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool is_unconditional_exit(Opcode op) {
  switch (op) {
    case Opcode::JUMP_FORWARD:
    case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
    case Opcode::RETURN_VALUE:
    case Opcode::RAISE_VARARGS:
    case Opcode::RERAISE:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Emission

Label Assembler::new_label() {
  label_positions_.push_back(-1);
  return Label{static_cast<int>(label_positions_.size()) - 1};
}

void Assembler::bind(Label label) {
  label_positions_[label.id] = static_cast<int>(code_.size());
  last_label_position_ = static_cast<int>(code_.size());
}

// One peephole happens here: PUSH_NULL; LOAD_GLOBAL x becomes
// LOAD_GLOBAL x with its low bit set, which pushes the NULL itself.
void Assembler::emit(Opcode op, uint32_t arg, const SourceSpan& where) {
  if (op == Opcode::LOAD_GLOBAL && !(arg & 1) && !code_.empty() &&
      code_.back().op == Opcode::PUSH_NULL &&
      last_label_position_ < static_cast<int>(code_.size())) {
    code_.back().op = Opcode::NOP;
    arg |= 1;
  }
  int handler = handler_stack_.empty() ? -1 : handler_stack_.back();
  code_.push_back(Pending{op, arg, Label{}, where, handler});
}

void Assembler::emit_jump(Opcode op, Label target, const SourceSpan& where) {
  emit(op, 0, where);
  code_.back().target = target;
}

void Assembler::push_handler(HandlerKind kind, Label handler, const SourceSpan& where) {
  handlers_.push_back(Handler{handler, kind});
  emit(Opcode::NOP, 0, where);
  code_.back().target = handler;
  code_.back().setup = static_cast<int>(handlers_.size()) - 1;
  handler_stack_.push_back(static_cast<int>(handlers_.size()) - 1);
}

void Assembler::pop_handler() {
  handler_stack_.pop_back();
}

std::optional<std::vector<uint32_t>> Assembler::take_trailing_constants(uint32_t count) {
  std::vector<size_t> loads;
  for (size_t i = code_.size(); i-- > 0 && loads.size() < count;) {
    if (static_cast<int>(i) < last_label_position_) return std::nullopt;
    if (code_[i].op == Opcode::LOAD_CONST) {
      loads.push_back(i);
    } else if (code_[i].op != Opcode::NOP || code_[i].setup >= 0) {
      return std::nullopt;
    }
  }
  if (loads.size() < count) return std::nullopt;
  std::vector<uint32_t> constants;
  for (size_t k = loads.size(); k-- > 0;) {
    constants.push_back(code_[loads[k]].arg);
    code_[loads[k]].op = Opcode::NOP;
    code_[loads[k]].arg = 0;
  }
  return constants;
}

bool Assembler::ends_path() const {
  return !code_.empty() && last_label_position_ < static_cast<int>(code_.size()) &&
         is_unconditional_exit(code_.back().op);
}

// ---------------------------------------------------------------------------
// Assembly

void Assembler::assemble(CodeUnit& unit) {
  thread_jumps();
  inline_exit_blocks();
  compute_stack_depths();
  remove_unreachable_code();
  duplicate_exits_without_location();
  compute_stack_depths();
  propagate_locations();
  // Removing a jump can make a NOP redundant and the other way round.
  for (size_t before = code_.size() + 1; code_.size() != before;) {
    before = code_.size();
    remove_jumps_to_next();
    remove_redundant_nops();
  }
  lay_out(unit);
  build_exception_table(unit);
  unit.stacksize = max_depth_;
}

// A jump to an unconditional jump on the same line goes straight to that
// jump's target (CPython's jump_thread).
void Assembler::thread_jumps() {
  for (Pending& instruction : code_) {
    if (!is_threadable(instruction.op) || instruction.setup >= 0) continue;
    for (int hops = 0; hops < 64; ++hops) {
      int position = label_positions_[instruction.target.id];
      if (position >= static_cast<int>(code_.size())) break;
      const Pending& target = code_[position];
      if (target.op != Opcode::JUMP_FORWARD || target.setup >= 0) break;
      if (target.target.id == instruction.target.id) break;
      if (target.where.line != instruction.where.line) break;
      instruction.target = target.target;
    }
  }
}

// Which instructions start a basic block because something jumps there
// (a jump, or the exception table for a handler).
std::vector<bool> Assembler::jump_targets() const {
  std::vector<bool> targets(code_.size() + 1);
  for (const Pending& instruction : code_) {
    if (instruction.target.is_valid()) targets[label_positions_[instruction.target.id]] = true;
  }
  for (const Handler& handler : handlers_) {
    int position = label_positions_[handler.target.id];
    if (position >= 0) targets[position] = true;
  }
  return targets;
}

// Where basic blocks start: at jump targets and handlers, and after
// jumps and exits.
std::vector<bool> Assembler::block_starts() const {
  std::vector<bool> starts = jump_targets();
  starts[0] = true;
  for (size_t i = 0; i < code_.size(); ++i) {
    if (is_jump(code_[i].op) || is_unconditional_exit(code_[i].op)) starts[i + 1] = true;
  }
  return starts;
}

size_t Assembler::block_end(size_t begin, const std::vector<bool>& starts) const {
  size_t end = begin + 1;
  while (end < code_.size() && !starts[end])
    ++end;
  return end;
}

// How many places each instruction can be reached from: jumps and handler
// setups that target it, and the instruction before it if that falls
// through.
std::vector<int> Assembler::predecessor_counts() const {
  std::vector<int> counts(code_.size() + 1);
  if (!code_.empty()) counts[0] = 1;
  for (size_t i = 0; i < code_.size(); ++i) {
    const Pending& instruction = code_[i];
    if (instruction.target.is_valid()) ++counts[label_positions_[instruction.target.id]];
    if (!is_unconditional_exit(instruction.op)) ++counts[i + 1];
  }
  return counts;
}

bool Assembler::is_exit_block(size_t end) const {
  Opcode last = code_[end - 1].op;
  return last == Opcode::RETURN_VALUE || last == Opcode::RAISE_VARARGS || last == Opcode::RERAISE;
}

// Puts `instructions` before position `at`; labels there and after move
// with the instructions they pointed to.
void Assembler::insert(size_t at, const std::vector<Pending>& instructions) {
  code_.insert(code_.begin() + static_cast<long>(at), instructions.begin(), instructions.end());
  for (int& position : label_positions_) {
    if (position >= static_cast<int>(at)) position += static_cast<int>(instructions.size());
  }
}

// A jump to a short block that returns or raises, and has no position of
// its own, is replaced by a copy of that block (CPython's extend_block):
// the implicit `return None` at the end of a function is then reached
// without a jump. The copy runs under the
// jump's handler, since it is reached from there.
void Assembler::inline_exit_blocks() {
  constexpr size_t kMaxCopySize = 4;
  std::vector<bool> starts = block_starts();
  for (size_t i = 0; i < code_.size(); ++i) {
    Pending& jump = code_[i];
    if (jump.op != Opcode::JUMP_FORWARD) continue;
    size_t target = static_cast<size_t>(label_positions_[jump.target.id]);
    if (target >= code_.size()) continue;
    size_t end = block_end(target, starts);
    if (end - target > kMaxCopySize || !is_exit_block(end)) continue;
    bool has_location = false;
    for (size_t k = target; k < end; ++k)
      has_location = has_location || code_[k].where.line >= 0;
    if (has_location) continue;
    std::vector<Pending> copy(code_.begin() + static_cast<long>(target),
                              code_.begin() + static_cast<long>(end));
    for (Pending& instruction : copy)
      instruction.handler = jump.handler;
    jump.op = Opcode::NOP;
    jump.target = Label{};
    insert(i + 1, copy);
    starts = block_starts();
  }
}

// An exit block without any position that several places jump to gets a
// copy for each jump, placed after it, which takes the jump's position
// (CPython's duplicate_exits_without_lineno): each return then reports
// the line it belongs to.
void Assembler::duplicate_exits_without_location() {
  auto without_location = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (code_[i].where.line >= 0) return false;
    }
    return is_exit_block(end);
  };
  // Later jumps first, as CPython visits its blocks newest first.
  std::vector<bool> starts = block_starts();
  std::vector<int> predecessors = predecessor_counts();
  for (size_t i = code_.size(); i-- > 0;) {
    if (!is_jump(code_[i].op)) continue;
    size_t target = static_cast<size_t>(label_positions_[code_[i].target.id]);
    size_t end = block_end(target, starts);
    if (predecessors[target] <= 1 || !without_location(target, end)) continue;
    std::vector<Pending> copy(code_.begin() + static_cast<long>(target),
                              code_.begin() + static_cast<long>(end));
    for (Pending& instruction : copy)
      instruction.handler = code_[i].handler;
    copy[0].where = code_[i].where;
    insert(end, copy);
    Label label = new_label();
    label_positions_[label.id] = static_cast<int>(end);
    code_[i < end ? i : i + copy.size()].target = label;
    starts = block_starts();
    predecessors = predecessor_counts();
  }
  // An exit block without positions left is entered by falling into it.
  for (size_t i = 1; i < code_.size(); ++i) {
    if (starts[i] && !is_unconditional_exit(code_[i - 1].op) &&
        without_location(i, block_end(i, starts))) {
      code_[i].where = code_[i - 1].where;
    }
  }
}

// Drops the instructions whose `keep` is false; labels move to the next
// instruction kept.
void Assembler::keep_only(const std::vector<bool>& keep) {
  std::vector<int> new_position(code_.size() + 1);
  std::vector<Pending> kept;
  std::vector<int> kept_depths;
  for (size_t i = 0; i < code_.size(); ++i) {
    new_position[i] = static_cast<int>(kept.size());
    if (keep[i]) {
      kept.push_back(code_[i]);
      kept_depths.push_back(depths_[i]);
    }
  }
  new_position[code_.size()] = static_cast<int>(kept.size());
  for (int& position : label_positions_) {
    if (position >= 0) position = new_position[position];
  }
  code_ = std::move(kept);
  depths_ = std::move(kept_depths);
}

void Assembler::remove_unreachable_code() {
  std::vector<bool> keep(code_.size());
  for (size_t i = 0; i < code_.size(); ++i)
    keep[i] = depths_[i] >= 0;
  keep_only(keep);
}

void Assembler::remove_jumps_to_next() {
  for (size_t i = 0; i < code_.size(); ++i) {
    Pending& instruction = code_[i];
    if (instruction.op == Opcode::JUMP_FORWARD && instruction.setup < 0 &&
        label_positions_[instruction.target.id] == static_cast<int>(i) + 1) {
      instruction.op = Opcode::NOP;
      instruction.target = Label{};
    }
  }
}

// Positions for artificial instructions (CPython's propagate_line_numbers):
// within a basic block they take the position of the instruction before;
// a block entered from one place only takes the position that place ends
// with.
void Assembler::propagate_locations() {
  std::vector<bool> starts = block_starts();
  std::vector<int> predecessors = predecessor_counts();
  size_t size = code_.size();
  for (size_t begin = 0; begin < size;) {
    size_t end = block_end(begin, starts);
    SourceSpan last = kNoLocation;
    for (size_t i = begin; i < end; ++i) {
      if (code_[i].where.line < 0) {
        code_[i].where = last;
      } else {
        last = code_[i].where;
      }
    }
    const Pending& final = code_[end - 1];
    if (end < size && !is_unconditional_exit(final.op) && predecessors[end] == 1 &&
        code_[end].where.line < 0) {
      code_[end].where = last;
    }
    if (is_jump(final.op)) {
      int target = label_positions_[final.target.id];
      if (predecessors[target] == 1 && code_[target].where.line < 0) code_[target].where = last;
    }
    begin = end;
  }
}

// A NOP survives only when it is the one instruction that carries its line
// (CPython keeps `try:` and `pass` lines visible to tracing that way).
void Assembler::remove_redundant_nops() {
  std::vector<bool> keep(code_.size(), true);
  std::vector<bool> targets = jump_targets();
  int previous_line = -1;
  for (size_t i = 0; i < code_.size(); ++i) {
    Pending& instruction = code_[i];
    bool starts_block =
        i == 0 || targets[i] || is_jump(code_[i - 1].op) || is_unconditional_exit(code_[i - 1].op);
    if (starts_block) previous_line = -1;
    int line = instruction.where.line;
    if (instruction.op == Opcode::NOP) {
      if (line < 0 || line == previous_line) {
        keep[i] = false;
        continue;
      }
      if (i + 1 < code_.size()) {
        Pending& next = code_[i + 1];
        if (next.where.line == line) {
          keep[i] = false;
          continue;
        }
        if (next.where.line < 0 && !targets[i + 1]) {
          next.where = instruction.where;
          keep[i] = false;
          continue;
        }
      }
    }
    previous_line = line;
  }
  keep_only(keep);
}

void Assembler::lay_out(CodeUnit& unit) {
  unit.code.clear();
  unit.positions.clear();
  for (size_t i = 0; i < code_.size(); ++i) {
    Pending& instruction = code_[i];
    uint32_t arg = instruction.arg;
    Opcode op = instruction.op;
    if (instruction.setup >= 0) {
      op = Opcode::NOP;  // a setup that carries the only mention of its line
      arg = 0;
    } else if (is_jump(op)) {
      int target = label_positions_[instruction.target.id];
      int next = static_cast<int>(i) + 1;
      if (target < next && !is_backward(op)) op = backward_variant(op);
      if (is_backward(op)) {
        arg = static_cast<uint32_t>(next - target);
      } else {
        arg = static_cast<uint32_t>(target - next);
      }
      instruction.op = op;
    }
    unit.code.push_back(make_instruction(op, arg));
    unit.positions.push_back(instruction.where);
  }
}

}  // namespace eddy::compiler

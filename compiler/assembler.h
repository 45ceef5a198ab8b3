// The instruction list of one code object while the code generator fills
// it, and its assembly into the final CodeUnit tables: bytecode with
// resolved relative jumps, positions, the exception table and the stack
// size. The code generator owns the meaning of the code; this file only
// owns its shape.
//
// Two things here are not real instructions:
//   - Labels: jump targets, bound to "the next instruction emitted".
//   - Handler setups: CPython's SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH
//     pseudo-instructions. A setup marks where a protected region starts
//     (so the stack depth there is known) and names its handler. Every
//     instruction emitted while a handler is on the handler stack is
//     protected by it; the exception table is built from those marks, so a
//     `try` costs nothing at run time. Setups become NOPs when assembled
//     (and then usually vanish).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "compiler/code_unit.h"

namespace eddy::compiler {

struct Label {
  int id = -1;
  bool is_valid() const { return id >= 0; }
};

// What a handler expects on the stack when it is entered.
//   Finally: the exception, on the stack as it was at the setup.
//   Cleanup: the offset of the raising instruction (lasti), then the
//            exception — so that RERAISE 1 can restore it.
//   With:    as Cleanup, but the value of __enter__ that was on top at the
//            setup is dropped first (SETUP_WITH follows BEFORE_WITH).
enum class HandlerKind : uint8_t { Finally, Cleanup, With };

// No source position: the instruction is artificial (CPython's lineno -1).
constexpr SourceSpan kNoLocation{-1, -1, -1, -1};

class Assembler {
 public:
  Label new_label();
  // Binds `label` to the next instruction emitted.
  void bind(Label label);

  void emit(Opcode op, uint32_t arg, const SourceSpan& where);
  // A jump to `target`. Emit the forward spelling (JUMP_FORWARD,
  // POP_JUMP_FORWARD_IF_TRUE, ...): assembly picks the backward opcode when
  // the target comes first. FOR_ITER, SEND, JUMP_IF_*_OR_POP and
  // JUMP_BACKWARD_NO_INTERRUPT go one way only.
  void emit_jump(Opcode op, Label target, const SourceSpan& where);

  // Starts a protected region whose exceptions go to `handler`.
  void push_handler(HandlerKind kind, Label handler, const SourceSpan& where);
  // Ends the innermost protected region (CPython's POP_BLOCK).
  void pop_handler();
  // The handler stack, saved and restored around code that leaves blocks
  // early (return, break, continue unwind several at once).
  std::vector<int> handler_stack() const { return handler_stack_; }
  void restore_handler_stack(std::vector<int> stack) { handler_stack_ = std::move(stack); }

  // Constant folding: if the last `count` instructions (NOPs aside, and
  // with no label among them) load constants, turns them into NOPs and
  // returns their constant indices, in order; else returns nothing and
  // changes nothing. The NOPs keep their lines, as CPython's do.
  std::optional<std::vector<uint32_t>> take_trailing_constants(uint32_t count);
  // True if the last instruction ends the code path (return, raise, jump).
  bool ends_path() const;

  // Fills unit.code, positions, exception_table and stacksize.
  void assemble(CodeUnit& unit);

 private:
  struct Pending {
    Opcode op;
    uint32_t arg = 0;
    Label target;  // jumps, and the handler of a setup
    SourceSpan where;
    int handler = -1;  // the handler protecting it (index into handlers_), or -1
    int setup = -1;    // for a setup (op NOP): the handler it starts
  };
  struct Handler {
    Label target;
    HandlerKind kind;
  };

  // The passes of assemble(), in order.
  void inline_exit_blocks();
  void thread_jumps();
  void compute_stack_depths();  // stack_depth.cc
  void remove_unreachable_code();
  void duplicate_exits_without_location();
  void remove_jumps_to_next();
  void propagate_locations();
  void remove_redundant_nops();
  void lay_out(CodeUnit& unit);
  void build_exception_table(CodeUnit& unit);  // exception_table.cc

  void keep_only(const std::vector<bool>& keep);
  void insert(size_t at, const std::vector<Pending>& instructions);
  std::vector<bool> jump_targets() const;
  std::vector<bool> block_starts() const;
  size_t block_end(size_t begin, const std::vector<bool>& starts) const;
  std::vector<int> predecessor_counts() const;
  bool is_exit_block(size_t end) const;  // the block ending at `end` returns or raises

  std::vector<Pending> code_;
  std::vector<int> label_positions_;
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;
  int last_label_position_ = -1;  // the position the last label was bound to

  // Filled by compute_stack_depths: the depth before each instruction (-1
  // if unreachable), and the depth on entry to each handler.
  std::vector<int> depths_;
  std::vector<int> handler_depths_;
  int max_depth_ = 0;
  // Filled by lay_out: the final index of each pending instruction.
  std::vector<uint32_t> final_index_;
};

// Stack effects from vm/opcodes.def: entries popped and pushed, on the
// fall-through path or (for jumps) when the branch is taken.
int stack_pops(Opcode op, uint32_t arg, bool branch);
int stack_pushes(Opcode op, uint32_t arg, bool branch);
bool is_jump(Opcode op);
// Jumps and returns after which control never falls through.
bool is_unconditional_exit(Opcode op);

}  // namespace eddy::compiler

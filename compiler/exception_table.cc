// The exception table: which handler catches an exception raised at each
// instruction, as CPython 3.11 encodes it. Consecutive instructions under
// the same handler share one entry. The VM finds a handler by looking up
// the raising instruction; nothing is executed on entering a `try`.
#include <stdexcept>

#include "compiler/assembler.h"

namespace eddy::compiler {

// An entry's depth is the stack depth to unwind to before pushing what the
// handler expects: the handler's entry depth (known from the stack-depth
// walk) minus the exception and, for Cleanup and With, the saved lasti.
void Assembler::build_exception_table(CodeUnit& unit) {
  unit.exception_table.clear();
  for (size_t i = 0; i < code_.size();) {
    int handler = code_[i].handler;
    size_t end = i + 1;
    while (end < code_.size() && code_[end].handler == handler)
      ++end;
    if (handler >= 0) {
      const Handler& info = handlers_[handler];
      bool push_lasti = info.kind != HandlerKind::Finally;
      int entry_depth = handler_depths_[handler];
      if (entry_depth < 0) throw std::logic_error("a protected instruction without its setup");
      unit.exception_table.push_back(ExceptionTableEntry{
          static_cast<uint32_t>(i), static_cast<uint32_t>(end),
          static_cast<uint32_t>(label_positions_[info.target.id]),
          static_cast<uint32_t>(entry_depth - 1 - (push_lasti ? 1 : 0)), push_lasti});
    }
    i = end;
  }
}

}  // namespace eddy::compiler

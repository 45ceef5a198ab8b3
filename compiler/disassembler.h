// `eddy --dis`: code objects printed in the layout of `python3.11 -m dis`
// (line, jump-target mark, offset, opname, argument, (meaning)), followed
// by each nested code object and an ExceptionTable section.
//
// Two differences from CPython's listing, both deliberate: offsets count
// 2 per instruction (CPython's unit) but there are no inline CACHE
// entries, so they are smaller than CPython's for the same code; and a
// code object's address is a stable stand-in, its number in the order the
// listing visits them (`<code object f at 0x2, file "a.py", line 1>`), so
// that listings can be compared from run to run.
#pragma once

#include <string>

#include "compiler/code_unit.h"

namespace eddy::compiler {

// One code object, without the ones nested in it.
std::string disassemble(const CodeUnit& code);

// A code object and, recursively, every code object among its constants.
std::string disassemble_recursive(const CodeUnit& code);

}  // namespace eddy::compiler

// Code: a compiled function body, module or class body as the VM runs it —
// the compiler's CodeUnit (instructions, positions, exception table) plus
// its constants and names turned into Python objects.
#pragma once

#include <memory>

#include "compiler/code_unit.h"
#include "vm/object.h"

namespace eddy::vm {

class VM;
struct AttributeCache;
struct Str;
struct Tuple;

using compiler::Instruction;

struct Code : Object {
  // Owns the bytecode and tables; shared with nested CodeUnits' parents.
  std::shared_ptr<const compiler::CodeUnit> unit;
  Str* name;
  Str* qualname;
  Str* filename;
  Tuple* consts;    // co_consts, as objects
  Tuple* names;     // co_names, interned strs
  Tuple* varnames;  // co_varnames, interned strs
  Tuple* cellvars;
  Tuple* freevars;
  // The frame's slot count: locals, then cells, then free variables; the
  // value stack follows them.
  int local_count;
  int slot_count;
  int frame_size;  // slot_count + the deepest stack
  // The number of arguments a call may pass by position alone for them to
  // fill the parameters one to one, with nothing to bind: the parameter
  // count when every parameter is positional (no keyword-only ones, no
  // *args, no **kwargs); else -1. Calls that match take enter_function()'s
  // fast path.
  int exact_positional_count;
  // co_flags: the unit's flags, which code.replace(co_flags=...) may change
  // (types.coroutine marks a generator's code as an iterable coroutine).
  uint32_t co_flags;
  // LOAD_GLOBAL's inline caches: per name, the entry number where the
  // globals (then builtins) dict held it last time (dict_get_str_hinted).
  std::unique_ptr<int32_t[]> global_hints;
  // LOAD_ATTR's, LOAD_METHOD's and STORE_ATTR's, one per name
  // (vm/attribute_cache.h).
  std::unique_ptr<AttributeCache[]> attribute_caches;

  const Instruction* instructions() const { return unit->code.data(); }
  uint32_t flags() const { return co_flags; }
};

// Turns a compiled CodeUnit (and the ones nested in its constants) into
// code objects. Throws std::bad_alloc only; never fails otherwise.
Code* load_code(VM& vm, std::shared_ptr<const compiler::CodeUnit> unit);

// The source line of the instruction at `offset` (an instruction index).
int line_of(const Code* code, int offset);
// Its whole position (CPython's co_positions() entry): lines and columns,
// -1 where unknown.
compiler::SourceSpan position_of(const Code* code, int offset);

void init_code_type(VM& vm);

}  // namespace eddy::vm

// The lazy builtins: enumerate, zip, map, filter and reversed, which are
// types whose instances are iterators, and iter(), whose two-argument form
// makes a callable_iterator.
#pragma once

#include "vm/dict.h"

namespace eddy::vm {
class VM;
}

namespace eddy::stdlib {

// Creates the iterator types and puts enumerate, zip, map, filter,
// reversed and iter into the builtins namespace `builtins`.
void add_builtin_iterators(vm::VM& vm, vm::Dict* builtins);

}  // namespace eddy::stdlib

// The builtins of asynchronous iteration: aiter() and anext(), with the
// anext_awaitable type that anext(iterator, default) returns.
#pragma once

#include "vm/dict.h"

namespace eddy::vm {
class VM;
}

namespace eddy::stdlib {

// Creates the anext_awaitable type and puts aiter and anext into the
// builtins namespace `builtins`.
void add_async_iteration_builtins(vm::VM& vm, vm::Dict* builtins);

}  // namespace eddy::stdlib

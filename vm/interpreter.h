// The eval loop: runs frames of bytecode (vm/opcodes.def).
//
// Python-to-Python calls do not recurse in C++: CALL pushes the callee's
// frame and the loop continues in it; RETURN_VALUE pops it and continues in
// the caller. The loop only recurses when C++ code calls back into Python
// (a builtin calling a __repr__, say); each such entry frame is marked
// `is_entry`, and returning from it returns from run_frame().
#pragma once

#include "vm/frame.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Dict;
struct Function;

// Runs `frame` (pushed by the caller, arguments bound; or a generator's
// frame) until it returns — or, for a generator's frame, until it yields:
// the value, or null with the exception set. An ordinary frame is popped
// when done. With `throwing`, the current exception is raised in the frame
// at its current instruction first (generator.throw()).
Value run_frame(VM& vm, Frame* frame, bool throwing = false);

// The iterator `await x` drives: a coroutine itself, a generator-based
// coroutine (types.coroutine), or what x.__await__() returns — checked as
// CPython checks it (_PyCoro_GetAwaitableIter). `where` is GET_AWAITABLE's
// argument, for the messages: 0 for `await`, 1 and 2 for the awaits of
// `async with`'s __aenter__ and __aexit__.
Value awaitable_iterator(VM& vm, Value awaitable, uint32_t where);

// Runs a module's code with `globals` as its namespace; null on exception.
Value run_module_code(VM& vm, Code* code, Dict* globals);

// Calls a Python function with the given arguments (from C++).
Value call_function(VM& vm, Function* function, CallArgs args);

// Runs `function` without arguments with `locals` as its LOAD_NAME /
// STORE_NAME namespace: how __build_class__ runs a class body.
Value call_function_with_locals(VM& vm, Function* function, Value locals);

// Runs `code` as exec() and eval() do: `globals` for its globals (and the
// builtins that its __builtins__ names), `locals` (any mapping) for its
// LOAD_NAME / STORE_NAME namespace, and `closure` (null, or a tuple of
// cells) for its free variables. The same path as a class body's.
Value run_code(VM& vm, Code* code, Dict* globals, Value locals, Tuple* closure);

}  // namespace eddy::vm

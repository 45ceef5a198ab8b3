// Calling a Python function: a frame for it, with the call's arguments
// bound to its parameters as CPython binds them (positional, keyword,
// defaults, *args, **kwargs, keyword-only and positional-only), and
// CPython's TypeErrors when they do not fit.
#pragma once

#include "vm/frame.h"
#include "vm/type.h"

namespace eddy::vm {

class VM;
struct Function;

// Pushes and fills a frame for calling `function` with `args`, counting
// the call against the recursion limit. Null (exception set, nothing
// pushed) when the arguments do not fit or the limit is reached.
Frame* enter_function(VM& vm, Function* function, CallArgs args);

}  // namespace eddy::vm

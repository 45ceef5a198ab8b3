// Calling a Python function: a frame for it, with the call's arguments
// bound to its parameters as CPython binds them (positional, keyword,
// defaults, *args, **kwargs, keyword-only and positional-only), and
// CPython's TypeErrors when they do not fit.
#pragma once

#include "vm/frame.h"
#include "vm/function.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::vm {

class VM;
struct Function;

// Pushes and fills a frame for calling `function` with `args`, counting
// the call against the recursion limit. Null (exception set, nothing
// pushed) when the arguments do not fit or the limit is reached.
Frame* enter_function(VM& vm, Function* function, CallArgs args);

// Pushes a frame for calling `function`, its first `count` slots holding
// `values`, and fills its header; binding and the recursion count are the
// caller's. What enter_function() and its inline fast path share.
inline Frame* push_call_frame(VM& vm, Function* function, const Value* values, size_t count) {
  Code* code = function->code;
  Frame* frame = vm.frame_stack().push(code, values, count);
  frame->function = function;
  frame->globals = function->globals;
  frame->builtins = function->builtins;
  frame->locals = Value::null();
  frame->generator = nullptr;
  frame->ip = code->instructions();
  frame->previous = vm.current_frame();
  return frame;
}

// enter_function(), with the commonest call — exactly the positional
// parameters, nothing to bind — inline, as the eval loop's CALL uses it.
inline Frame* enter_function_inline(VM& vm, Function* function, CallArgs args) {
  if (args.kwnames || static_cast<int>(args.nargs) != function->code->exact_positional_count ||
      vm.call_depth >= vm.recursion_limit) {
    return enter_function(vm, function, args);
  }
  Frame* frame = push_call_frame(vm, function, args.values, args.nargs);
  ++vm.call_depth;
  return frame;
}

}  // namespace eddy::vm

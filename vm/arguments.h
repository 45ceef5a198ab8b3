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

// enter_function(), with the commonest call — exactly the positional
// parameters, nothing to bind — inline, as the eval loop's CALL uses it.
inline Frame* enter_function_inline(VM& vm, Function* function, CallArgs args) {
  Code* code = function->code;
  if (args.kwnames || static_cast<int>(args.nargs) != code->exact_positional_count ||
      vm.call_depth >= vm.recursion_limit) {
    return enter_function(vm, function, args);
  }
  Frame* frame = vm.frame_stack().push(code, args.values, args.nargs);
  frame->function = function;
  frame->globals = function->globals;
  frame->builtins = function->builtins;
  frame->locals = Value::null();
  frame->generator = nullptr;
  frame->ip = code->instructions();
  frame->previous = vm.current_frame();
  ++vm.call_depth;
  return frame;
}

}  // namespace eddy::vm

// Bound methods: what `obj.f` is when `f` is a function found on obj's
// class — the function and the instance it was looked up on (`__func__`,
// `__self__`). Calling one calls the function with the instance first.
//
// The Function type's descriptor hook (its descr_get slot) lives here too:
// it is what turns `obj.f` into a bound method and leaves `C.f` alone.
#pragma once

#include <span>

#include "vm/object.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

struct Method : Object {
  Value function;  // __func__: any callable
  Value self;      // __self__
};

Value make_method(VM& vm, Value function, Value self);

// Calls `callable` with `self` inserted before the arguments of `args`:
// what calling a bound method, or a dunder found on a class, means.
Value call_with_self(VM& vm, Value callable, Value self, CallArgs args);

// LOAD_METHOD's shortcut: when `object.name` would be a plain function
// (or builtin method descriptor) of its class bound to `object`, returns
// that function unbound, so the call can pass `object` as the first
// argument without making a bound method. Null (no exception set) when
// the attribute is anything else; the caller then does a full lookup.
Value find_unbound_method(VM& vm, Value object, Str* name);

// Creates the `method` type and installs the Function type's descr_get.
void init_method_type(VM& vm);

}  // namespace eddy::vm

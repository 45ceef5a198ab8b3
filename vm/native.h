// Native functions: C++ code callable from Python — builtins such as
// len(), and the methods of builtin types such as list.append.
//
// A NativeFunctionDef names the C++ function. Found on a type, it is a
// MethodDescriptor (what `list.append` is); bound to a receiver, it is a
// NativeFunction (what `[].append` and `len` are: builtin_function_or_method).
#pragma once

#include <span>
#include <string_view>

#include "vm/object.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// `self` is the receiver for methods, the module for module-level
// functions. Keyword arguments arrive as in CallArgs.
using NativeCode = Value (*)(VM& vm, Value self, CallArgs args);

struct NativeFunctionDef {
  std::string_view name;
  NativeCode code;
  // __doc__, CPython 3.11's text exactly (what `len.__doc__` shows, without
  // the __text_signature__ line); empty for None.
  std::string_view doc = {};
};

struct NativeFunction : Object {  // builtin_function_or_method
  const NativeFunctionDef* def;
  Value self;
};

struct MethodDescriptor : Object {  // method_descriptor
  const NativeFunctionDef* def;
  Type* owner;
};

// A callable bound to `self`.
Value make_native_function(VM& vm, const NativeFunctionDef* def, Value self);

// Puts each def into `type`'s namespace as a method descriptor. The defs
// must outlive the VM (they are static tables).
void add_methods(VM& vm, Type* type, std::span<const NativeFunctionDef> defs);

// Argument checks with CPython's messages. Each returns false with a
// TypeError set when the call does not fit:
//   "append() takes no keyword arguments"
//   "pop expected at most 1 argument, got 2"
//   "insert expected 2 arguments, got 1"
bool check_no_keywords(VM& vm, std::string_view name, CallArgs args);
bool check_positional(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max);

void init_native_types(VM& vm);

}  // namespace eddy::vm

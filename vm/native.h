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
#include "vm/tuple.h"
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

// Whether a call passed keyword arguments (kwnames may be an empty tuple).
inline bool has_keywords(CallArgs args) {
  return args.kwnames && args.kwnames->size != 0;
}

// Out of line, the TypeErrors of the checks below (they return false).
bool reject_keywords(VM& vm, std::string_view name);
bool reject_positional(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max);

// Argument checks with CPython's messages. Each returns false with a
// TypeError set when the call does not fit:
//   "append() takes no keyword arguments"
//   "pop expected at most 1 argument, got 2"
//   "insert expected 2 arguments, got 1"
// They run on every call of a builtin, so the test that passes is inline.
inline bool check_no_keywords(VM& vm, std::string_view name, CallArgs args) {
  return !has_keywords(args) || reject_keywords(vm, name);
}

inline bool check_positional(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max) {
  if (!has_keywords(args) && args.nargs >= min && args.nargs <= max) return true;
  return reject_positional(vm, name, args, min, max);
}

void init_native_types(VM& vm);

}  // namespace eddy::vm

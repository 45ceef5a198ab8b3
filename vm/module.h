// Module: a namespace object (a module's globals live in its dict).
#pragma once

#include <span>
#include <string_view>

#include "vm/object.h"

namespace eddy::vm {

class VM;
struct Dict;
struct Str;
struct NativeFunctionDef;

struct Module : Object {
  Dict* dict;
};

// A new module named `name`, with __name__ set in its namespace.
Module* make_module(VM& vm, Str* name);

// A native module: a new module named `name` holding `functions`. Null with
// an exception set on failure.
Module* make_native_module(VM& vm, std::string_view name,
                           std::span<const NativeFunctionDef> functions);

void init_module_type(VM& vm);

}  // namespace eddy::vm

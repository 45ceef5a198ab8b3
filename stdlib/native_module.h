// What every native module's init function does: make the module, fill it
// with functions from a static table and with named values, and run the
// part of a module that reads better in Python inside its namespace.
#pragma once

#include <span>
#include <string_view>

#include "vm/module.h"
#include "vm/native.h"
#include "vm/value.h"

namespace eddy::stdlib {

// A new module `name` holding a builtin function for each def (the defs
// must be static: the functions point at them). Null with an exception set
// on failure.
vm::Module* make_native_module(vm::VM& vm, std::string_view name,
                               std::span<const vm::NativeFunctionDef> functions);

// module.name = value. False if `value` is null (its creation failed) or
// the store failed; `value` is rooted during the store.
bool set_module_value(vm::VM& vm, vm::Module* module, std::string_view name, vm::Value value);

// Runs `source` as more of `module`'s body (its Python part); `filename`
// names it in tracebacks: "<frozen os>", as CPython names its frozen
// modules (and as `eddy --trace` tells library code). False with the
// exception set if it raised.
bool run_python_part(vm::VM& vm, vm::Module* module, std::string_view filename,
                     std::string_view source);

}  // namespace eddy::stdlib

// The builtins that work on objects and classes: isinstance, issubclass,
// getattr, setattr, delattr, hasattr, vars, dir, id and __build_class__.
#pragma once

#include <span>

#include "vm/native.h"

namespace eddy::stdlib {

// Their definitions, for the builtins module's namespace.
std::span<const vm::NativeFunctionDef> object_builtin_functions();

}  // namespace eddy::stdlib

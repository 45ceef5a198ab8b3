// The builtins that run source text: compile, eval and exec.
#pragma once

#include <span>

#include "vm/native.h"

namespace eddy::stdlib {

// Their definitions, for the builtins module's namespace.
std::span<const vm::NativeFunctionDef> eval_builtin_functions();

}  // namespace eddy::stdlib

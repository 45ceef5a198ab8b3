// The builtins that consume an iterable: all, any, sum, min, max, sorted.
#pragma once

#include <span>

#include "vm/native.h"

namespace eddy::stdlib {

// Their definitions, for the builtins module's namespace.
std::span<const vm::NativeFunctionDef> iterable_builtin_functions();

}  // namespace eddy::stdlib

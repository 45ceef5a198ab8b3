// The builtins about numbers and characters: abs, divmod, pow, round,
// bin, oct, hex, chr, ord, format and ascii.
#pragma once

#include <span>

#include "vm/native.h"

namespace eddy::stdlib {

// Their definitions, for the builtins module's namespace.
std::span<const vm::NativeFunctionDef> number_builtin_functions();

}  // namespace eddy::stdlib

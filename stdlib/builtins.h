// The builtins module.
#pragma once

#include "vm/module.h"

namespace eddy::vm {
class VM;
}

namespace eddy::stdlib {

// Creates the builtins module of `vm` (the caller installs it with
// vm.set_builtins).
vm::Module* make_builtins_module(vm::VM& vm);

}  // namespace eddy::stdlib

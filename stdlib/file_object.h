// The builtin open() and its file objects (file_object.cc).
#pragma once

#include "vm/dict.h"
#include "vm/vm.h"

namespace eddy::stdlib {

// Puts open() into the builtins namespace, with the classes of the file
// objects it makes. False with an exception set on failure.
bool add_open(vm::VM& vm, vm::Dict* builtins);

// Makes `import io` find the module holding open() and the file classes.
void register_io_module();

}  // namespace eddy::stdlib

// The sys and gc native modules, registered with the import system.
#pragma once

namespace eddy::vm {
class VM;
struct Module;
}  // namespace eddy::vm

namespace eddy::stdlib {

// Makes `import sys` and `import gc` work (vm/import.h's registry).
void register_sys_module();
void register_gc_module();

// Adds get_asyncgen_hooks and set_asyncgen_hooks to the sys module
// (stdlib/asyncgen_hooks.cc); false with an exception set on failure.
bool add_asyncgen_hook_functions(vm::VM& vm, vm::Module* sys);

}  // namespace eddy::stdlib

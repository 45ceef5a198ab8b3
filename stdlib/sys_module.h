// The sys, gc and dis native modules, registered with the import system.
#pragma once

namespace eddy::stdlib {

// Makes `import sys`, `import gc` and `import dis` work (vm/import.h's
// registry).
void register_sys_module();
void register_gc_module();
void register_dis_module();

}  // namespace eddy::stdlib

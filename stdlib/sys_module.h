// The sys and gc native modules, registered with the import system.
#pragma once

namespace eddy::stdlib {

// Makes `import sys` and `import gc` work (vm/import.h's registry).
void register_sys_module();
void register_gc_module();

}  // namespace eddy::stdlib

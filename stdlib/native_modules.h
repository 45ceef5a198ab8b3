// The registry entries of the standard library's native modules: each
// register_* function makes `import name` find one module (vm/import.h).
#pragma once

namespace eddy::vm {
class VM;
struct Module;
}  // namespace eddy::vm

namespace eddy::stdlib {

void register_sys_module();
void register_gc_module();
void register_dis_module();
void register_math_module();
void register_time_module();
void register_signal_module();
// random, and its native core _random.
void register_random_module();
// _collections: deque, which the collections module re-exports.
void register_collections_module();
// _asyncio: Future and Task, which asyncio.futures and asyncio.tasks use.
void register_asyncio_module();
// os, and posixpath, which os.path names.
void register_os_module();
void register_posixpath_module();
// _eddy_observer: asyncio's task steps, reported to eddy --trace/--timeline.
void register_eddy_observer_module();

// Adds get_asyncgen_hooks and set_asyncgen_hooks to the sys module
// (stdlib/asyncgen_hooks.cc); false with an exception set on failure.
bool add_asyncgen_hook_functions(vm::VM& vm, vm::Module* sys);

// Registers every module above.
void register_native_modules();

}  // namespace eddy::stdlib

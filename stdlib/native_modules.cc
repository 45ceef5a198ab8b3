// Registers the standard library's native modules with the import system.
#include "stdlib/native_modules.h"

#include "stdlib/file_object.h"

namespace eddy::stdlib {

void register_native_modules() {
  register_sys_module();
  register_gc_module();
  register_dis_module();
  register_math_module();
  register_time_module();
  register_signal_module();
  register_random_module();
  register_collections_module();
  register_asyncio_module();
  register_os_module();
  register_posixpath_module();
  register_io_module();
  register_eddy_observer_module();
}

}  // namespace eddy::stdlib

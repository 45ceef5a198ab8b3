// What the parts of the _asyncio module (stdlib/asyncio_module.cc,
// stdlib/asyncio_handle.cc) share: reaching back into asyncio's Python
// modules, and the Handle type.
#pragma once

#include <initializer_list>
#include <string_view>

#include "vm/type.h"
#include "vm/value.h"

namespace eddy::stdlib {

// A global of one of asyncio's Python modules (`module_name` is imported
// if it is not yet). Null with an exception set on failure.
vm::Value asyncio_global(vm::VM& vm, std::string_view module_name, const char* name);

// self.name(*args).
vm::Value call_method(vm::VM& vm, vm::Value self, const char* name,
                      std::initializer_list<vm::Value> args);

// None for a field not set (null).
vm::Value or_none(vm::VM& vm, vm::Value value);

// asyncio.events.Handle.
vm::Type* make_handle_type(vm::VM& vm);

}  // namespace eddy::stdlib

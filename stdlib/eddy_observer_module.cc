// The _eddy_observer module: how asyncio's event loop, written in Eddy,
// reports the callbacks it runs to the VM's observer (vm/observer.h), for
// `eddy --trace` and `eddy --timeline`. (Task steps are native and report
// themselves: stdlib/asyncio_module.cc.) Not part of CPython.
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/observer.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// active(): whether anyone observes this run. asyncio asks once, at
// import, so that an unobserved step costs a test of a global.
Value observer_active(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "active", args, 0, 0)) return Value::null();
  return vm.boolean(vm.observer != nullptr);
}

// loop_callback(callback): before the event loop runs one of its ready
// callbacks.
Value observer_loop_callback(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "loop_callback", args, 1, 1)) return Value::null();
  if (vm.observer) vm.observer->loop_callback(vm, args.values[0]);
  return vm.none();
}

constexpr NativeFunctionDef kFunctions[] = {
    {"active", observer_active},
    {"loop_callback", observer_loop_callback},
};

Module* make_eddy_observer_module(VM& vm) {
  return make_native_module(vm, "_eddy_observer", kFunctions);
}

}  // namespace

void register_eddy_observer_module() {
  register_native_module("_eddy_observer", make_eddy_observer_module);
}

}  // namespace eddy::stdlib

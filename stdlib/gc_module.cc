// The gc module: lets a program run the collector (gc.collect()) and
// switch automatic collection off and on.
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/dict.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// collect(): a full collection, then the finalizers of what it found
// unreachable (closing suspended generators). Returns the number of
// unreachable objects found; Eddy does not count them, so 0.
Value gc_collect(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "collect", args, 0, 1)) return Value::null();
  vm.heap().collect();
  vm.run_pending_finalizers();
  if (vm.has_exception()) return Value::null();
  return Value::from_small_int(0);
}

Value gc_enable(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "enable", args, 0, 0)) return Value::null();
  vm.gc_enabled = true;
  return vm.none();
}

Value gc_disable(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "disable", args, 0, 0)) return Value::null();
  vm.gc_enabled = false;
  return vm.none();
}

Value gc_isenabled(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "isenabled", args, 0, 0)) return Value::null();
  return vm.boolean(vm.gc_enabled);
}

constexpr NativeFunctionDef kFunctions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
};

Module* make_gc_module(VM& vm) {
  return make_native_module(vm, "gc", kFunctions);
}

}  // namespace

void register_gc_module() {
  register_native_module("gc", make_gc_module);
}

}  // namespace eddy::stdlib

// What the observers share: ObserverPause, and the names of callables and
// of asyncio tasks and their coroutines, as they label events.
#include "vm/observer_support.h"

#include "vm/generator.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

ObserverPause::ObserverPause(VM& vm)
    : vm_(vm), observer_(vm.observer), exception_(vm.heap(), vm.take_exception()) {
  vm.observer = nullptr;
}

ObserverPause::~ObserverPause() {
  vm_.take_exception();
  vm_.set_exception(exception_.value());
  vm_.observer = observer_;
}

namespace {

// task.<name>() (get_name, get_coro): null, with the exception set, on
// failure.
Value call_task_method(VM& vm, Value task, const char* name) {
  Value method = get_attribute(vm, task, vm.intern(name));
  if (method.is_null()) return method;
  Root<Object> rooted(vm.heap(), method);
  return call(vm, method, {});
}

}  // namespace

std::string callable_name(VM& vm, Value callable) {
  Value name = get_attribute(vm, callable, vm.intern("__qualname__"));
  if (name.is_null() || vm.type_of(name) != vm.types().str) {
    return to_utf8(vm.type_of(callable)->name);
  }
  return to_utf8(static_cast<Str*>(name.as_object()));
}

std::string task_name(VM& vm, Value task) {
  Value name = call_task_method(vm, task, "get_name");
  if (name.is_null() || vm.type_of(name) != vm.types().str) return "?";
  return to_utf8(static_cast<Str*>(name.as_object()));
}

std::string task_coroutine_name(VM& vm, Value task) {
  Value coroutine = call_task_method(vm, task, "get_coro");
  if (coroutine.is_null()) return "?";
  if (is_generator(vm, coroutine)) {
    return to_utf8(static_cast<Generator*>(coroutine.as_object())->qualname);
  }
  return to_utf8(vm.type_of(coroutine)->name);
}

}  // namespace eddy::vm

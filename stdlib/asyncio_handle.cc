// asyncio.events.Handle, native: a callback with its arguments, as the
// loop's ready queue and timers hold them (TimerHandle, in events.py,
// extends it). Making and running one takes no Python frame; its repr and
// the report of a callback's error are events.py's.
#include "stdlib/asyncio_support.h"
#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

struct Handle : Object {
  Value callback;  // null once cancelled
  Value args;      // a tuple; null once cancelled
  Value loop;
  Value context;
  Value repr;  // the repr kept at cancel() in debug mode, or null
  bool cancelled;
};

Handle* as_handle(Value value) {
  return static_cast<Handle*>(value.as_object());
}

void trace_handle(Object* object, Tracer& tracer) {
  auto* handle = static_cast<Handle*>(object);
  for (Value value : {handle->callback, handle->args, handle->loop, handle->context, handle->repr})
    tracer.visit(value);
}

Value handle_new(VM& vm, Type* type, CallArgs) {
  auto* handle = static_cast<Handle*>(vm.heap().allocate(type, type->instance_size));
  for (Value* field :
       {&handle->callback, &handle->args, &handle->loop, &handle->context, &handle->repr}) {
    *field = Value::null();
  }
  return Value::from_object(handle);
}

// Handle(callback, args, loop, context=None)
bool handle_init(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"callback", "args", "loop", "context"};
  Value values[4];
  if (!bind_arguments(vm, "Handle", args, kParameters, 3, values)) return false;
  Handle* handle = as_handle(self);
  handle->callback = values[0];
  handle->args = values[1];
  handle->loop = values[2];
  handle->context = or_none(vm, values[3]);
  handle->repr = Value::null();
  handle->cancelled = false;
  return true;
}

// Runs the callback; an exception it raises (but SystemExit and
// KeyboardInterrupt, which leave the loop) goes to the loop's exception
// handler with the callback's description.
bool run_handle(VM& vm, Value self) {
  Root<Handle> handle(vm.heap(), self);
  // callback(*args): any iterable of arguments, as in Python.
  Root<Object> args(vm.heap(), handle->args);
  if (vm.type_of(args.value()) != vm.types().tuple) {
    args.set(call(vm, Value::from_object(vm.types().tuple), {or_none(vm, args.value())}));
  }
  Value result = Value::null();
  if (!args.value().is_null()) {
    auto* items = static_cast<Tuple*>(args.value().as_object());
    result = call(vm, or_none(vm, handle->callback),
                  CallArgs{items->items(), static_cast<size_t>(items->size), nullptr});
  }
  if (!result.is_null()) return true;
  Type* type = vm.type_of(vm.current_exception());
  if (is_subtype(type, vm.exceptions().SystemExit) ||
      is_subtype(type, vm.exceptions().KeyboardInterrupt)) {
    return false;
  }
  Root<Object> error(vm.heap(), vm.take_exception());
  Value report = asyncio_global(vm, "asyncio.events", "_report_callback_error");
  if (report.is_null()) return false;
  return !call(vm, report, {handle.value(), error.value()}).is_null();
}

Value method_handle_run(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Handle._run", args)) return Value::null();
  return run_handle(vm, self) ? vm.none() : Value::null();
}

// cancel(): the callback will not run; in debug mode the handle keeps the
// repr of what was cancelled.
Value method_handle_cancel(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Handle.cancel", args)) return Value::null();
  Root<Handle> handle(vm.heap(), self);
  if (handle->cancelled) return vm.none();
  handle->cancelled = true;
  Value debug = call_method(vm, or_none(vm, handle->loop), "get_debug", {});
  if (debug.is_null()) return debug;
  int truth = truthy(vm, debug);
  if (truth < 0) return Value::null();
  if (truth) {
    Value text = repr(vm, handle.value());
    if (text.is_null()) return text;
    handle->repr = text;
  }
  handle->callback = Value::null();
  handle->args = Value::null();
  return vm.none();
}

Value method_handle_cancelled(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Handle.cancelled", args)) return Value::null();
  return vm.boolean(as_handle(self)->cancelled);
}

Value method_handle_get_context(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Handle.get_context", args)) return Value::null();
  return or_none(vm, as_handle(self)->context);
}

Value method_handle_repr_info(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Handle._repr_info", args)) return Value::null();
  Root<Object> handle(vm.heap(), self);
  Value function = asyncio_global(vm, "asyncio.events", "_handle_repr_info");
  if (function.is_null()) return function;
  return call(vm, function, {handle.value()});
}

// The repr kept by cancel(), else "<" + the _repr_info() parts + ">".
Value handle_repr(VM& vm, Value self) {
  if (!as_handle(self)->repr.is_null()) return as_handle(self)->repr;
  Root<Object> handle(vm.heap(), self);
  Value function = asyncio_global(vm, "asyncio.events", "_handle_repr");
  if (function.is_null()) return function;
  return call(vm, function, {handle.value()});
}

Value get_handle_callback(VM& vm, Value self) {
  return or_none(vm, as_handle(self)->callback);
}

Value get_handle_args(VM& vm, Value self) {
  return or_none(vm, as_handle(self)->args);
}

Value get_handle_loop(VM& vm, Value self) {
  return or_none(vm, as_handle(self)->loop);
}

Value get_handle_cancelled(VM& vm, Value self) {
  return vm.boolean(as_handle(self)->cancelled);
}

constexpr NativeFunctionDef kHandleMethods[] = {
    {"_run", method_handle_run},
    {"cancel", method_handle_cancel},
    {"cancelled", method_handle_cancelled},
    {"get_context", method_handle_get_context},
    {"_repr_info", method_handle_repr_info},
};

constexpr GetSetDef kHandleFields[] = {
    {"_callback", get_handle_callback},
    {"_args", get_handle_args},
    {"_loop", get_handle_loop},
    {"_cancelled", get_handle_cancelled},
};

}  // namespace

Type* make_handle_type(VM& vm) {
  Type* handle = vm.make_builtin_type("Handle", vm.types().object, sizeof(Handle));
  handle->flags |= kTypeAcceptsSubclasses;
  handle->gc.trace = trace_handle;
  handle->slots.repr = handle_repr;
  handle->slots.new_instance = handle_new;
  handle->slots.init = handle_init;
  add_methods(vm, handle, kHandleMethods);
  add_getsets(vm, handle, kHandleFields);
  add_slot_wrappers(vm, handle);
  return handle;
}

}  // namespace eddy::stdlib

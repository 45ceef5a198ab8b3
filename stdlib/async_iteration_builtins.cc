// aiter(), anext() and anext_awaitable: the builtin face of `async for`'s
// protocol (__aiter__ / __anext__), as CPython's bltinmodule.c and the
// anextawaitable of iterobject.c define it.
#include "stdlib/async_iteration_builtins.h"

#include "vm/exceptions.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// anext(iterator, default): awaits iterator.__anext__(), but gives the
// default instead of raising StopAsyncIteration at the end.
struct AnextAwaitable : Object {
  Value wrapped;  // what __anext__() returned
  Value default_value;
};

AnextAwaitable* as_anext_awaitable(Value value) {
  return static_cast<AnextAwaitable*>(value.as_object());
}

void trace_anext_awaitable(Object* object, Tracer& tracer) {
  auto* awaitable = static_cast<AnextAwaitable*>(object);
  tracer.visit(awaitable->wrapped);
  tracer.visit(awaitable->default_value);
}

// The end of one step: StopAsyncIteration from the iterator becomes the
// await's result, the default (StopIteration(default)).
Value with_default(VM& vm, AnextAwaitable* self, Value result) {
  if (!result.is_null() || !vm.has_exception() ||
      !is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopAsyncIteration)) {
    return result;
  }
  vm.take_exception();
  return raise_stop_iteration(vm, self->default_value);
}

// Each step drives the wrapped awaitable's iterator (a coroutine is its
// own, driven through its send/throw/close).
Value forward(VM& vm, Value self, const char* method, CallArgs args) {
  Root<AnextAwaitable> awaitable(vm.heap(), as_anext_awaitable(self));
  Root<Object> iterator(vm.heap(), awaitable_iterator(vm, awaitable->wrapped, 0));
  if (iterator.value().is_null()) return Value::null();
  Value bound = get_attribute(vm, iterator.value(), vm.intern(method));
  if (bound.is_null()) return bound;
  return with_default(vm, awaitable.get(), call(vm, bound, args));
}

Value anext_awaitable_next(VM& vm, Value self) {
  Root<AnextAwaitable> awaitable(vm.heap(), as_anext_awaitable(self));
  Value iterator = awaitable_iterator(vm, awaitable->wrapped, 0);
  if (iterator.is_null()) return iterator;
  if (!vm.type_of(iterator)->slots.next) {
    Value none = vm.none();
    return forward(vm, self, "send", CallArgs{&none, 1, nullptr});
  }
  return with_default(vm, awaitable.get(), next(vm, iterator));
}

Value anext_awaitable_send(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "anext_awaitable.send", args)) return Value::null();
  return forward(vm, self, "send", args);
}

Value anext_awaitable_throw(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "anext_awaitable.throw", args)) return Value::null();
  return forward(vm, self, "throw", args);
}

Value anext_awaitable_close(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "anext_awaitable.close", args)) return Value::null();
  return forward(vm, self, "close", args);
}

constexpr NativeFunctionDef kAnextAwaitableMethods[] = {
    {"send", anext_awaitable_send},
    {"throw", anext_awaitable_throw},
    {"close", anext_awaitable_close},
};

Value builtin_aiter(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "aiter", args)) return Value::null();
  Type* type = vm.type_of(args.values[0]);
  if (!type->slots.aiter) {
    return raise(vm, vm.exceptions().TypeError,
                 "'" + to_utf8(type->name) + "' object is not an async iterable");
  }
  Value iterator = type->slots.aiter(vm, args.values[0]);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  if (!iterator_type->slots.anext) {
    return raise(
        vm, vm.exceptions().TypeError,
        "aiter() returned not an async iterator of type '" + to_utf8(iterator_type->name) + "'");
  }
  return iterator;
}

Value builtin_anext(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "anext", args, 1, 2)) return Value::null();
  Type* type = vm.type_of(args.values[0]);
  if (!type->slots.anext) {
    return raise(vm, vm.exceptions().TypeError,
                 "'" + to_utf8(type->name) + "' object is not an async iterator");
  }
  Root<Object> default_value(vm.heap(), args.nargs > 1 ? args.values[1] : Value::null());
  Value wrapped = type->slots.anext(vm, args.values[0]);
  if (wrapped.is_null() || default_value.value().is_null()) return wrapped;
  Root<Object> rooted_wrapped(vm.heap(), wrapped);
  auto* awaitable = static_cast<AnextAwaitable*>(
      vm.heap().allocate(vm.types().anext_awaitable, sizeof(AnextAwaitable)));
  awaitable->wrapped = rooted_wrapped.value();
  awaitable->default_value = default_value.value();
  return Value::from_object(awaitable);
}

constexpr NativeFunctionDef kAiter = {"aiter", builtin_aiter};
constexpr NativeFunctionDef kAnext = {"anext", builtin_anext};

}  // namespace

void add_async_iteration_builtins(VM& vm, Dict* builtins) {
  Type* type = vm.make_builtin_type("anext_awaitable", vm.types().object, sizeof(AnextAwaitable));
  vm.mutable_types().anext_awaitable = type;
  type->gc.trace = trace_anext_awaitable;
  type->slots.await = [](VM&, Value self) { return self; };
  type->slots.iter = [](VM&, Value self) { return self; };
  type->slots.next = anext_awaitable_next;
  type->slots.hash = vm.types().object->slots.hash;
  add_methods(vm, type, kAnextAwaitableMethods);
  add_slot_wrappers(vm, type);
  for (const NativeFunctionDef* def : {&kAiter, &kAnext}) {
    Root<Object> function(vm.heap(), make_native_function(vm, def, Value::null()));
    dict_set_str(vm, builtins, vm.intern(def->name), function.value());
  }
}

}  // namespace eddy::stdlib

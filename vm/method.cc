// Bound method objects and function binding (`obj.f` -> method).
#include "vm/method.h"

#include <cstdio>
#include <vector>

#include "vm/attributes.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Method* as_method(Value value) {
  return static_cast<Method*>(value.as_object());
}

void trace_method(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<Method*>(object)->function);
  tracer.visit(static_cast<Method*>(object)->self);
}

// A function's descriptor hook: looked up on an instance it binds to it;
// looked up on the class (no instance) it is the plain function.
Value bind_function(VM& vm, Value function, Value instance, Value) {
  if (instance.is_null()) return function;
  return make_method(vm, function, instance);
}

Value call_method(VM& vm, Value self, CallArgs args) {
  Method* method = as_method(self);
  return call_with_self(vm, method->function, method->self, args);
}

// The name a method's repr shows: the function's __qualname__ (falling
// back to __name__, then "?"), as CPython's method_repr.
std::string method_name(VM& vm, Value function) {
  if (vm.type_of(function) == vm.types().function) {
    return to_utf8(static_cast<Function*>(function.as_object())->qualname);
  }
  for (const char* attribute : {"__qualname__", "__name__"}) {
    Value name = get_attribute(vm, function, vm.intern(attribute));
    if (!name.is_null() && vm.type_of(name) == vm.types().str) {
      return to_utf8(static_cast<Str*>(name.as_object()));
    }
    if (vm.has_exception()) vm.take_exception();
  }
  return "?";
}

// <bound method A.f of <__main__.A object at 0x...>>
Value repr_method(VM& vm, Value self) {
  Root<Method> method(vm.heap(), as_method(self));
  std::string name = method_name(vm, method->function);
  std::string receiver = repr_utf8(vm, method->self);
  if (vm.has_exception()) return Value::null();
  return Value::from_object(make_str(vm, "<bound method " + name + " of " + receiver + ">"));
}

// Two bound methods are equal when they bind the same object (identity, as
// since Python 3.8) to equal functions.
Value compare_methods(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Equal && op != CompareOp::NotEqual) ||
      vm.type_of(other) != vm.types().method) {
    return vm.not_implemented();
  }
  Method* a = as_method(self);
  Method* b = as_method(other);
  int same = a->self.is(b->self) ? equal(vm, a->function, b->function) : 0;
  if (same < 0) return Value::null();
  return vm.boolean((same == 1) == (op == CompareOp::Equal));
}

int64_t hash_method(VM& vm, Value self) {
  Method* method = as_method(self);
  int64_t function_hash = hash(vm, method->function);
  if (function_hash == -1 && vm.has_exception()) return -1;
  int64_t self_hash = vm.types().object->slots.hash(vm, method->self);
  int64_t combined = function_hash ^ self_hash;
  return combined == -1 ? -2 : combined;
}

// __self__ and __func__ are the method's own; every other attribute is
// the function's (`m.__name__`, `m.__doc__`).
Value getattr_method(VM& vm, Value self, Str* name) {
  if (name == vm.intern("__self__")) return as_method(self)->self;
  if (name == vm.intern("__func__")) return as_method(self)->function;
  if (name == vm.intern("__class__")) return Value::from_object(vm.types().method);
  return get_attribute(vm, as_method(self)->function, name);
}

// types.MethodType(function, instance): binds any callable to an object.
Value new_method(VM& vm, Type*, CallArgs args) {
  if (args.kwnames && args.kwnames->size > 0) {
    return raise(vm, vm.exceptions().TypeError, "method() takes no keyword arguments");
  }
  if (args.nargs != 2) {
    return raise(vm, vm.exceptions().TypeError,
                 "method expected 2 arguments, got " + std::to_string(args.nargs));
  }
  if (!vm.type_of(args.values[0])->slots.call) {
    return raise(vm, vm.exceptions().TypeError, "first argument must be callable");
  }
  if (args.values[1].is(vm.none())) {
    return raise(vm, vm.exceptions().TypeError, "instance must not be None");
  }
  return make_method(vm, args.values[0], args.values[1]);
}

}  // namespace

Value make_method(VM& vm, Value function, Value self) {
  Root<Object> rooted_function(vm.heap(), function);
  Root<Object> rooted_self(vm.heap(), self);
  auto* method = static_cast<Method*>(vm.heap().allocate(vm.types().method, sizeof(Method)));
  method->function = rooted_function.value();
  method->self = rooted_self.value();
  return Value::from_object(method);
}

// The arguments are copied into a new array with `self` in front; the
// caller keeps the originals (and `self`) alive, so the copy needs no root.
Value call_with_self(VM& vm, Value callable, Value self, CallArgs args) {
  size_t keyword_count = args.kwnames ? static_cast<size_t>(args.kwnames->size) : 0;
  size_t total = args.nargs + keyword_count;
  constexpr size_t kInlineArguments = 8;
  Value inline_arguments[kInlineArguments];
  std::vector<Value> heap_arguments;
  Value* arguments = inline_arguments;
  if (total + 1 > kInlineArguments) {
    heap_arguments.resize(total + 1);
    arguments = heap_arguments.data();
  }
  arguments[0] = self;
  for (size_t i = 0; i < total; ++i)
    arguments[i + 1] = args.values[i];
  CallArgs with_self{arguments, args.nargs + 1, args.kwnames};
  if (vm.type_of(callable) == vm.types().function) {
    return call_function(vm, static_cast<Function*>(callable.as_object()), with_self);
  }
  return call(vm, callable, with_self);
}

Value find_unbound_method(VM& vm, Value object, Str* name) {
  Type* type = vm.type_of(object);
  if (type->slots.getattr && type->slots.getattr != generic_getattr) return Value::null();
  Value found = lookup_in_mro(vm, type, name);
  if (found.is_null()) return found;
  Type* found_type = vm.type_of(found);
  if (found_type != vm.types().function && found_type != vm.types().method_descriptor) {
    return Value::null();
  }
  if (Dict** slot = object.is_object() ? instance_dict_address(object.as_object()) : nullptr) {
    if (*slot && !dict_get_str(vm, *slot, name).is_null()) return Value::null();
  }
  return found;
}

void init_method_type(VM& vm) {
  Type* method = vm.make_builtin_type("method", vm.types().object, sizeof(Method));
  vm.mutable_types().method = method;
  method->gc.trace = trace_method;
  method->slots.call = call_method;
  method->slots.repr = repr_method;
  method->slots.richcompare = compare_methods;
  method->slots.hash = hash_method;
  method->slots.getattr = getattr_method;
  method->slots.new_instance = new_method;

  vm.types().function->slots.descr_get = bind_function;
}

}  // namespace eddy::vm

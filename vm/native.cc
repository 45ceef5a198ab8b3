// Native functions and method descriptors, and CPython-style argument
// checks for the C++ functions behind them.
#include "vm/native.h"

#include <cstdio>

#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

void trace_native_function(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<NativeFunction*>(object)->self);
}

void trace_method_descriptor(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<MethodDescriptor*>(object)->owner);
}

Value call_native_function(VM& vm, Value callable, CallArgs args) {
  auto* function = static_cast<NativeFunction*>(callable.as_object());
  return function->def->code(vm, function->self, args);
}

std::string quoted_type_name(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

// Calling the descriptor itself (`list.append(xs, 1)`) takes the receiver
// from the first argument, after checking its type.
Value call_method_descriptor(VM& vm, Value callable, CallArgs args) {
  auto* descriptor = static_cast<MethodDescriptor*>(callable.as_object());
  std::string_view name = descriptor->def->name;
  if (args.nargs == 0) {
    return raise(vm, vm.exceptions().TypeError,
                 "unbound method " + to_utf8(descriptor->owner->name) + "." + std::string(name) +
                     "() needs an argument");
  }
  Value self = args.values[0];
  if (!is_subtype(vm.type_of(self), descriptor->owner)) {
    return raise(vm, vm.exceptions().TypeError,
                 "descriptor '" + std::string(name) + "' for '" + to_utf8(descriptor->owner->name) +
                     "' objects doesn't apply to a '" + quoted_type_name(vm, self) + "' object");
  }
  return descriptor->def->code(vm, self, CallArgs{args.values + 1, args.nargs - 1, args.kwnames});
}

// Looking the descriptor up on an instance binds it: `xs.append`.
Value bind_method_descriptor(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null() || instance.is(vm.none())) return self;
  auto* descriptor = static_cast<MethodDescriptor*>(self.as_object());
  return make_native_function(vm, descriptor->def, instance);
}

Value repr_native_function(VM& vm, Value self) {
  auto* function = static_cast<NativeFunction*>(self.as_object());
  std::string name(function->def->name);
  if (function->self.is_null() || vm.type_of(function->self) == vm.types().module) {
    return Value::from_object(make_str(vm, "<built-in function " + name + ">"));
  }
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(function->self.as_object()));
  return Value::from_object(make_str(vm, "<built-in method " + name + " of " +
                                             quoted_type_name(vm, function->self) + " object at " +
                                             address + ">"));
}

Value repr_method_descriptor(VM& vm, Value self) {
  auto* descriptor = static_cast<MethodDescriptor*>(self.as_object());
  return Value::from_object(make_str(vm, "<method '" + std::string(descriptor->def->name) +
                                             "' of '" + to_utf8(descriptor->owner->name) +
                                             "' objects>"));
}

NativeFunction* as_native_function(Value value) {
  return static_cast<NativeFunction*>(value.as_object());
}

// A builtin function's receiver: null or a module for a module-level
// function.
bool is_module_function(VM& vm, const NativeFunction* function) {
  return function->self.is_null() || vm.type_of(function->self) == vm.types().module;
}

Value function_name(VM& vm, Value self) {
  return Value::from_object(vm.intern(as_native_function(self)->def->name));
}

// "len" for a module's function, "list.append" for a method, whether bound
// to an instance or (as dict.fromkeys) to the class itself.
Value function_qualname(VM& vm, Value self) {
  NativeFunction* function = as_native_function(self);
  if (is_module_function(vm, function)) return function_name(vm, self);
  Value receiver = function->self;
  Type* owner = is_subtype(vm.type_of(receiver), vm.types().type)
                    ? static_cast<Type*>(receiver.as_object())
                    : vm.type_of(receiver);
  return Value::from_object(
      make_str(vm, to_utf8(owner->qualname) + "." + std::string(function->def->name)));
}

// The module for a module's function, else the object the method is bound to.
Value function_self(VM& vm, Value self) {
  Value receiver = as_native_function(self)->self;
  return receiver.is_null() ? vm.none() : receiver;
}

Value function_module(VM& vm, Value self) {
  NativeFunction* function = as_native_function(self);
  if (function->self.is_null() || vm.type_of(function->self) != vm.types().module) {
    return vm.none();
  }
  return get_attribute(vm, function->self, vm.intern("__name__"));
}

Value doc_of(VM& vm, const NativeFunctionDef* def) {
  return def->doc.empty() ? vm.none() : Value::from_object(make_str(vm, def->doc));
}

Value function_doc(VM& vm, Value self) {
  return doc_of(vm, as_native_function(self)->def);
}

constexpr GetSetDef kNativeFunctionFields[] = {
    {"__name__", function_name}, {"__qualname__", function_qualname},
    {"__self__", function_self}, {"__module__", function_module},
    {"__doc__", function_doc},
};

MethodDescriptor* as_method_descriptor(Value value) {
  return static_cast<MethodDescriptor*>(value.as_object());
}

Value descriptor_name(VM& vm, Value self) {
  return Value::from_object(vm.intern(as_method_descriptor(self)->def->name));
}

Value descriptor_qualname(VM& vm, Value self) {
  MethodDescriptor* descriptor = as_method_descriptor(self);
  return Value::from_object(make_str(
      vm, to_utf8(descriptor->owner->qualname) + "." + std::string(descriptor->def->name)));
}

Value descriptor_doc(VM& vm, Value self) {
  return doc_of(vm, as_method_descriptor(self)->def);
}

Value descriptor_owner(VM&, Value self) {
  return Value::from_object(as_method_descriptor(self)->owner);
}

constexpr GetSetDef kMethodDescriptorFields[] = {
    {"__name__", descriptor_name},
    {"__qualname__", descriptor_qualname},
    {"__objclass__", descriptor_owner},
    {"__doc__", descriptor_doc},
};

// "1 argument" / "2 arguments"
std::string arguments(size_t n) {
  return std::to_string(n) + (n == 1 ? " argument" : " arguments");
}

}  // namespace

Value make_native_function(VM& vm, const NativeFunctionDef* def, Value self) {
  Root<Object> receiver(vm.heap(), self);
  auto* function = static_cast<NativeFunction*>(
      vm.heap().allocate(vm.types().native_function, sizeof(NativeFunction)));
  function->def = def;
  function->self = receiver.value();
  return Value::from_object(function);
}

void add_methods(VM& vm, Type* type, std::span<const NativeFunctionDef> defs) {
  for (const NativeFunctionDef& def : defs) {
    auto* descriptor = static_cast<MethodDescriptor*>(
        vm.heap().allocate(vm.types().method_descriptor, sizeof(MethodDescriptor)));
    descriptor->def = &def;
    descriptor->owner = type;
    Root<MethodDescriptor> rooted(vm.heap(), descriptor);
    dict_set_str(vm, type->dict, vm.intern(def.name), rooted.value());
  }
}

bool reject_keywords(VM& vm, std::string_view name) {
  raise(vm, vm.exceptions().TypeError, std::string(name) + "() takes no keyword arguments");
  return false;
}

bool reject_positional(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max) {
  if (has_keywords(args)) return reject_keywords(vm, name);
  size_t n = args.nargs;
  std::string message(name);
  if (min == max) {
    message += " expected " + arguments(min);
  } else if (n < min) {
    message += " expected at least " + arguments(min);
  } else {
    message += " expected at most " + arguments(max);
  }
  message += ", got " + std::to_string(n);
  raise(vm, vm.exceptions().TypeError, message);
  return false;
}

void init_native_types(VM& vm) {
  Type* function = vm.types().native_function;
  function->gc.trace = trace_native_function;
  function->slots.call = call_native_function;
  function->slots.repr = repr_native_function;

  Type* descriptor = vm.types().method_descriptor;
  descriptor->gc.trace = trace_method_descriptor;
  descriptor->slots.call = call_method_descriptor;
  descriptor->slots.descr_get = bind_method_descriptor;
  descriptor->slots.repr = repr_method_descriptor;

  add_getsets(vm, function, kNativeFunctionFields);
  add_getsets(vm, descriptor, kMethodDescriptorFields);
}

}  // namespace eddy::vm

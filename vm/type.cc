// The `type` and `object` types themselves: subtype checks, calling a
// class to make an instance, class attribute lookup, and the defaults every
// object inherits (identity hash and equality, the `<X object at ...>`
// repr).
#include "vm/type.h"

#include <cstdio>

#include "vm/attributes.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

bool is_subtype(const Type* type, const Type* base) {
  if (type->mro) {
    for (int64_t i = 0; i < type->mro->size; ++i) {
      if ((*type->mro)[i].as_object() == base) return true;
    }
    return false;
  }
  for (const Type* t = type; t; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

void trace_type(Object* object, Tracer& tracer) {
  auto* type = static_cast<Type*>(object);
  for (Object* field : {static_cast<Object*>(type->name), static_cast<Object*>(type->qualname),
                        static_cast<Object*>(type->base), static_cast<Object*>(type->bases),
                        static_cast<Object*>(type->mro), static_cast<Object*>(type->dict)}) {
    tracer.visit(field);
  }
}

Function* plain_init_of(VM& vm, Value callable) {
  if (!callable.is_object() || callable.as_object()->type != vm.types().type) return nullptr;
  auto* type = static_cast<Type*>(callable.as_object());
  if (type->slots.new_instance != vm.types().object->slots.new_instance) return nullptr;
  if (type->flags & kTypeIsAbstract) return nullptr;  // new_object() raises the error
  Value init = lookup_in_mro(vm, type, vm.names().init);
  if (init.is_null() || vm.type_of(init) != vm.types().function) return nullptr;
  auto* function = static_cast<Function*>(init.as_object());
  // A generator or coroutine __init__ returns an object, which is an error
  // call_type() reports.
  constexpr uint32_t kSuspends =
      compiler::kGenerator | compiler::kCoroutine | compiler::kAsyncGenerator;
  if (function->code->flags() & kSuspends) return nullptr;
  return function;
}

namespace {

// Calling a class: type(x) answers x's type; otherwise the class makes an
// instance (new_instance) and, if it made one of its own, initialises it.
Value call_type(VM& vm, Value self, CallArgs args) {
  auto* type = static_cast<Type*>(self.as_object());
  bool no_keywords = !args.kwnames || args.kwnames->size == 0;
  if (type == vm.types().type && args.nargs == 1 && no_keywords) {
    return Value::from_object(vm.type_of(args.values[0]));
  }
  if (!type->slots.new_instance) {
    return raise(vm, vm.exceptions().TypeError,
                 "cannot create '" + to_utf8(type->name) + "' instances");
  }
  Value instance = type->slots.new_instance(vm, type, args);
  if (instance.is_null()) return instance;
  Type* made = vm.type_of(instance);
  if (made->slots.init && is_subtype(made, type)) {
    Root<Object> rooted(vm.heap(), instance);
    if (!made->slots.init(vm, instance, args)) return Value::null();
  }
  return instance;
}

// NoneType(), type(...)() and type(NotImplemented)() give back the one
// instance, and take no arguments ("EllipsisType takes no arguments").
constexpr char kNoneTypeName[] = "NoneType";
constexpr char kEllipsisTypeName[] = "EllipsisType";
constexpr char kNotImplementedTypeName[] = "NotImplementedType";

template <Value (VM::*singleton)() const, const char* name>
Value new_singleton(VM& vm, Type*, CallArgs args) {
  if (args.nargs > 0 || (args.kwnames && args.kwnames->size > 0)) {
    return raise(vm, vm.exceptions().TypeError, std::string(name) + " takes no arguments");
  }
  return (vm.*singleton)();
}

Value repr_type(VM& vm, Value self) {
  auto* type = static_cast<Type*>(self.as_object());
  // A class keeps its __module__ in its namespace; so does a builtin type
  // of a native module (collections.deque), where CPython's tp_name says it.
  std::string module;
  Value name = dict_get_str(vm, type->dict, vm.intern("__module__"));
  if (!name.is_null() && vm.type_of(name) == vm.types().str) {
    module = to_utf8(static_cast<Str*>(name.as_object()));
  }
  std::string qualified = module.empty() || module == "builtins"
                              ? to_utf8(type->qualname)
                              : module + "." + to_utf8(type->qualname);
  return Value::from_object(make_str(vm, "<class '" + qualified + "'>"));
}

// <__main__.C object at 0x...>: a class's module comes first, unless it is
// builtins.
Value repr_object(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  Type* type = vm.type_of(self);
  std::string name = to_utf8(type->qualname);
  Value module = dict_get_str(vm, type->dict, vm.intern("__module__"));
  if (!module.is_null() && vm.type_of(module) == vm.types().str) {
    std::string module_name = to_utf8(static_cast<Str*>(module.as_object()));
    if (module_name != "builtins") name = module_name + "." + name;
  }
  return Value::from_object(make_str(vm, "<" + name + " object at " + address + ">"));
}

// object.__str__: the repr, which is what str() of most objects shows.
Value str_object(VM& vm, Value self) {
  return repr(vm, self);
}

// Objects hash by identity, as CPython's default (the address, rotated so
// that alignment zeros do not crowd the table's low bits).
int64_t hash_object(VM&, Value self) {
  auto address = reinterpret_cast<uintptr_t>(self.as_object());
  return static_cast<int64_t>((address >> 4) | (address << 60)) & 0x7FFFFFFFFFFFFFFF;
}

// object's == and != compare identity; ordering is not defined.
Value compare_object(VM& vm, Value self, Value other, CompareOp op) {
  if (op == CompareOp::Equal) return self.is(other) ? vm.boolean(true) : vm.not_implemented();
  if (op == CompareOp::NotEqual) return self.is(other) ? vm.boolean(false) : vm.not_implemented();
  return vm.not_implemented();
}

// "Can't instantiate abstract class C with abstract methods f, g": the
// names of C.__abstractmethods__, sorted.
Value raise_abstract_instantiation(VM& vm, Type* type) {
  Value names = dict_get_str(vm, type->dict, vm.intern("__abstractmethods__"));
  if (names.is_null()) return raise(vm, vm.exceptions().AttributeError, "__abstractmethods__");
  Root<List> sorted(vm.heap(), make_list(vm));
  if (!list_extend(vm, sorted.get(), names) || !list_sort(vm, sorted.get(), vm.none(), false)) {
    return Value::null();
  }
  std::string joined;
  for (Value name : sorted->span()) {
    if (!joined.empty()) joined += ", ";
    joined += vm.type_of(name) == vm.types().str ? to_utf8(static_cast<Str*>(name.as_object()))
                                                 : repr_utf8(vm, name);
  }
  return raise(vm, vm.exceptions().TypeError,
               "Can't instantiate abstract class " + to_utf8(type->name) + " with abstract method" +
                   (sorted->size > 1 ? "s " : " ") + joined);
}

Value new_object(VM& vm, Type* type, CallArgs args) {
  bool has_arguments = args.nargs > 0 || (args.kwnames && args.kwnames->size > 0);
  if (has_arguments && type->slots.init == nullptr) {
    return raise(vm, vm.exceptions().TypeError, to_utf8(type->name) + "() takes no arguments");
  }
  if (type->flags & kTypeIsAbstract) return raise_abstract_instantiation(vm, type);
  return Value::from_object(vm.heap().allocate(type, type->instance_size));
}

}  // namespace

void init_type_and_object_types(VM& vm) {
  Type* type = vm.types().type;
  type->slots.call = call_type;
  type->slots.getattr = type_getattr;
  type->slots.repr = repr_type;
  type->slots.hash = hash_object;
  type->slots.richcompare = compare_object;

  Type* object = vm.types().object;
  object->flags |= kTypeAcceptsSubclasses;
  object->slots.repr = repr_object;
  object->slots.str = str_object;
  object->slots.hash = hash_object;
  object->slots.richcompare = compare_object;
  object->slots.new_instance = new_object;

  // Builtin types that are hashable by identity. (A type whose hash slot
  // stays null is unhashable, as list and dict are.)
  const BuiltinTypes& t = vm.types();
  for (Type* identity_hashed : {t.none, t.ellipsis, t.not_implemented, t.module, t.code, t.function,
                                t.cell, t.native_function, t.method_descriptor, t.traceback}) {
    identity_hashed->slots.hash = hash_object;
  }
  t.none->slots.repr = [](VM& vm, Value) { return Value::from_object(vm.intern("None")); };
  t.none->slots.new_instance = new_singleton<&VM::none, kNoneTypeName>;
  t.ellipsis->slots.new_instance = new_singleton<&VM::ellipsis, kEllipsisTypeName>;
  t.not_implemented->slots.new_instance =
      new_singleton<&VM::not_implemented, kNotImplementedTypeName>;
  t.ellipsis->slots.repr = [](VM& vm, Value) { return Value::from_object(vm.intern("Ellipsis")); };
  t.not_implemented->slots.repr = [](VM& vm, Value) {
    return Value::from_object(vm.intern("NotImplemented"));
  };
}

}  // namespace eddy::vm

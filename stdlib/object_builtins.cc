// isinstance, issubclass, the attribute builtins, vars, dir, id.
#include "stdlib/object_builtins.h"

#include <algorithm>
#include <string>

#include "vm/attributes.h"
#include "vm/class_builder.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

bool is_class(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.types().type);
}

// isinstance/issubclass by the MRO alone: what type.__instancecheck__
// and type.__subclasscheck__ do.
int mro_relation(VM& vm, Value object, Value classinfo, bool subclass_check) {
  if (!is_class(vm, classinfo)) {
    raise(vm, vm.exceptions().TypeError,
          subclass_check ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                         : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  auto* klass = static_cast<Type*>(classinfo.as_object());
  if (!subclass_check) return is_subtype(vm.type_of(object), klass);
  if (!is_class(vm, object)) {
    raise(vm, vm.exceptions().TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  return is_subtype(static_cast<Type*>(object.as_object()), klass);
}

// isinstance/issubclass as CPython's PyObject_IsInstance/IsSubclass: an
// exact type match answers at once; a tuple is tried item by item; a
// classinfo whose type defines __instancecheck__ (__subclasscheck__)
// decides for itself (ABCMeta does); otherwise the MRO answers.
int check_class_relation(VM& vm, Value object, Value classinfo, bool subclass_check) {
  if (!subclass_check && vm.type_of(object) == classinfo.as_object()) return 1;
  Type* classinfo_type = vm.type_of(classinfo);
  if (classinfo_type == vm.types().type) return mro_relation(vm, object, classinfo, subclass_check);
  if (classinfo_type == vm.types().tuple) {
    auto* tuple = static_cast<Tuple*>(classinfo.as_object());
    for (int64_t i = 0; i < tuple->size; ++i) {
      int result = check_class_relation(vm, object, (*tuple)[i], subclass_check);
      if (result != 0) return result;
    }
    return 0;
  }
  const char* hook = subclass_check ? "__subclasscheck__" : "__instancecheck__";
  Value result = call_special_method(vm, classinfo, vm.intern(hook), {&object, 1});
  if (!result.is_null()) return truthy(vm, result);
  if (vm.has_exception()) return -1;
  return mro_relation(vm, object, classinfo, subclass_check);
}

Value builtin_isinstance(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "isinstance", args, 2, 2)) return Value::null();
  int result = check_class_relation(vm, args.values[0], args.values[1], false);
  return result < 0 ? Value::null() : vm.boolean(result);
}

Value builtin_issubclass(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "issubclass", args, 2, 2)) return Value::null();
  int result = check_class_relation(vm, args.values[0], args.values[1], true);
  return result < 0 ? Value::null() : vm.boolean(result);
}

// The attribute name argument of getattr and friends: a str or subclass.
Str* attribute_name(VM& vm, Value name) {
  if (is_subtype(vm.type_of(name), vm.types().str)) return static_cast<Str*>(name.as_object());
  raise(vm, vm.exceptions().TypeError,
        "attribute name must be string, not '" + to_utf8(vm.type_of(name)->name) + "'");
  return nullptr;
}

bool is_attribute_error(VM& vm) {
  return is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError);
}

Value builtin_getattr(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "getattr", args, 2, 3)) return Value::null();
  Str* name = attribute_name(vm, args.values[1]);
  if (!name) return Value::null();
  Value value = get_attribute(vm, args.values[0], name);
  if (value.is_null() && args.nargs == 3 && is_attribute_error(vm)) {
    vm.take_exception();
    return args.values[2];
  }
  return value;
}

Value builtin_hasattr(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "hasattr", args, 2, 2)) return Value::null();
  Str* name = attribute_name(vm, args.values[1]);
  if (!name) return Value::null();
  Value value = get_attribute(vm, args.values[0], name);
  if (!value.is_null()) return vm.boolean(true);
  if (!is_attribute_error(vm)) return Value::null();
  vm.take_exception();
  return vm.boolean(false);
}

Value builtin_setattr(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "setattr", args, 3, 3)) return Value::null();
  Str* name = attribute_name(vm, args.values[1]);
  if (!name) return Value::null();
  if (!set_attribute(vm, args.values[0], name, args.values[2])) return Value::null();
  return vm.none();
}

Value builtin_delattr(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "delattr", args, 2, 2)) return Value::null();
  Str* name = attribute_name(vm, args.values[1]);
  if (!name) return Value::null();
  if (!delete_attribute(vm, args.values[0], name)) return Value::null();
  return vm.none();
}

// vars(obj) is obj.__dict__; vars() is the caller's namespace.
Value builtin_vars(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "vars", args, 0, 1)) return Value::null();
  if (args.nargs == 0) {
    Frame* frame = vm.current_frame();
    if (!frame) return vm.none();
    return frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals;
  }
  Value dict = get_attribute(vm, args.values[0], vm.intern("__dict__"));
  if (dict.is_null() && is_attribute_error(vm)) {
    vm.take_exception();
    return raise(vm, vm.exceptions().TypeError, "vars() argument must have __dict__ attribute");
  }
  return dict;
}

// Adds the keys of `dict` to `names`.
bool add_keys(VM& vm, Dict* dict, Dict* names) {
  if (!dict) return true;
  int64_t position = 0;
  Value key, value;
  while (dict_next(dict, position, &key, &value)) {
    if (!dict_set(vm, names, key, vm.none())) return false;
  }
  return true;
}

// dir(obj): the sorted names of obj's own __dict__ and of every class in
// its class's MRO (for a class: its own MRO). dir() lists the caller's
// namespace.
Value builtin_dir(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "dir", args, 0, 1)) return Value::null();
  Root<Dict> names(vm.heap(), make_dict(vm));
  if (args.nargs == 0) {
    Frame* frame = vm.current_frame();
    Value locals =
        frame ? (frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals)
              : Value::null();
    if (!locals.is_null() && vm.type_of(locals) == vm.types().dict &&
        !add_keys(vm, static_cast<Dict*>(locals.as_object()), names.get())) {
      return Value::null();
    }
  } else {
    Value object = args.values[0];
    Root<Object> custom(vm.heap(), call_special_method(vm, object, vm.intern("__dir__"), {}));
    if (vm.has_exception()) return Value::null();
    if (!custom.value().is_null()) {
      Root<List> listed(vm.heap(), make_list(vm));
      if (!list_extend(vm, listed.get(), custom.value())) return Value::null();
      if (!list_sort(vm, listed.get(), Value::null(), false)) return Value::null();
      return listed.value();
    }
    Type* type = is_class(vm, object) ? static_cast<Type*>(object.as_object()) : vm.type_of(object);
    Value own =
        is_class(vm, object) ? Value::null() : get_attribute(vm, object, vm.intern("__dict__"));
    if (own.is_null()) {
      if (vm.has_exception() && !is_attribute_error(vm)) return Value::null();
      vm.take_exception();
    } else if (vm.type_of(own) == vm.types().dict &&
               !add_keys(vm, static_cast<Dict*>(own.as_object()), names.get())) {
      return Value::null();
    }
    for (Value klass : type->mro->span()) {
      if (!add_keys(vm, static_cast<Type*>(klass.as_object())->dict, names.get())) {
        return Value::null();
      }
    }
    if (!is_class(vm, object)) {
      Value klass = Value::from_object(vm.type_of(object));
      if (!dict_set(vm, names.get(), Value::from_object(vm.intern("__class__")), klass)) {
        return Value::null();
      }
    }
  }
  Root<List> result(vm.heap(), make_list(vm));
  int64_t position = 0;
  Value key, value;
  while (dict_next(names.get(), position, &key, &value)) {
    if (!list_append(vm, result.get(), key)) return Value::null();
  }
  if (!list_sort(vm, result.get(), Value::null(), false)) return Value::null();
  return result.value();
}

// id(x): the object's address (an unboxed value's own bits).
Value builtin_id(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "id", args, 1, 1)) return Value::null();
  Value value = args.values[0];
  uint64_t identity =
      value.is_object() ? reinterpret_cast<uintptr_t>(value.as_object()) : value.bits() >> 1;
  return make_int(vm, static_cast<int64_t>(identity & 0x7FFFFFFFFFFFFFFF));
}

constexpr NativeFunctionDef kFunctions[] = {
    {"__build_class__", build_class},
    {"isinstance", builtin_isinstance,
     "Return whether an object is an instance of a class or of a subclass thereof.\n"
     "\n"
     "A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n"
     "check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n"
     "or ...`` etc."},
    {"issubclass", builtin_issubclass,
     "Return whether 'cls' is derived from another class or is the same class.\n"
     "\n"
     "A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\n"
     "check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\n"
     "or ...``."},
    {"getattr", builtin_getattr,
     "getattr(object, name[, default]) -> value\n"
     "\n"
     "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\n"
     "When a default argument is given, it is returned when the attribute doesn't\n"
     "exist; without it, an exception is raised in that case."},
    {"hasattr", builtin_hasattr,
     "Return whether the object has an attribute with the given name.\n"
     "\n"
     "This is done by calling getattr(obj, name) and catching AttributeError."},
    {"setattr", builtin_setattr,
     "Sets the named attribute on the given object to the specified value.\n"
     "\n"
     "setattr(x, 'y', v) is equivalent to ``x.y = v``"},
    {"delattr", builtin_delattr},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"id", builtin_id,
     "Return the identity of an object.\n"
     "\n"
     "This is guaranteed to be unique among simultaneously existing objects.\n"
     "(CPython uses the object's memory address.)"},
};

}  // namespace

std::span<const NativeFunctionDef> object_builtin_functions() {
  return kFunctions;
}

}  // namespace eddy::stdlib

// Generic attribute lookup, following CPython's PyObject_GenericGetAttr:
//
//   1. a data descriptor on the class (a property, say) wins;
//   2. then the instance's __dict__;
//   3. then a non-data descriptor on the class (a function becomes a bound
//      method) or a plain class attribute;
//   4. else AttributeError.
#include "vm/attributes.h"

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// Where an instance of `type` keeps its __dict__, or null.
Dict** instance_dict_slot(Value object) {
  if (!object.is_object()) return nullptr;
  return instance_dict_address(object.as_object());
}

bool is_data_descriptor(Type* type) { return type->slots.descr_set != nullptr; }

Value no_attribute(VM& vm, Value object, Str* name) {
  return raise(vm, vm.exceptions().AttributeError,
               "'" + to_utf8(vm.type_of(object)->name) + "' object has no attribute '" +
                   to_utf8(name) + "'");
}

}  // namespace

Value lookup_special(VM& vm, Value object, Str* name) {
  Type* type = vm.type_of(object);
  Value found = lookup_in_mro(vm, type, name);
  if (found.is_null()) return found;
  auto bind = vm.type_of(found)->slots.descr_get;
  return bind ? bind(vm, found, object, Value::from_object(type)) : found;
}

Value lookup_in_mro_uncached(VM& vm, Type* type, Str* name, VM::MroCacheEntry& entry,
                             uint64_t version) {
  if (type->mro) {
    Value found = Value::null();
    for (int64_t i = 0; i < type->mro->size; ++i) {
      auto* klass = static_cast<Type*>((*type->mro)[i].as_object());
      found = dict_get_str(vm, klass->dict, name);
      if (!found.is_null()) break;
    }
    entry = VM::MroCacheEntry{type, name, version, found};
    return found;
  }
  // A class still being built has no MRO yet: walk its bases, uncached.
  for (Type* klass = type; klass; klass = klass->base) {
    Value found = dict_get_str(vm, klass->dict, name);
    if (!found.is_null()) return found;
  }
  return Value::null();
}

Value generic_getattr(VM& vm, Value object, Str* name) {
  Type* type = vm.type_of(object);
  Value descriptor = lookup_in_mro(vm, type, name);
  Type* descriptor_type = descriptor.is_null() ? nullptr : vm.type_of(descriptor);
  if (descriptor_type && descriptor_type->slots.descr_get && is_data_descriptor(descriptor_type)) {
    return descriptor_type->slots.descr_get(vm, descriptor, object, Value::from_object(type));
  }
  if (Dict** slot = instance_dict_slot(object); slot && *slot) {
    Value found = dict_get_str(vm, *slot, name);
    if (!found.is_null()) return found;
  }
  if (descriptor_type && descriptor_type->slots.descr_get) {
    return descriptor_type->slots.descr_get(vm, descriptor, object, Value::from_object(type));
  }
  if (!descriptor.is_null()) return descriptor;
  return no_attribute(vm, object, name);
}

bool generic_setattr(VM& vm, Value object, Str* name, Value value) {
  Type* type = vm.type_of(object);
  Value descriptor = lookup_in_mro(vm, type, name);
  if (!descriptor.is_null()) {
    Type* descriptor_type = vm.type_of(descriptor);
    if (descriptor_type->slots.descr_set) {
      return descriptor_type->slots.descr_set(vm, descriptor, object, value);
    }
  }
  Dict** slot = instance_dict_slot(object);
  if (!slot) {
    if (descriptor.is_null()) {
      no_attribute(vm, object, name);
    } else {
      raise(vm, vm.exceptions().AttributeError,
            "'" + to_utf8(type->name) + "' object attribute '" + to_utf8(name) +
                "' is read-only");
    }
    return false;
  }
  if (value.is_null()) {
    int deleted = *slot ? dict_delete(vm, *slot, Value::from_object(name)) : 0;
    if (deleted == 0) no_attribute(vm, object, name);
    return deleted == 1;
  }
  return store_in_instance_dict(vm, object, name, value);
}

bool store_in_instance_dict(VM& vm, Value object, Str* name, Value value) {
  Dict** slot = instance_dict_slot(object);
  if (*slot) return dict_set_str(vm, *slot, name, value);
  Root<Object> rooted_object(vm.heap(), object);
  Root<Object> rooted_value(vm.heap(), value);
  Dict* dict = make_dict(vm);
  *slot = dict;  // objects never move: the slot is where it was
  return dict_set_str(vm, dict, name, value);
}

Value type_getattr(VM& vm, Value type_value, Str* name) {
  auto* type = static_cast<Type*>(type_value.as_object());
  Type* metatype = vm.type_of(type_value);
  Value meta_attribute = lookup_in_mro(vm, metatype, name);
  Type* meta_type = meta_attribute.is_null() ? nullptr : vm.type_of(meta_attribute);
  if (meta_type && meta_type->slots.descr_get && is_data_descriptor(meta_type)) {
    return meta_type->slots.descr_get(vm, meta_attribute, type_value,
                                      Value::from_object(metatype));
  }
  Value attribute = lookup_in_mro(vm, type, name);
  if (!attribute.is_null()) {
    Type* attribute_type = vm.type_of(attribute);
    if (attribute_type->slots.descr_get) {
      return attribute_type->slots.descr_get(vm, attribute, Value::null(), type_value);
    }
    return attribute;
  }
  if (meta_type && meta_type->slots.descr_get) {
    return meta_type->slots.descr_get(vm, meta_attribute, type_value,
                                      Value::from_object(metatype));
  }
  if (!meta_attribute.is_null()) return meta_attribute;
  return raise(vm, vm.exceptions().AttributeError,
               "type object '" + to_utf8(type->name) + "' has no attribute '" + to_utf8(name) +
                   "'");
}

}  // namespace eddy::vm

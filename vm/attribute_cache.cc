// The attribute caches' slow paths: the generic lookup, and the decision
// whether its answer is one a cache can hold (attribute_cache.h).
#include "vm/attribute_cache.h"

#include "vm/dict.h"
#include "vm/method.h"
#include "vm/protocols.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// True if `name` on instances of `type` is settled by the instance dict
// alone: the class (along its MRO) has no data descriptor of that name.
bool instance_dict_decides(VM& vm, Type* type, Str* name) {
  Value descriptor = lookup_in_mro(vm, type, name);
  return descriptor.is_null() || vm.type_of(descriptor)->slots.descr_set == nullptr;
}

// True if `object`'s class gets and sets attributes the generic way (no
// __getattribute__, __getattr__ or __setattr__ of its own).
bool has_generic_attributes(Value object) {
  if (!object.is_object()) return false;
  const TypeSlots& slots = object.as_object()->type->slots;
  return (slots.getattr == nullptr || slots.getattr == generic_getattr) &&
         (slots.setattr == nullptr || slots.setattr == generic_setattr);
}

// True if `object` can have a __dict__ and its class gets and sets
// attributes the generic way.
bool has_generic_instance_dict(Value object) {
  return has_generic_attributes(object) && instance_dict_address(object.as_object()) != nullptr;
}

// The __slots__ member descriptor that `name` finds on `object`'s class,
// or null. Under the generic lookup this data descriptor decides the
// attribute whatever the instance dict holds.
MemberDescriptor* slot_member(VM& vm, Value object, Str* name) {
  if (!has_generic_attributes(object)) return nullptr;
  Value descriptor = lookup_in_mro(vm, object.as_object()->type, name);
  if (descriptor.is_null() || vm.type_of(descriptor) != vm.types().member_descriptor) {
    return nullptr;
  }
  // A descriptor copied into an unrelated class does not describe its layout.
  auto* member = static_cast<MemberDescriptor*>(descriptor.as_object());
  return is_subtype(object.as_object()->type, member->owner) ? member : nullptr;
}

// Fills `cache` with an answer for `object`'s class. When it held the same
// answer for another class, it now holds for both.
void remember(VM& vm, AttributeCache& cache, AttributeCache::Kind kind, Value object, int32_t entry,
              Value value) {
  Type* type = object.as_object()->type;
  uint64_t version = lookup_cache_version(vm);
  bool same_answer = cache.kind == kind && cache.entry == entry && cache.value.is(value) &&
                     cache.version == version;
  Type* other = same_answer && cache.types[0] != type ? cache.types[0] : nullptr;
  cache = AttributeCache{kind, entry, {type, other}, version, value};
}

// The class attribute `name` of `object`'s class if it is a plain value (no
// descriptor at all) that the instance dict does not shadow, else null.
Value plain_class_attribute(VM& vm, Value object, Str* name) {
  Value found = lookup_in_mro(vm, object.as_object()->type, name);
  if (found.is_null() || vm.type_of(found)->slots.descr_get) return Value::null();
  return attribute_cache_detail::not_shadowed(object, name) ? found : Value::null();
}

}  // namespace

Value load_attribute_slow(VM& vm, AttributeCache& cache, Value object, Str* name) {
  using namespace attribute_cache_detail;
  if (holds(vm, cache, AttributeCache::Kind::ClassValue, object) &&
      not_shadowed(object, name)) {
    return cache.value;
  }
  if (MemberDescriptor* member = slot_member(vm, object, name)) {
    int32_t offset = static_cast<int32_t>(member->offset);
    Value value = slot_member_value(object, offset);
    if (!value.is_null()) {
      remember(vm, cache, AttributeCache::Kind::SlotMember, object, offset, Value::null());
      return value;
    }
  }
  if (has_generic_instance_dict(object) &&
      instance_dict_decides(vm, object.as_object()->type, name)) {
    if (Dict* dict = *instance_dict_address(object.as_object())) {
      int32_t entry = -1;
      Value found = dict_get_str_hinted(vm, dict, name, entry);
      if (!found.is_null()) {
        remember(vm, cache, AttributeCache::Kind::InstanceEntry, object, entry, Value::null());
        return found;
      }
    }
    Value found = plain_class_attribute(vm, object, name);
    if (!found.is_null()) {
      remember(vm, cache, AttributeCache::Kind::ClassValue, object, -1, found);
      return found;
    }
  }
  return get_attribute(vm, object, name);
}

Value load_method_slow(VM& vm, AttributeCache& cache, Value object, Str* name) {
  Value method = find_unbound_method(vm, object, name);
  if (!method.is_null() && object.is_object()) {
    remember(vm, cache, AttributeCache::Kind::Method, object, -1, method);
  }
  return method;
}

bool store_attribute_slow(VM& vm, AttributeCache& cache, Value object, Str* name, Value value) {
  if (!set_attribute(vm, object, name, value)) return false;
  if (MemberDescriptor* member = slot_member(vm, object, name)) {
    remember(vm, cache, AttributeCache::Kind::SlotMember, object,
             static_cast<int32_t>(member->offset), Value::null());
    return true;
  }
  if (has_generic_instance_dict(object) &&
      instance_dict_decides(vm, object.as_object()->type, name)) {
    int32_t entry = -1;
    Dict* dict = *instance_dict_address(object.as_object());
    if (!dict_get_str_hinted(vm, dict, name, entry).is_null()) {
      remember(vm, cache, AttributeCache::Kind::InstanceEntry, object, entry, Value::null());
    }
  }
  return true;
}

}  // namespace eddy::vm

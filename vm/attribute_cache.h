// Inline caches for the attribute instructions LOAD_ATTR, LOAD_METHOD and
// STORE_ATTR on instances of ordinary classes — this VM's version of CPython
// 3.11's specialised LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_DICT and
// STORE_ATTR_INSTANCE_VALUE.
//
// A cache remembers, for one class, what the generic lookup decided:
// "the class has no data descriptor of this name, so the answer is the
// instance __dict__'s entry number N", or "the answer is this function of
// the class". Instances of one class add their attributes in the same
// order, so their dicts keep a name at the same entry number, and the next
// instance is answered with one compare instead of an MRO walk and a probe.
//
// Each code object has one cache per name (as LOAD_GLOBAL has its hints).
// An entry holds while the object's class is the one it was filled for and
// lookup_cache_version() is unchanged: no class namespace was written
// (which could add a descriptor or a __getattribute__) and no collection
// ran (which could free that class and reuse its address). The cache holds
// no references, so it needs no tracing.
#pragma once

#include <cstdint>

#include "vm/attributes.h"
#include "vm/descriptors.h"
#include "vm/dict_table.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

struct AttributeCache {
  // What the entry answers. The three instructions share a name's cache
  // (`self.n += 1` loads and stores one name), and each takes only the kinds
  // of answer it can use.
  enum class Kind : uint8_t {
    Empty,
    // LOAD_ATTR, STORE_ATTR: the instance dict's entry `entry`, for a class
    // that gets and sets attributes the generic way.
    InstanceEntry,
    ClassValue,  // LOAD_ATTR: `value`, a plain attribute of the class
    Method,      // LOAD_METHOD: `value`, a function of the class
    // LOAD_ATTR, STORE_ATTR: the __slots__ word at offset `entry` (plus the
    // instance's variable part), which the class's member descriptor owns.
    SlotMember,
  };
  Kind kind = Kind::Empty;
  int32_t entry = -1;
  // The classes it holds for: one, or two when a call site sees instances
  // of two classes (a base class and a subclass, typically).
  Type* types[2] = {nullptr, nullptr};
  uint64_t version = 0;  // lookup_cache_version() when filled
  Value value;
};

// The generic paths, which also fill the cache when the answer is one it
// can hold. load_attribute_slow() answers a ClassValue entry first.
Value load_attribute_slow(VM& vm, AttributeCache& cache, Value object, Str* name);
Value load_method_slow(VM& vm, AttributeCache& cache, Value object, Str* name);
bool store_attribute_slow(VM& vm, AttributeCache& cache, Value object, Str* name, Value value);

namespace attribute_cache_detail {

// True if `cache` holds a `kind` answer for `object`'s class and is valid.
inline bool holds(VM& vm, const AttributeCache& cache, AttributeCache::Kind kind, Value object) {
  if (cache.kind != kind || !object.is_object()) return false;
  Type* type = object.as_object()->type;
  return (type == cache.types[0] || type == cache.types[1]) &&
         cache.version == lookup_cache_version(vm);
}

// The instance dict of an object whose class the cache holds for (it has
// a __dict__ slot); null while the object has no dict yet.
inline Dict* instance_dict(Value object) {
  return *instance_dict_address(object.as_object());
}

// True unless `object`'s own __dict__ holds `name`, shadowing the class's.
inline bool not_shadowed(Value object, Str* name) {
  Dict** slot = instance_dict_address(object.as_object());
  if (!slot || !*slot || (*slot)->used == 0) return true;
  int64_t hash = name->hash != -1 ? name->hash : hash_str(name);
  return find_str_entry(*slot, name, hash) == kMissing;
}

// The __slots__ word at `offset` of `object` (null while unset).
inline Value slot_member_value(Value object, int32_t offset) {
  Object* instance = object.as_object();
  return load_slot_word(instance, offset + variable_shift(instance));
}

}  // namespace attribute_cache_detail

// `object.name`, as get_attribute() (null with an exception on failure).
inline Value load_attribute(VM& vm, AttributeCache& cache, Value object, Str* name) {
  using namespace attribute_cache_detail;
  if (holds(vm, cache, AttributeCache::Kind::InstanceEntry, object)) {
    Dict* dict = instance_dict(object);
    if (Value* value = dict ? entry_value_if_key(dict, cache.entry, name) : nullptr) return *value;
  } else if (holds(vm, cache, AttributeCache::Kind::SlotMember, object)) {
    // An unset slot falls through to the descriptor, which raises.
    Value value = slot_member_value(object, cache.entry);
    if (!value.is_null()) return value;
  }
  return load_attribute_slow(vm, cache, object, name);
}

// The plain function `name` of `object`'s class, to be called with
// `object` as its first argument, as find_unbound_method(): null with no
// exception when the attribute is something else.
inline Value load_method(VM& vm, AttributeCache& cache, Value object, Str* name) {
  using namespace attribute_cache_detail;
  if (holds(vm, cache, AttributeCache::Kind::Method, object) && not_shadowed(object, name)) {
    return cache.value;
  }
  return load_method_slow(vm, cache, object, name);
}

// `object.name = value`, as set_attribute().
inline bool store_attribute(VM& vm, AttributeCache& cache, Value object, Str* name, Value value) {
  using namespace attribute_cache_detail;
  if (holds(vm, cache, AttributeCache::Kind::InstanceEntry, object)) {
    Dict* dict = instance_dict(object);
    if (Value* slot = dict ? entry_value_if_key(dict, cache.entry, name) : nullptr) {
      *slot = value;
      return true;
    }
    // A new attribute (in __init__, typically): no need to look for a
    // descriptor on the class again.
    return store_in_instance_dict(vm, object, name, value);
  }
  if (holds(vm, cache, AttributeCache::Kind::SlotMember, object)) {
    Object* instance = object.as_object();
    store_slot_word(instance, cache.entry + variable_shift(instance), value);
    return true;
  }
  return store_attribute_slow(vm, cache, object, name, value);
}

}  // namespace eddy::vm

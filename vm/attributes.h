// Attribute lookup as `object.__getattribute__` and `type.__getattribute__`
// do it: the class's MRO first (where descriptors such as methods and
// properties live), then the instance's own __dict__.
#pragma once

#include "vm/dict.h"
#include "vm/value.h"
#include "vm/vm.h"

namespace eddy::vm {

class VM;
struct Str;
struct Type;

// The first definition of `name` along `type`'s MRO, or null. Never raises.
// Every attribute access, method call and dunder dispatch asks this, so the
// answers are cached (CPython's method cache): the hit is inline, the walk
// is lookup_in_mro_uncached().
inline Value lookup_in_mro(VM& vm, Type* type, Str* name);
Value lookup_in_mro_uncached(VM& vm, Type* type, Str* name, VM::MroCacheEntry& entry,
                             uint64_t version);

// The special method `name` of `object`'s type, bound to `object` (as
// CPython's _PyObject_LookupSpecial, skipping the instance dict); null
// with no exception set when the type has none.
Value lookup_special(VM& vm, Value object, Str* name);

// object.__getattribute__ / __setattr__ / __delattr__ (null value).
Value generic_getattr(VM& vm, Value object, Str* name);
bool generic_setattr(VM& vm, Value object, Str* name, Value value);
// Its last step: `name` set in the instance's own __dict__, made if the
// object has none yet. `object` must be able to have one.
bool store_in_instance_dict(VM& vm, Value object, Str* name, Value value);

// type.__getattribute__: class attributes, with descriptors bound to the
// class (`C.method` is the plain function, `C.cls_method` is bound).
Value type_getattr(VM& vm, Value type, Str* name);

// What the caches of attribute lookups (this one and attribute_cache.h)
// depend on: a changed class namespace or a collection (which may free a
// class or a name and reuse its address) changes it, which empties them.
inline uint64_t lookup_cache_version(VM& vm) {
  return class_namespace_version() + vm.heap().collections();
}

inline Value lookup_in_mro(VM& vm, Type* type, Str* name) {
  uint64_t version = lookup_cache_version(vm);
  auto key = reinterpret_cast<uintptr_t>(type) ^ (reinterpret_cast<uintptr_t>(name) >> 4);
  VM::MroCacheEntry& entry = vm.mro_cache[(key ^ (key >> 10)) % VM::kMroCacheSize];
  if (entry.type == type && entry.name == name && entry.version == version) return entry.found;
  return lookup_in_mro_uncached(vm, type, name, entry, version);
}

}  // namespace eddy::vm

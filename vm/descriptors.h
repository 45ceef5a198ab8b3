// Descriptors: the objects that customise attribute access when they sit
// in a class — property, classmethod, staticmethod, the getset and member
// descriptors builtin types and __slots__ use for their fields, and
// super, whose attribute lookup skips part of the MRO.
//
// The lookup rules that call descriptors are attributes.cc's; this file
// owns the descriptor objects themselves.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "vm/object.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

struct Property : Object {
  Value getter;   // fget, None when absent
  Value setter;   // fset
  Value deleter;  // fdel
  Value doc;      // __doc__
  Value name;     // set by __set_name__ (or the getter's __name__); null until known
};

struct ClassMethod : Object {  // classmethod and staticmethod
  Value function;              // __func__
};

// A field of a builtin type exposed as an attribute (`type.__name__`,
// `obj.__class__`): C++ accessors behind a data descriptor. A null
// `set` makes the attribute read-only.
struct GetSetDef {
  std::string_view name;
  Value (*get)(VM& vm, Value self);
  bool (*set)(VM& vm, Value self, Value value) = nullptr;  // null value: delete
};

struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
};

// A __slots__ entry: a Value stored at a fixed offset in each instance.
struct MemberDescriptor : Object {
  Str* name;
  Type* owner;
  uint32_t offset;
};

struct Super : Object {
  Type* start;   // the class given to super(): lookup starts after it
  Value object;  // the instance or class bound, or null (unbound super)
  Type* lookup;  // whose MRO is searched: type(object), or object itself
};

// Puts each def into `type`'s namespace as a getset descriptor. The defs
// must outlive the VM (static tables).
void add_getsets(VM& vm, Type* type, std::span<const GetSetDef> defs);

// A member descriptor for slot `name` of `owner`, at `offset`.
Value make_member_descriptor(VM& vm, Type* owner, Str* name, uint32_t offset);

// Slot words (__slots__ storage) hold a Value's bits mixed with the null
// pattern, so that the zeroed memory of a new instance reads as "unset".
Value load_slot_word(const Object* object, size_t offset);
void store_slot_word(Object* object, size_t offset, Value value);

Value make_class_method(VM& vm, Type* type, Value function);

// super(start, object).name: the attribute found after `start` in the
// MRO, bound to `object` (exposed for __init_subclass__).
Value super_lookup(VM& vm, Type* start, Value object, Str* name);

// Creates property, classmethod, staticmethod, super, getset_descriptor
// and member_descriptor.
void init_descriptor_types(VM& vm);

}  // namespace eddy::vm

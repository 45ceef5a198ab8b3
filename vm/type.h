// Type: the object that describes a class of objects.
//
// Like CPython's PyTypeObject, a type carries a table of protocol slots —
// C++ functions the VM calls to repr, hash, compare, call, iterate, ...
// an instance. Builtin types fill the slots with their native code; a class
// written in Python gets slots that look up and call its dunder methods
// (`__repr__`, `__add__`, ...), so the eval loop never needs to care which
// kind it has. A slot left null means "this type does not support that".
//
// Error convention for every slot: a Value-returning slot returns the null
// Value with an exception set in the VM; an int-returning one returns -1;
// a bool-returning one returns false.
#pragma once

#include <cstdint>

#include "vm/heap.h"
#include "vm/object.h"
#include "vm/operators.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;
struct Tuple;
struct Dict;
struct Function;

// Arguments as the CALL instruction passes them: `nargs` positional values,
// then one value per name in `kwnames` (null when there are none).
struct CallArgs {
  const Value* values;
  size_t nargs;
  Tuple* kwnames;
};

struct TypeSlots {
  // --- object protocol
  Value (*repr)(VM&, Value self) = nullptr;
  Value (*str)(VM&, Value self) = nullptr;
  // A Python hash; -1 with an exception set on error (unhashable).
  int64_t (*hash)(VM&, Value self) = nullptr;
  // Returns NotImplemented when it cannot compare with `other`.
  Value (*richcompare)(VM&, Value self, Value other, CompareOp op) = nullptr;
  Value (*getattr)(VM&, Value self, Str* name) = nullptr;
  // A null `value` deletes the attribute.
  bool (*setattr)(VM&, Value self, Str* name, Value value) = nullptr;
  Value (*call)(VM&, Value self, CallArgs args) = nullptr;

  // --- descriptors (functions, properties, classmethod, ...)
  Value (*descr_get)(VM&, Value self, Value instance, Value owner) = nullptr;
  bool (*descr_set)(VM&, Value self, Value instance, Value value) = nullptr;

  // --- iteration; `next` returns null with no exception set when exhausted
  Value (*iter)(VM&, Value self) = nullptr;
  Value (*next)(VM&, Value self) = nullptr;

  // --- numbers. A binary slot is called with the operands in source order
  // whichever of them owns the slot, and returns NotImplemented to let the
  // other operand's type try (as CPython's nb_* slots).
  Value (*binary[kBinaryOpCount])(VM&, Value left, Value right) = {};
  Value (*inplace[kBinaryOpCount])(VM&, Value left, Value right) = {};
  Value (*negative)(VM&, Value self) = nullptr;
  Value (*positive)(VM&, Value self) = nullptr;
  Value (*invert)(VM&, Value self) = nullptr;
  Value (*absolute)(VM&, Value self) = nullptr;
  // 1 true, 0 false, -1 error.
  int (*truth)(VM&, Value self) = nullptr;
  // __index__: an int for slicing and indexing.
  Value (*index)(VM&, Value self) = nullptr;

  // --- containers
  // Length, or -1 with an exception set.
  int64_t (*length)(VM&, Value self) = nullptr;
  Value (*getitem)(VM&, Value self, Value key) = nullptr;
  // A null `value` deletes the item.
  bool (*setitem)(VM&, Value self, Value key, Value value) = nullptr;
  // 1 contained, 0 not, -1 error.
  int (*contains)(VM&, Value self, Value item) = nullptr;

  // --- construction: type(...) calls new_instance, then init on the result
  Value (*new_instance)(VM&, Type* type, CallArgs args) = nullptr;
  bool (*init)(VM&, Value self, CallArgs args) = nullptr;

  // --- coroutines
  Value (*await)(VM&, Value self) = nullptr;
  Value (*aiter)(VM&, Value self) = nullptr;
  Value (*anext)(VM&, Value self) = nullptr;
};

enum TypeFlags : uint32_t {
  kTypeIsHeapType = 1u << 0,  // created by a class statement or type()
  kTypeAcceptsSubclasses = 1u << 1,
  kTypeIsAbstract = 1u << 2,
};

struct Type : Object {
  Str* name = nullptr;      // __name__
  Str* qualname = nullptr;  // __qualname__
  Type* base = nullptr;     // __base__: the solid base whose layout instances share
  Tuple* bases = nullptr;   // __bases__
  Tuple* mro = nullptr;     // __mro__
  Dict* dict = nullptr;     // the class namespace: methods, attributes
  uint32_t flags = 0;       // TypeFlags
  // The size in bytes of an instance, and where in it the instance keeps
  // its __dict__ (0: no __dict__).
  uint32_t instance_size = 0;
  uint32_t dict_offset = 0;
  // For types whose instances hold their items inline (str, tuple): the
  // bytes an instance has past instance_size. A subclass's own words
  // (its __dict__) come after those items, as CPython's negative
  // tp_dictoffset. Null for fixed-size instances.
  size_t (*variable_size)(const Object* object) = nullptr;
  GcHooks gc;
  TypeSlots slots;
};

// How far the words a class adds to its builtin base's layout (the
// __dict__ pointer) sit past their offset in the type: the instance's
// items, rounded up to whole words, for a variable-size base.
inline size_t variable_shift(const Object* object) {
  auto size = object->type->variable_size;
  return size ? (size(object) + 7) / 8 * 8 : 0;
}

// Where an instance keeps its __dict__ pointer, or null if its type gives
// it none.
inline Dict** instance_dict_address(Object* object) {
  const Type* type = object->type;
  if (type->dict_offset == 0) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(object) + type->dict_offset +
                                  variable_shift(object));
}

// True if `type` is `base` or inherits from it (along its MRO once it has
// one, else along __base__).
bool is_subtype(const Type* type, const Type* base);

// The __init__ to run when calling `callable` is no more than "make an
// object of that class, run its __init__ written in Python": a class of
// metaclass `type` with object's __new__, not abstract. CALL then runs the __init__ in
// its own loop, as a frame that gives back the instance. Else null.
Function* plain_init_of(VM& vm, Value callable);

// The collector's trace hook for type objects.
void trace_type(Object* object, Tracer& tracer);

// Slots of `type` and `object`; called once by the VM at start-up.
void init_type_and_object_types(VM& vm);

}  // namespace eddy::vm

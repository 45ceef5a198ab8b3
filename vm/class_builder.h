// Making classes: the class statement (builtins.__build_class__) and
// type(name, bases, namespace) — metaclass selection, __prepare__ and
// __mro_entries__, the C3 method resolution order, the instance layout
// (__dict__, __slots__, builtin bases), and the hooks a new class runs
// (__set_name__, __init_subclass__, the __class__ cell of zero-argument
// super()); type's own attributes (__abstractmethods__, __instancecheck__).
//
// What the new class's slots do is slot_dispatch.h's; attribute lookup
// on classes and instances is attributes.h's.
#pragma once

#include "vm/object.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds): the
// code a class statement compiles to. `self` is unused.
Value build_class(VM& vm, Value self, CallArgs args);

// type.__new__(metatype, name, bases, namespace, **kwds).
Value make_class(VM& vm, Type* metatype, CallArgs args);

// Sets up everything classes need: the method and descriptor types, the
// slots of `type` (new_instance, init, setattr), the attributes of type
// and object (__name__, __mro__, __class__, ...), and the slot wrappers
// of all builtin types. Run last at VM start-up.
void init_class_support(VM& vm);

// Gives `type` the __dict__ attribute of instances that keep their
// attribute dict at type->dict_offset.
void add_instance_dict_attribute(VM& vm, Type* type);

}  // namespace eddy::vm

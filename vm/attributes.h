// Attribute lookup as `object.__getattribute__` and `type.__getattribute__`
// do it: the class's MRO first (where descriptors such as methods and
// properties live), then the instance's own __dict__.
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;
struct Type;

// The first definition of `name` along `type`'s MRO, or null. Never raises.
Value lookup_in_mro(VM& vm, Type* type, Str* name);

// The special method `name` of `object`'s type, bound to `object` (as
// CPython's _PyObject_LookupSpecial, skipping the instance dict); null
// with no exception set when the type has none.
Value lookup_special(VM& vm, Value object, Str* name);

// object.__getattribute__ / __setattr__ / __delattr__ (null value).
Value generic_getattr(VM& vm, Value object, Str* name);
bool generic_setattr(VM& vm, Value object, Str* name, Value value);

// type.__getattribute__: class attributes, with descriptors bound to the
// class (`C.method` is the plain function, `C.cls_method` is bound).
Value type_getattr(VM& vm, Value type, Str* name);

}  // namespace eddy::vm

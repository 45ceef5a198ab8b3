// Names the VM itself looks up on every call of some kind (a class call
// looks for __init__, a call of an instance for __call__, len() of an
// instance for __len__), interned once at start-up so those paths need not
// hash the text and search the intern table each time. Interned strs live
// as long as the VM.
#pragma once

namespace eddy::vm {

struct Str;

// X(field, text) for each name.
#define EDDY_KNOWN_NAMES(X)           \
  X(init, "__init__")                 \
  X(new_, "__new__")                  \
  X(call, "__call__")                 \
  X(getattr, "__getattr__")           \
  X(next, "__next__")                 \
  X(missing, "__missing__")           \
  X(bool_, "__bool__")                \
  X(contains, "__contains__")         \
  X(delattr, "__delattr__")           \
  X(delete_, "__delete__")            \
  X(delitem, "__delitem__")           \
  X(getattribute, "__getattribute__") \
  X(getitem, "__getitem__")           \
  X(hash, "__hash__")                 \
  X(index, "__index__")               \
  X(iter, "__iter__")                 \
  X(len, "__len__")                   \
  X(repr, "__repr__")                 \
  X(set, "__set__")                   \
  X(setattr, "__setattr__")           \
  X(setitem, "__setitem__")           \
  X(str, "__str__")

struct KnownNames {
#define EDDY_KNOWN_NAME_FIELD(field, text) Str* field = nullptr;
  EDDY_KNOWN_NAMES(EDDY_KNOWN_NAME_FIELD)
#undef EDDY_KNOWN_NAME_FIELD
};

}  // namespace eddy::vm

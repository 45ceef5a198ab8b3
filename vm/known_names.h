// Names the VM itself looks up on every call of some kind (a class call
// looks for __init__, a call of an instance for __call__), interned once at
// start-up so those paths need not hash the text and search the intern
// table each time. Interned strs live as long as the VM.
#pragma once

namespace eddy::vm {

struct Str;

// X(field, text) for each name.
#define EDDY_KNOWN_NAMES(X) \
  X(init, "__init__")       \
  X(new_, "__new__")        \
  X(call, "__call__")       \
  X(getattr, "__getattr__") \
  X(next, "__next__")       \
  X(missing, "__missing__")

struct KnownNames {
#define EDDY_KNOWN_NAME_FIELD(field, text) Str* field = nullptr;
  EDDY_KNOWN_NAMES(EDDY_KNOWN_NAME_FIELD)
#undef EDDY_KNOWN_NAME_FIELD
};

}  // namespace eddy::vm

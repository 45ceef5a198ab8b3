// mappingproxy: the read-only view of a mapping that a class's __dict__
// gives, so that a class namespace changes only through setattr (which
// keeps the class's slots up to date).
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;

// A read-only view of `mapping`.
Value make_mappingproxy(VM& vm, Value mapping);

void init_mappingproxy_type(VM& vm);

}  // namespace eddy::vm

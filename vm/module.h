// Module: a namespace object (a module's globals live in its dict).
#pragma once

#include "vm/object.h"

namespace eddy::vm {

class VM;
struct Dict;
struct Str;

struct Module : Object {
  Dict* dict;
};

// A new module named `name`, with __name__ set in its namespace.
Module* make_module(VM& vm, Str* name);

void init_module_type(VM& vm);

}  // namespace eddy::vm

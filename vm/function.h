// Function: a Python function — code plus the environment it runs in
// (globals, defaults, the closure's cells). Calling one pushes a frame and
// runs the eval loop (interpreter.h); binding the call's arguments to the
// frame's parameters, with CPython's errors, is in arguments.cc.
#pragma once

#include "vm/object.h"
#include "vm/type.h"

namespace eddy::vm {

class VM;
struct Code;
struct Dict;
struct Str;
struct Tuple;

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Tuple* defaults;    // null: none
  Dict* kwdefaults;   // null: none
  Tuple* closure;     // the cells of the free variables, or null
  Str* name;          // __name__
  Str* qualname;      // __qualname__
  Dict* dict;         // __dict__, created on first use
  Value doc;          // __doc__
  Dict* annotations;  // null: none
  Value module;       // __module__
};

Function* make_function(VM& vm, Code* code, Dict* globals);

// A cell: one captured variable shared between a function and its closures.
struct Cell : Object {
  Value contents;  // null while unbound
};

Cell* make_cell(VM& vm, Value contents);

void init_function_types(VM& vm);

}  // namespace eddy::vm

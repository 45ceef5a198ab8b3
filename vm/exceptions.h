// Exceptions: the BaseException object layout, the builtin exception
// classes (exceptions.def), and how C++ code raises one.
//
// Raising sets the VM's current exception and returns the null Value, so a
// failing native function reads `return raise(vm, vm.exceptions().TypeError,
// "...");` and its caller passes the null up until the eval loop unwinds
// to a handler (the exception table) or out of the program.
#pragma once

#include <string>

#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Type;
struct Tuple;
struct Dict;

// An instance of BaseException or any subclass.
struct Exception : Object {
  Tuple* args;
  Value traceback;  // a traceback object, or null while none is attached
  Value cause;      // __cause__ (null: None)
  Value context;    // __context__ (null: None)
  bool suppress_context;
  Dict* dict;  // __dict__: attributes set on the instance
};

// One level of the stack of exceptions being handled (CPython's
// _PyErr_StackItem): the VM's own at the bottom, and one per running
// generator above it. See VM::handled_exception().
struct HandledExceptionItem {
  Value exception;  // null: nothing handled at this level
  HandledExceptionItem* previous = nullptr;
};

struct ExceptionTypes {
#define EXCEPTION(name, base) Type* name = nullptr;
#include "vm/exceptions.def"
};

// The collector's trace hook for exceptions, which layouts extending
// Exception call first.
void trace_exception(Object* object, Tracer& tracer);

// Creates the classes and their slots; called once by the VM.
void init_exception_types(VM& vm, ExceptionTypes& types);

// A new exception of `type` whose single argument is `message`.
Value make_exception(VM& vm, Type* type, std::string_view message);
// A new exception of `type` with no arguments (`GeneratorExit()`).
Value make_exception(VM& vm, Type* type);

// StopIteration.value: what a finished generator returned (the
// exception's first argument, or None).
Value stop_iteration_value(VM& vm, Value stop_iteration);

// An attribute of an exception (`msg`, `__notes__`, ...), or null, with no
// exception left set, when it is missing or its lookup failed.
Value optional_attribute(VM& vm, Value object, const char* name);

// Sets `type(message)` as the current exception; returns null.
Value raise(VM& vm, Type* type, std::string_view message);
// Sets `exception` (an instance) as the current exception; returns null.
// Like every raise, links the exception being handled, if any, as its
// __context__ (implicit chaining).
Value raise_value(VM& vm, Value exception);

// The `raise` statement (RAISE_VARARGS): `raise` alone re-raises the
// exception being handled; `raise E` and `raise E from C` accept classes
// (instantiated without arguments) or instances. Always returns null with
// an exception set (a TypeError when E or C is not an exception).
Value raise_from_bytecode(VM& vm, Value exception, Value cause);

// A class deriving from BaseException.
bool is_exception_class(VM& vm, Value value);

// `except match:` (CHECK_EXC_MATCH): 1 if `exception` is an instance of
// the class `match` or of a class in the tuple `match`, else 0; -1 with a
// TypeError when `match` holds anything but exception classes.
int exception_matches(VM& vm, Value exception, Value match);

}  // namespace eddy::vm

// Slots for classes written in Python, and dunders for builtin types.
//
// A class statement gives its type slots that call the class's dunder
// methods (`__repr__`, `__add__`, ...), so the VM drives every class the
// same way, through its slots. The way back is here too: each slot of a
// builtin type appears in the type's namespace as a "slot wrapper"
// (`object.__init__`, `int.__add__`), which is what `super().__init__()`
// or `object.__setattr__(self, ...)` find and call.
//
// Both directions come from one table (slot_dispatch.cc) that pairs each
// slot with its dunder names, as CPython's slotdefs.
#pragma once

#include <span>

#include "vm/object.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

// Fills every slot of heap type `type` from its MRO: a dunder defined by a
// class written in Python installs the function that calls it; otherwise
// the slot is inherited from the first builtin class in the MRO that has
// it. Run when the class is made and when a dunder is assigned to it.
void update_slots(VM& vm, Type* type);

// Calls the special method `name` of `self`'s type (looked up on the
// type, never the instance, as the language requires of dunders) with
// `args` after self. Null with no exception set when the type has none;
// for int(), float(), round(), format() and other protocols without slots.
Value call_special_method(VM& vm, Value self, Str* name, std::span<const Value> args);

// builtins.next(iterator) without a default: the next item, or null with
// an exception set. Unlike the next slot of a class written in Python,
// which absorbs the StopIteration its __next__ raises, this keeps that
// exception, arguments and all.
Value next_or_stop_iteration(VM& vm, Value iterator);

// Calls `method`, found on the class of `self`, as a method of `self`.
Value call_unbound_method(VM& vm, Value method, Value self, CallArgs args);

// The TypeError for an __init__ that returned `result`, not None.
void raise_init_returned_value(VM& vm, Value result);

// Adds to `type`'s namespace a slot wrapper for each slot it defines
// itself (not inherited from its base), and `__new__`. For builtin types
// made after start-up.
void add_slot_wrappers(VM& vm, Type* type);

// Creates the wrapper_descriptor type and wraps every builtin type made so
// far. Must run after all of them have their slots.
void init_slot_wrappers(VM& vm);

}  // namespace eddy::vm

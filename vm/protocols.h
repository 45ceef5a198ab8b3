// The object protocols: what `repr(x)`, `x + y`, `x[k]`, `f(*args)`, `iter(x)`
// ... mean for any value. Each function finds the right slot on the value's
// type (type.h), handles the reflected-operand and fallback rules of the
// language, and raises CPython's TypeError when no slot applies.
//
// Every function here follows the VM's error convention: a null Value (or
// -1, or false) means an exception has been set on the VM.
#pragma once

#include <string>

#include "vm/operators.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

Value repr(VM& vm, Value value);
Value str(VM& vm, Value value);
// repr(value) as UTF-8, for messages and printing; empty on error.
std::string repr_utf8(VM& vm, Value value);

// hash(value): -1 with TypeError "unhashable type: 'list'" set on failure.
int64_t hash(VM& vm, Value value);

// bool(value): 1, 0, or -1 on error.
int truthy(VM& vm, Value value);

// a == b and the other comparisons, with reflection (a < b falls back to
// b > a) and the identity shortcut for == and !=.
Value compare(VM& vm, Value a, Value b, CompareOp op);
// a == b as a truth value: 1, 0, or -1 on error (used by containers).
int equal(VM& vm, Value a, Value b);

// a + b, a += b, ...: tries a's slot, then b's (b first when b's type is a
// subclass of a's), as CPython's binary_op1.
Value binary_op(VM& vm, BinaryOp op, Value a, Value b);
Value negative(VM& vm, Value value);
Value positive(VM& vm, Value value);
Value invert(VM& vm, Value value);

Value get_attribute(VM& vm, Value object, Str* name);
bool set_attribute(VM& vm, Value object, Str* name, Value value);
bool delete_attribute(VM& vm, Value object, Str* name);

Value get_item(VM& vm, Value container, Value key);
bool set_item(VM& vm, Value container, Value key, Value value);
bool delete_item(VM& vm, Value container, Value key);
// `item in container`: 1, 0, or -1 on error. Falls back to iteration.
int contains(VM& vm, Value container, Value item);
// len(value), or -1 on error.
int64_t length(VM& vm, Value value);

// Whether iter(value) has a way to iterate: __iter__, or __getitem__ (the
// old sequence protocol).
bool is_iterable(VM& vm, Value value);
// Whether value is a sequence as CPython's PySequence_Check says: its type
// has __getitem__ and is not a dict.
bool is_sequence(VM& vm, Value value);
// iter(value), and next(iterator): next returns null with no exception set
// when the iterator is exhausted.
Value get_iterator(VM& vm, Value iterable);
Value next(VM& vm, Value iterator);

// Calls `callable` with positional `args` and the keyword arguments named
// by `kwnames` (whose values follow the positional ones).
Value call(VM& vm, Value callable, CallArgs args);
Value call(VM& vm, Value callable, std::initializer_list<Value> positional);

// The index value of an int-like (operator.index), or null on error.
Value index(VM& vm, Value value);

}  // namespace eddy::vm

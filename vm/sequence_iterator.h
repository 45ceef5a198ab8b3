// The iterator of the old sequence protocol (CPython's "iterator" type):
// iter() of an object that has __getitem__ but no __iter__ asks for items
// 0, 1, 2, ... until __getitem__ raises IndexError or StopIteration.
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;

// Whether iter(value) falls back to the sequence protocol: its type has
// __getitem__, no __iter__, and is not a dict (whose keys are no indexes).
bool iterates_by_index(VM& vm, Value value);

Value make_sequence_iterator(VM& vm, Value sequence);

void init_sequence_iterator_type(VM& vm);

}  // namespace eddy::vm

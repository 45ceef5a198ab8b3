// Set and frozenset: unordered collections of distinct hashable values.
//
// The table is CPython's: open addressing over a power-of-two array of
// (key, hash) entries, probed a few slots linearly and then by perturbation,
// with deleted entries left as "dummies" until the next resize. Iteration
// walks the array, so matching CPython's probing, table sizes and resize
// points makes `{3, 1, 2}` and every other set print in CPython's order.
#pragma once

#include <cstdint>

#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// An unused slot has a null key and hash 0; a dummy (a deleted key, which
// must not stop a probe) has a null key and hash -1, which no Python hash
// can be.
struct SetEntry {
  Value key;
  int64_t hash;
};

struct Set : Object {
  int64_t used;     // active entries
  int64_t fill;     // active + dummy entries
  int64_t mask;     // table size - 1
  SetEntry* table;  // malloc'ed; freed by the type's destroy hook
  int64_t finger;   // where pop() looks first
  int64_t hash;     // a frozenset's cached hash; -1 until computed
};

// An empty set (or frozenset) of `type` (set, frozenset or a subclass).
Set* make_set(VM& vm, Type* type);
// 1 if added, 0 if already present, -1 on error (unhashable key, failing __eq__).
int set_add(VM& vm, Set* set, Value key);
// 1 present, 0 absent, -1 error.
int set_contains(VM& vm, Set* set, Value key);
// Adds every item of `iterable`; false on error.
bool set_update(VM& vm, Set* set, Value iterable);
// The in-place operators' work, also used by dict views' set operations.
bool set_difference_update(VM& vm, Set* set, Value other);
bool set_symmetric_difference_update(VM& vm, Set* set, Value other);
// set & other as a new set of set's type, iterating the smaller side.
Set* set_intersection(VM& vm, Set* set, Value other);
// Iterates the table in slot order: start with position 0; false at the end.
bool set_next(const Set* set, int64_t& position, Value* key);

// True for instances of set, frozenset and their subclasses.
bool is_any_set(VM& vm, Value value);

void init_set_types(VM& vm);

}  // namespace eddy::vm

// List: a mutable sequence; the items live in a separately allocated array
// that grows geometrically (amortized O(1) append).
#pragma once

#include <cstdint>
#include <span>

#include "vm/object.h"

namespace eddy::vm {

class VM;

struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;  // malloc'ed; freed by the type's destroy hook

  std::span<Value> span() { return {items, static_cast<size_t>(size)}; }
};

List* make_list(VM& vm, std::span<const Value> items = {});
// Appends; false (MemoryError set) if the array cannot grow.
bool list_append(VM& vm, List* list, Value value);
// Appends every item of `iterable` (list.extend); false on error.
bool list_extend(VM& vm, List* list, Value iterable);
// Sorts in place, stably, comparing key(item) (or the items themselves
// when `key` is None or null) with <; list.sort and sorted() share it.
bool list_sort(VM& vm, List* list, Value key, bool reverse);

struct SliceIndices;
// list[start:stop:step], the positions resolved (vm/slice.h) for the
// list's current size: a new list, or null with MemoryError set.
Value list_slice(VM& vm, List* list, const SliceIndices& slice);

void init_list_type(VM& vm);

}  // namespace eddy::vm

// Tuple: an immutable, fixed-size sequence of values stored inline.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>

#include "vm/object.h"

namespace eddy::vm {

class VM;

struct Tuple : Object {
  int64_t size;

  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value& operator[](int64_t i) { return items()[i]; }
  Value operator[](int64_t i) const { return items()[i]; }
  std::span<const Value> span() const { return {items(), static_cast<size_t>(size)}; }
};

Tuple* make_tuple(VM& vm, std::span<const Value> items);
Tuple* make_tuple(VM& vm, std::initializer_list<Value> items);
// The VM's one empty tuple.
Tuple* empty_tuple(VM& vm);

struct SliceIndices;
// tuple[start:stop:step], the positions resolved (vm/slice.h): a new
// tuple, or an exact tuple itself when the slice takes all of it.
Tuple* tuple_slice(VM& vm, Tuple* tuple, const SliceIndices& slice);

void init_tuple_type(VM& vm);

}  // namespace eddy::vm

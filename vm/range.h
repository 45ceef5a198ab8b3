// Range: the immutable arithmetic sequence range(start, stop, step), with
// its iterator. A range stores its bounds and length, never its items.
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace eddy::vm {

class VM;

// Bounds are limited to the unboxed int range (value.h), so every item a
// range produces is an unboxed int too.
struct Range : Object {
  int64_t start;
  int64_t stop;
  int64_t step;
  int64_t length;

  int64_t at(int64_t i) const { return start + i * step; }
};

Range* make_range(VM& vm, int64_t start, int64_t stop, int64_t step);

void init_range_types(VM& vm);

}  // namespace eddy::vm

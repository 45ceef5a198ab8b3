// Range: the immutable arithmetic sequence range(start, stop, step), with
// its iterator. A range stores its bounds and length, never its items.
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace eddy::vm {

class VM;

// The bounds may be ints of any size, as in CPython. Most ranges are
// small — bounds, step and length all unboxed ints (value.h), hence every
// item too — and those are also kept as int64s, for arithmetic that
// allocates nothing.
struct Range : Object {
  Value start_value;  // the ints range() was given (after __index__)
  Value stop_value;
  Value step_value;
  Value length_value;
  bool small;
  // Valid when `small`.
  int64_t start;
  int64_t stop;
  int64_t step;
  int64_t length;

  int64_t at(int64_t i) const { return start + i * step; }
};

Range* make_range(VM& vm, int64_t start, int64_t stop, int64_t step);

void init_range_types(VM& vm);

}  // namespace eddy::vm

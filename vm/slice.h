// Slice: the object `a[1:2:3]` passes as its key, and the arithmetic that
// turns a slice into concrete start/stop/step/length for a sequence of a
// given size (what CPython's PySlice_Unpack and PySlice_AdjustIndices do).
// Sequences (list, tuple, str, range) use slice_indices for their slicing;
// this file also owns the int-index conversion they share.
#pragma once

#include <cstdint>

#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

struct Slice : Object {
  Value start;  // each is None when omitted, never null
  Value stop;
  Value step;
};

Slice* make_slice(VM& vm, Value start, Value stop, Value step);

// A slice resolved against a sequence of known length: the positions
// start, start+step, ... (`length` of them) are all valid indices.
struct SliceIndices {
  int64_t start;
  int64_t stop;
  int64_t step;
  int64_t length;
};

// Resolves `slice` for a sequence of `sequence_length` items, clamping
// out-of-range bounds as Python does. False with an exception set when a
// bound is not an int (TypeError) or the step is zero (ValueError).
bool slice_indices(VM& vm, Slice* slice, int64_t sequence_length, SliceIndices& out);

// The two halves of slice_indices, for bounds that were never made into a
// slice object (the eval loop's `s[a:b]`: vm/interpreter.cc). Unpacking
// (CPython's PySlice_Unpack) turns start, stop and step, each None or an
// int-like, into int64s, and may run __index__ code; the caller keeps the
// three alive meanwhile. Adjusting fits them to a length read only after
// that code ran, since it may have resized a list.
struct SliceBounds {
  int64_t start;
  int64_t stop;
  int64_t step;
};
bool unpack_slice(VM& vm, Value start, Value stop, Value step, SliceBounds& out);
SliceIndices adjust_slice(const SliceBounds& bounds, int64_t sequence_length);

// operator.index(value) as an int64: ints too large for int64 clamp to its
// bounds (as CPython's _PyEval_SliceIndex). False with an exception set when
// `value` has no __index__.
bool index_as_int64(VM& vm, Value value, int64_t& out);

// The ints Python code can pass as a sequence index: small ints directly,
// or anything with __index__ (bool, int subclasses). Returns false with
// "<type> indices must be integers or slices, not <key type>" set otherwise.
bool sequence_index(VM& vm, Value key, const char* sequence_name, int64_t& out);

void init_slice_type(VM& vm);

}  // namespace eddy::vm

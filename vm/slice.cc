// Slice objects and the index arithmetic every sequence's slicing shares.
#include "vm/slice.h"

#include <limits>
#include <optional>
#include <string>

#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

constexpr int64_t kIndexMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kIndexMin = std::numeric_limits<int64_t>::min();

Slice* as_slice(Value value) {
  return static_cast<Slice*>(value.as_object());
}

bool has_index(VM& vm, Value value) {
  return value.is_small_int() || vm.type_of(value)->slots.index != nullptr;
}

// A slice bound: None gives `if_none`; an int-like is clamped to int64.
bool slice_bound(VM& vm, Value bound, int64_t if_none, int64_t& out) {
  if (bound.is_small_int()) {
    out = bound.as_small_int();
    return true;
  }
  if (bound.is(vm.none())) {
    out = if_none;
    return true;
  }
  if (!has_index(vm, bound)) {
    raise(vm, vm.exceptions().TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_int64(vm, bound, out);
}

// A bound made concrete for a sequence of `length` items: negative counts
// from the end, and anything outside is pulled to the nearest edge (-1 and
// length-1 are the edges when stepping backwards).
int64_t adjust_bound(int64_t bound, int64_t length, int64_t step) {
  if (bound < 0) {
    bound += length;
    if (bound < 0) bound = step < 0 ? -1 : 0;
  } else if (bound >= length) {
    bound = step < 0 ? length - 1 : length;
  }
  return bound;
}

void trace_slice(Object* object, Tracer& tracer) {
  Slice* slice = static_cast<Slice*>(object);
  tracer.visit(slice->start);
  tracer.visit(slice->stop);
  tracer.visit(slice->step);
}

Value slice_repr(VM& vm, Value self) {
  Root<Slice> slice(vm.heap(), self);
  std::string text = "slice(";
  for (Value part : {slice->start, slice->stop, slice->step}) {
    Value part_repr = repr(vm, part);
    if (part_repr.is_null()) return Value::null();
    if (text.size() > 6) text += ", ";
    text += to_utf8(static_cast<Str*>(part_repr.as_object()));
  }
  text += ")";
  return Value::from_object(make_str(vm, text));
}

// Slices compare as the tuples (start, stop, step).
Value slice_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (vm.type_of(other) != vm.types().slice) return vm.not_implemented();
  Root<Slice> a(vm.heap(), self);
  Root<Slice> b(vm.heap(), other);
  Root<Tuple> a_parts(vm.heap(), make_tuple(vm, {a->start, a->stop, a->step}));
  Root<Tuple> b_parts(vm.heap(), make_tuple(vm, {b->start, b->stop, b->step}));
  return compare(vm, a_parts.value(), b_parts.value(), op);
}

Value slice_new(VM& vm, Type*, CallArgs args) {
  if (!check_no_keywords(vm, "slice", args)) return Value::null();
  if (!check_positional(vm, "slice", args, 1, 3)) return Value::null();
  Value none = vm.none();
  const Value* a = args.values;
  switch (args.nargs) {
    case 1:
      return Value::from_object(make_slice(vm, none, a[0], none));
    case 2:
      return Value::from_object(make_slice(vm, a[0], a[1], none));
    default:
      return Value::from_object(make_slice(vm, a[0], a[1], a[2]));
  }
}

// slice.indices(length): the (start, stop, step) that range() would need
// to produce the slice's positions in a sequence of that length.
Value slice_indices_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "indices", args, 1, 1)) return Value::null();
  int64_t length;
  if (!index_as_int64(vm, args.values[0], length)) return Value::null();
  if (length < 0) return raise(vm, vm.exceptions().ValueError, "length should not be negative");
  SliceIndices indices;
  if (!slice_indices(vm, as_slice(self), length, indices)) return Value::null();
  return Value::from_object(
      make_tuple(vm, {Value::from_small_int(indices.start), Value::from_small_int(indices.stop),
                      Value::from_small_int(indices.step)}));
}

constexpr NativeFunctionDef kSliceMethods[] = {
    {"indices", slice_indices_method},
};

constexpr GetSetDef kSliceFields[] = {
    {"start", [](VM&, Value self) { return as_slice(self)->start; }},
    {"stop", [](VM&, Value self) { return as_slice(self)->stop; }},
    {"step", [](VM&, Value self) { return as_slice(self)->step; }},
};

}  // namespace

Slice* make_slice(VM& vm, Value start, Value stop, Value step) {
  Root<Object> rooted_start(vm.heap(), start);
  Root<Object> rooted_stop(vm.heap(), stop);
  Root<Object> rooted_step(vm.heap(), step);
  auto* slice = static_cast<Slice*>(vm.heap().allocate(vm.types().slice, sizeof(Slice)));
  slice->start = start;
  slice->stop = stop;
  slice->step = step;
  return slice;
}

bool index_as_int64(VM& vm, Value value, int64_t& out) {
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  Root<Object> integer(vm.heap(), index(vm, value));
  if (integer.value().is_null()) return false;
  if (integer.value().is_small_int()) {
    out = integer.value().as_small_int();
    return true;
  }
  if (std::optional<int64_t> value = int_to_int64(vm, integer.value())) {
    out = *value;
    return true;
  }
  // Beyond int64, only the sign matters.
  Value negative = compare(vm, integer.value(), Value::from_small_int(0), CompareOp::Less);
  if (negative.is_null()) return false;
  out = negative.is(vm.boolean(true)) ? kIndexMin : kIndexMax;
  return true;
}

bool sequence_index(VM& vm, Value key, const char* sequence_name, int64_t& out) {
  if (key.is_small_int()) {
    out = key.as_small_int();
    return true;
  }
  if (!has_index(vm, key)) {
    raise(vm, vm.exceptions().TypeError,
          std::string(sequence_name) + " indices must be integers or slices, not " +
              to_utf8(vm.type_of(key)->name));
    return false;
  }
  Root<Object> integer(vm.heap(), index(vm, key));
  if (integer.value().is_null()) return false;
  std::optional<int64_t> value = int_to_int64(vm, integer.value());
  if (!value) {
    raise(vm, vm.exceptions().IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  out = *value;
  return true;
}

bool unpack_slice(VM& vm, Value start, Value stop, Value step, SliceBounds& out) {
  if (!slice_bound(vm, step, 1, out.step)) return false;
  if (out.step == 0) {
    raise(vm, vm.exceptions().ValueError, "slice step cannot be zero");
    return false;
  }
  // -step must not overflow.
  if (out.step < -kIndexMax) out.step = -kIndexMax;
  bool backwards = out.step < 0;
  if (!slice_bound(vm, start, backwards ? kIndexMax : 0, out.start)) return false;
  return slice_bound(vm, stop, backwards ? kIndexMin : kIndexMax, out.stop);
}

SliceIndices adjust_slice(const SliceBounds& bounds, int64_t sequence_length) {
  int64_t step = bounds.step;
  int64_t start = adjust_bound(bounds.start, sequence_length, step);
  int64_t stop = adjust_bound(bounds.stop, sequence_length, step);
  int64_t length = 0;
  if (step < 0) {
    if (stop < start) length = (start - stop - 1) / -step + 1;
  } else if (start < stop) {
    length = (stop - start - 1) / step + 1;
  }
  return SliceIndices{start, stop, step, length};
}

// The slice is rooted, so Python code in __index__ cannot pull its bounds
// from under us.
bool slice_indices(VM& vm, Slice* slice, int64_t sequence_length, SliceIndices& out) {
  Root<Slice> rooted(vm.heap(), slice);
  SliceBounds bounds;
  if (!unpack_slice(vm, slice->start, slice->stop, slice->step, bounds)) return false;
  out = adjust_slice(bounds, sequence_length);
  return true;
}

void init_slice_type(VM& vm) {
  Type* type = vm.make_builtin_type("slice", vm.types().object, sizeof(Slice));
  vm.mutable_types().slice = type;
  type->gc.trace = trace_slice;
  type->slots.repr = slice_repr;
  type->slots.richcompare = slice_richcompare;
  type->slots.new_instance = slice_new;
  add_methods(vm, type, kSliceMethods);
  add_getsets(vm, type, kSliceFields);
}

}  // namespace eddy::vm

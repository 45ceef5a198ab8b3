// The range type and range_iterator: construction with CPython's errors,
// length and indexing by arithmetic, slicing into a new range, containment
// of ints without iterating, equality and hashing by the sequence a range
// produces (range(0) == range(5, 5)).
#include "vm/range.h"

#include <optional>
#include <string>

#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/iteration.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Range* as_range(Value value) {
  return static_cast<Range*>(value.as_object());
}

void trace_range(Object* object, Tracer& tracer) {
  auto* range = static_cast<Range*>(object);
  tracer.visit(range->start_value);
  tracer.visit(range->stop_value);
  tracer.visit(range->step_value);
  tracer.visit(range->length_value);
}

struct RangeIterator : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

// The iterator of a range that is not small (CPython's
// longrange_iterator): items start + i * step for i up to length.
struct LongRangeIterator : Object {
  Value start;
  Value step;
  Value length;
  Value index;
};

void trace_long_range_iterator(Object* object, Tracer& tracer) {
  auto* iterator = static_cast<LongRangeIterator*>(object);
  tracer.visit(iterator->start);
  tracer.visit(iterator->step);
  tracer.visit(iterator->length);
  tracer.visit(iterator->index);
}

// Arithmetic on ints of any size, for ranges that are not small. Each
// returns null with an exception set only if memory runs out.
Value add(VM& vm, Value a, Value b) {
  return binary_op(vm, BinaryOp::Add, a, b);
}
Value subtract(VM& vm, Value a, Value b) {
  return binary_op(vm, BinaryOp::Subtract, a, b);
}
Value multiply(VM& vm, Value a, Value b) {
  return binary_op(vm, BinaryOp::Multiply, a, b);
}
Value floor_divide(VM& vm, Value a, Value b) {
  return binary_op(vm, BinaryOp::FloorDivide, a, b);
}
// 1 if a < b, 0 if not, -1 on error.
int less(VM& vm, Value a, Value b) {
  Value result = compare(vm, a, b, CompareOp::Less);
  return result.is_null() ? -1 : truthy(vm, result);
}
int sign_of(VM& vm, Value a) {
  Value zero = Value::from_small_int(0);
  int negative = less(vm, a, zero);
  if (negative != 0) return negative < 0 ? -2 : -1;
  int positive = less(vm, zero, a);
  return positive < 0 ? -2 : positive;
}

// How many items start, start+step, ... lie before stop.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) return (start - stop - 1) / -step + 1;
  return 0;
}

// The same for ints of any size: (stop - start - 1) // step + 1, or 0.
Value long_range_length(VM& vm, Value start, Value stop, Value step) {
  Root<Object> low(vm.heap(), start);
  Root<Object> high(vm.heap(), stop);
  Root<Object> by(vm.heap(), step);
  int direction = sign_of(vm, step);
  if (direction == -2) return Value::null();
  if (direction < 0) {
    low.set(stop);
    high.set(start);
    by.set(binary_op(vm, BinaryOp::Subtract, Value::from_small_int(0), step));
    if (by.value().is_null()) return Value::null();
  }
  int nonempty = less(vm, low.value(), high.value());
  if (nonempty <= 0) return nonempty < 0 ? Value::null() : Value::from_small_int(0);
  Root<Object> span(vm.heap(), subtract(vm, high.value(), low.value()));
  if (span.value().is_null()) return Value::null();
  span.set(subtract(vm, span.value(), Value::from_small_int(1)));
  if (span.value().is_null()) return Value::null();
  span.set(floor_divide(vm, span.value(), by.value()));
  if (span.value().is_null()) return Value::null();
  return add(vm, span.value(), Value::from_small_int(1));
}

// A range from ints of any size; small when everything fits unboxed ints.
Value make_long_range(VM& vm, Value start, Value stop, Value step) {
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
    return Value::from_object(
        make_range(vm, start.as_small_int(), stop.as_small_int(), step.as_small_int()));
  }
  Root<Object> first(vm.heap(), start);
  Root<Object> last(vm.heap(), stop);
  Root<Object> by(vm.heap(), step);
  Root<Object> length(vm.heap(), long_range_length(vm, start, stop, step));
  if (length.value().is_null()) return Value::null();
  auto* range = static_cast<Range*>(vm.heap().allocate(vm.types().range, sizeof(Range)));
  range->start_value = first.value();
  range->stop_value = last.value();
  range->step_value = by.value();
  range->length_value = length.value();
  range->small = false;
  return Value::from_object(range);
}

// One argument of range(): anything with __index__.
Value range_argument(VM& vm, Value value) {
  if (value.is_small_int()) return value;
  return index(vm, value);
}

Value range_new(VM& vm, Type*, CallArgs args) {
  if (!check_no_keywords(vm, "range", args)) return Value::null();
  if (!check_positional(vm, "range", args, 1, 3)) return Value::null();
  Root<Object> start(vm.heap(), Value::from_small_int(0));
  Root<Object> stop(vm.heap(), Value::null());
  Root<Object> step(vm.heap(), Value::from_small_int(1));
  if (args.nargs == 1) {
    stop.set(range_argument(vm, args.values[0]));
    if (stop.value().is_null()) return Value::null();
  } else {
    start.set(range_argument(vm, args.values[0]));
    if (start.value().is_null()) return Value::null();
    stop.set(range_argument(vm, args.values[1]));
    if (stop.value().is_null()) return Value::null();
    if (args.nargs == 3) {
      step.set(range_argument(vm, args.values[2]));
      if (step.value().is_null()) return Value::null();
      int direction = sign_of(vm, step.value());
      if (direction == -2) return Value::null();
      if (direction == 0)
        return raise(vm, vm.exceptions().ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_long_range(vm, start.value(), stop.value(), step.value());
}

Value range_repr(VM& vm, Value self) {
  Root<Range> range(vm.heap(), self);
  std::string text =
      "range(" + repr_utf8(vm, range->start_value) + ", " + repr_utf8(vm, range->stop_value);
  if (!range->step_value.is(Value::from_small_int(1))) {
    text += ", " + repr_utf8(vm, range->step_value);
  }
  if (vm.has_exception()) return Value::null();
  return Value::from_object(make_str(vm, text + ")"));
}

// Ranges are equal when they produce the same items: same length and,
// unless empty, same first item and (beyond one item) same step.
int same_items(VM& vm, const Range* a, const Range* b) {
  if (a->small && b->small) {
    if (a->length != b->length) return 0;
    if (a->length == 0) return 1;
    if (a->start != b->start) return 0;
    return a->length == 1 || a->step == b->step;
  }
  int same = equal(vm, a->length_value, b->length_value);
  if (same <= 0) return same;
  if (a->length_value.is(Value::from_small_int(0))) return 1;
  same = equal(vm, a->start_value, b->start_value);
  if (same <= 0) return same;
  if (a->length_value.is(Value::from_small_int(1))) return 1;
  return equal(vm, a->step_value, b->step_value);
}

Value range_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (vm.type_of(other) != vm.types().range ||
      (op != CompareOp::Equal && op != CompareOp::NotEqual)) {
    return vm.not_implemented();
  }
  int same = same_items(vm, as_range(self), as_range(other));
  if (same < 0) return Value::null();
  return vm.boolean((same == 1) == (op == CompareOp::Equal));
}

// Consistent with equality: the hash of (length, first, step), with the
// parts that do not matter for equality replaced by None.
int64_t range_hash(VM& vm, Value self) {
  Range* range = as_range(self);
  Value none = vm.none();
  Value length = range->length_value;
  Tuple* key;
  if (length.is(Value::from_small_int(0))) {
    key = make_tuple(vm, {length, none, none});
  } else if (length.is(Value::from_small_int(1))) {
    key = make_tuple(vm, {length, range->start_value, none});
  } else {
    key = make_tuple(vm, {length, range->start_value, range->step_value});
  }
  return hash(vm, Value::from_object(key));
}

int64_t range_length_slot(VM& vm, Value self) {
  Range* range = as_range(self);
  if (range->small) return range->length;
  std::optional<int64_t> length = int_to_int64(vm, range->length_value);
  if (length) return *length;
  raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

int range_truth(VM& vm, Value self) {
  Range* range = as_range(self);
  return range->small ? range->length != 0 : truthy(vm, range->length_value);
}

// The item at position `index` (an int, checked to be in range).
Value long_range_item(VM& vm, Range* range, Value index) {
  Root<Range> rooted(vm.heap(), range);
  Value offset = multiply(vm, index, range->step_value);
  if (offset.is_null()) return offset;
  return add(vm, rooted->start_value, offset);
}

// A slice bound as CPython's PySlice_GetLongIndices: None gives the
// default, a negative bound counts from the end, then clamps to [low, high].
Value slice_bound(VM& vm, Value bound, Value fallback, Value length, Value low, Value high) {
  if (bound.is(vm.none())) return fallback;
  Root<Object> value(vm.heap(), index(vm, bound));
  if (value.value().is_null()) return Value::null();
  int negative = less(vm, value.value(), Value::from_small_int(0));
  if (negative < 0) return Value::null();
  if (negative) {
    value.set(add(vm, value.value(), length));
    if (value.value().is_null()) return Value::null();
    int below = less(vm, value.value(), low);
    if (below != 0) return below < 0 ? Value::null() : low;
    return value.value();
  }
  int above = less(vm, high, value.value());
  if (above != 0) return above < 0 ? Value::null() : high;
  return value.value();
}

// range[slice] for a range that is not small: the slice resolved against
// the (big) length, then mapped through the range's arithmetic.
Value long_range_slice(VM& vm, Range* range, Slice* slice) {
  Root<Range> rooted(vm.heap(), range);
  Root<Slice> rooted_slice(vm.heap(), slice);
  Root<Object> step(vm.heap(), Value::from_small_int(1));
  if (!slice->step.is(vm.none())) {
    step.set(index(vm, slice->step));
    if (step.value().is_null()) return Value::null();
  }
  int direction = sign_of(vm, step.value());
  if (direction == -2) return Value::null();
  if (direction == 0) return raise(vm, vm.exceptions().ValueError, "slice step cannot be zero");
  Value length = rooted->length_value;
  Root<Object> low(vm.heap(), Value::from_small_int(direction < 0 ? -1 : 0));
  Root<Object> high(vm.heap(),
                    direction < 0 ? subtract(vm, length, Value::from_small_int(1)) : length);
  if (high.value().is_null()) return Value::null();
  Value start_default = direction < 0 ? high.value() : low.value();
  Value stop_default = direction < 0 ? low.value() : high.value();
  Root<Object> start(vm.heap(), slice_bound(vm, rooted_slice->start, start_default,
                                            rooted->length_value, low.value(), high.value()));
  if (start.value().is_null()) return Value::null();
  Root<Object> stop(vm.heap(), slice_bound(vm, rooted_slice->stop, stop_default,
                                           rooted->length_value, low.value(), high.value()));
  if (stop.value().is_null()) return Value::null();
  Root<Object> first(vm.heap(), long_range_item(vm, rooted.get(), start.value()));
  if (first.value().is_null()) return Value::null();
  Root<Object> last(vm.heap(), long_range_item(vm, rooted.get(), stop.value()));
  if (last.value().is_null()) return Value::null();
  Root<Object> by(vm.heap(), multiply(vm, rooted->step_value, step.value()));
  if (by.value().is_null()) return Value::null();
  return make_long_range(vm, first.value(), last.value(), by.value());
}

Value range_getitem(VM& vm, Value self, Value key) {
  Root<Range> range(vm.heap(), self);
  bool is_slice = key.is_object() && key.as_object()->type == vm.types().slice;
  if (!range->small) {
    if (is_slice) return long_range_slice(vm, range.get(), static_cast<Slice*>(key.as_object()));
    if (!key.is_small_int() && !vm.type_of(key)->slots.index) {
      int64_t unused;
      sequence_index(vm, key, "range", unused);
      return Value::null();
    }
    Root<Object> position(vm.heap(), index(vm, key));
    if (position.value().is_null()) return Value::null();
    int negative = less(vm, position.value(), Value::from_small_int(0));
    if (negative < 0) return Value::null();
    if (negative) position.set(add(vm, position.value(), range->length_value));
    if (position.value().is_null()) return Value::null();
    int below = less(vm, position.value(), Value::from_small_int(0));
    int inside = below == 0 ? less(vm, position.value(), range->length_value) : 0;
    if (below < 0 || inside < 0) return Value::null();
    if (!inside) return raise(vm, vm.exceptions().IndexError, "range object index out of range");
    return long_range_item(vm, range.get(), position.value());
  }
  if (is_slice) {
    SliceIndices slice;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_object()), range->length, slice)) {
      return Value::null();
    }
    return Value::from_object(
        make_range(vm, range->at(slice.start), range->at(slice.stop), range->step * slice.step));
  }
  int64_t index;
  if (!sequence_index(vm, key, "range", index)) return Value::null();
  if (index < 0) index += range->length;
  if (index < 0 || index >= range->length) {
    return raise(vm, vm.exceptions().IndexError, "range object index out of range");
  }
  return Value::from_small_int(range->at(index));
}

bool is_exact_int(VM& vm, Value value) {
  return value.is_small_int() || vm.type_of(value) == vm.types().int_ ||
         vm.type_of(value) == vm.types().bool_;
}

// The position of int `value` in the range (an int), None when absent, or
// null with an exception set.
Value position_of(VM& vm, Range* range, Value value) {
  if (range->small && value.is_small_int()) {
    int64_t offset = value.as_small_int() - range->start;
    if (offset % range->step != 0) return vm.none();
    int64_t position = offset / range->step;
    return position >= 0 && position < range->length ? Value::from_small_int(position) : vm.none();
  }
  Root<Range> rooted(vm.heap(), range);
  Root<Object> offset(vm.heap(), subtract(vm, value, range->start_value));
  if (offset.value().is_null()) return Value::null();
  Value remainder = binary_op(vm, BinaryOp::Remainder, offset.value(), rooted->step_value);
  if (remainder.is_null()) return remainder;
  if (!remainder.is(Value::from_small_int(0))) return vm.none();
  Root<Object> position(vm.heap(), floor_divide(vm, offset.value(), rooted->step_value));
  if (position.value().is_null()) return Value::null();
  int below = less(vm, position.value(), Value::from_small_int(0));
  int inside = below == 0 ? less(vm, position.value(), rooted->length_value) : 0;
  if (below < 0 || inside < 0) return Value::null();
  return inside ? position.value() : vm.none();
}

// An int is found by arithmetic; anything else (1.0, an object with __eq__)
// is compared with each item, as CPython does.
int range_contains(VM& vm, Value self, Value item) {
  if (is_exact_int(vm, item)) {
    Value position = position_of(vm, as_range(self), item);
    return position.is_null() ? -1 : !position.is(vm.none());
  }
  Root<Object> rooted_item(vm.heap(), item);
  int found = 0;
  bool ok = for_each(vm, self, [&](Value value) {
    found = equal(vm, value, rooted_item.value());
    return found == 0;
  });
  return !ok && vm.has_exception() ? -1 : found;
}

Value make_iterator(VM& vm, int64_t first, int64_t step, int64_t count) {
  auto* iterator = static_cast<RangeIterator*>(
      vm.heap().allocate(vm.types().range_iterator, sizeof(RangeIterator)));
  iterator->next = first;
  iterator->step = step;
  iterator->remaining = count;
  return Value::from_object(iterator);
}

Value make_long_iterator(VM& vm, Value start, Value step, Value length) {
  Root<Object> first(vm.heap(), start);
  Root<Object> by(vm.heap(), step);
  Root<Object> count(vm.heap(), length);
  auto* iterator = static_cast<LongRangeIterator*>(
      vm.heap().allocate(vm.types().longrange_iterator, sizeof(LongRangeIterator)));
  iterator->start = first.value();
  iterator->step = by.value();
  iterator->length = count.value();
  iterator->index = Value::from_small_int(0);
  return Value::from_object(iterator);
}

Value range_iter(VM& vm, Value self) {
  Range* range = as_range(self);
  if (!range->small) {
    return make_long_iterator(vm, range->start_value, range->step_value, range->length_value);
  }
  return make_iterator(vm, range->start, range->step, range->length);
}

Value range_iterator_next(VM&, Value self) {
  auto* iterator = static_cast<RangeIterator*>(self.as_object());
  if (iterator->remaining <= 0) return Value::null();
  --iterator->remaining;
  int64_t value = iterator->next;
  iterator->next += iterator->step;
  return Value::from_small_int(value);
}

Value long_range_iterator_next(VM& vm, Value self) {
  Root<Object> rooted(vm.heap(), self);
  auto iterator = [&] { return static_cast<LongRangeIterator*>(rooted.get()); };
  int more = less(vm, iterator()->index, iterator()->length);
  if (more <= 0) return Value::null();
  Root<Object> offset(vm.heap(), multiply(vm, iterator()->index, iterator()->step));
  if (offset.value().is_null()) return Value::null();
  Root<Object> item(vm.heap(), add(vm, iterator()->start, offset.value()));
  if (item.value().is_null()) return Value::null();
  Value next_index = add(vm, iterator()->index, Value::from_small_int(1));
  if (next_index.is_null()) return next_index;
  iterator()->index = next_index;
  return item.value();
}

// it.__length_hint__(): how many items are left (operator.length_hint,
// list(it) preallocating).
Value range_iterator_length_hint(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "range_iterator.__length_hint__", args)) return Value::null();
  return Value::from_small_int(static_cast<RangeIterator*>(self.as_object())->remaining);
}

Value long_range_iterator_length_hint(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "longrange_iterator.__length_hint__", args)) return Value::null();
  auto* iterator = static_cast<LongRangeIterator*>(self.as_object());
  return subtract(vm, iterator->length, iterator->index);
}

constexpr NativeFunctionDef kRangeIteratorMethods[] = {
    {"__length_hint__", range_iterator_length_hint},
};

constexpr NativeFunctionDef kLongRangeIteratorMethods[] = {
    {"__length_hint__", long_range_iterator_length_hint},
};

Value range_count_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "range.count", args)) return Value::null();
  Value item = args.values[0];
  if (is_exact_int(vm, item)) {
    int found = range_contains(vm, self, item);
    return found < 0 ? Value::null() : Value::from_small_int(found);
  }
  Root<Object> rooted_item(vm.heap(), item);
  int64_t count = 0;
  bool ok = for_each(vm, self, [&](Value value) {
    int same = equal(vm, value, rooted_item.value());
    count += same > 0;
    return same >= 0;
  });
  return ok ? Value::from_small_int(count) : Value::null();
}

Value range_index_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "range.index", args)) return Value::null();
  Value item = args.values[0];
  Root<Object> rooted_item(vm.heap(), item);
  Root<Object> position(vm.heap(), vm.none());
  if (is_exact_int(vm, item)) {
    position.set(position_of(vm, as_range(self), item));
    if (position.value().is_null()) return Value::null();
  } else {
    int64_t i = 0;
    bool ok = for_each(vm, self, [&](Value value) {
      int same = equal(vm, value, rooted_item.value());
      if (same > 0) position.set(make_int(vm, i));
      ++i;
      return same == 0;
    });
    if (!ok && vm.has_exception()) return Value::null();
  }
  if (!position.value().is(vm.none())) return position.value();
  std::string text;
  if (!append_repr(vm, rooted_item.value(), text)) return Value::null();
  return raise(vm, vm.exceptions().ValueError, text + " is not in range");
}

Value range_reversed_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "range.__reversed__", args)) return Value::null();
  Root<Range> range(vm.heap(), self);
  if (range->small) {
    return make_iterator(vm, range->at(range->length - 1), -range->step, range->length);
  }
  Root<Object> last_index(vm.heap(), subtract(vm, range->length_value, Value::from_small_int(1)));
  if (last_index.value().is_null()) return Value::null();
  Root<Object> last(vm.heap(), long_range_item(vm, range.get(), last_index.value()));
  if (last.value().is_null()) return Value::null();
  Root<Object> back(vm.heap(),
                    binary_op(vm, BinaryOp::Subtract, Value::from_small_int(0), range->step_value));
  if (back.value().is_null()) return Value::null();
  return make_long_iterator(vm, last.value(), back.value(), range->length_value);
}

constexpr NativeFunctionDef kRangeMethods[] = {
    {"count", range_count_method},
    {"index", range_index_method},
    {"__reversed__", range_reversed_method},
};

constexpr GetSetDef kRangeFields[] = {
    {"start", [](VM&, Value self) { return as_range(self)->start_value; }},
    {"stop", [](VM&, Value self) { return as_range(self)->stop_value; }},
    {"step", [](VM&, Value self) { return as_range(self)->step_value; }},
};

}  // namespace

Range* make_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  auto* range = static_cast<Range*>(vm.heap().allocate(vm.types().range, sizeof(Range)));
  range->start = start;
  range->stop = stop;
  range->step = step;
  range->length = range_length(start, stop, step);
  range->small = true;
  range->start_value = Value::from_small_int(start);
  range->stop_value = Value::from_small_int(stop);
  range->step_value = Value::from_small_int(step);
  range->length_value = Value::from_small_int(range->length);
  return range;
}

void init_range_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  types.range = vm.make_builtin_type("range", types.object, sizeof(Range));
  types.range->gc.trace = trace_range;
  TypeSlots& slots = types.range->slots;
  slots.truth = range_truth;
  slots.repr = range_repr;
  slots.richcompare = range_richcompare;
  slots.hash = range_hash;
  slots.length = range_length_slot;
  slots.getitem = range_getitem;
  slots.contains = range_contains;
  slots.iter = range_iter;
  slots.new_instance = range_new;
  add_methods(vm, types.range, kRangeMethods);
  add_getsets(vm, types.range, kRangeFields);

  types.range_iterator =
      vm.make_builtin_type("range_iterator", types.object, sizeof(RangeIterator));
  types.range_iterator->slots.iter = iterator_self;
  types.range_iterator->slots.next = range_iterator_next;
  add_methods(vm, types.range_iterator, kRangeIteratorMethods);

  types.longrange_iterator =
      vm.make_builtin_type("longrange_iterator", types.object, sizeof(LongRangeIterator));
  types.longrange_iterator->gc.trace = trace_long_range_iterator;
  types.longrange_iterator->slots.iter = iterator_self;
  types.longrange_iterator->slots.next = long_range_iterator_next;
  add_methods(vm, types.longrange_iterator, kLongRangeIteratorMethods);
}

}  // namespace eddy::vm

// The range type and range_iterator: construction with CPython's errors,
// length and indexing by arithmetic, slicing into a new range, containment
// of ints without iterating, equality and hashing by the sequence a range
// produces (range(0) == range(5, 5)).
#include "vm/range.h"

#include <string>

#include "vm/descriptors.h"
#include "vm/exceptions.h"
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

struct RangeIterator : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

// How many items start, start+step, ... lie before stop.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) return (start - stop - 1) / -step + 1;
  return 0;
}

// One argument of range(): an int-like within the unboxed int range.
bool range_argument(VM& vm, Value value, int64_t& out) {
  Root<Object> integer(vm.heap(), index(vm, value));
  if (integer.value().is_null()) return false;
  if (!integer.value().is_small_int()) {
    raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  out = integer.value().as_small_int();
  return true;
}

Value range_new(VM& vm, Type*, CallArgs args) {
  if (!check_no_keywords(vm, "range", args)) return Value::null();
  if (!check_positional(vm, "range", args, 1, 3)) return Value::null();
  int64_t start = 0, stop = 0, step = 1;
  if (args.nargs == 1) {
    if (!range_argument(vm, args.values[0], stop)) return Value::null();
  } else {
    if (!range_argument(vm, args.values[0], start)) return Value::null();
    if (!range_argument(vm, args.values[1], stop)) return Value::null();
    if (args.nargs == 3) {
      if (!range_argument(vm, args.values[2], step)) return Value::null();
      if (step == 0) return raise(vm, vm.exceptions().ValueError, "range() arg 3 must not be zero");
    }
  }
  return Value::from_object(make_range(vm, start, stop, step));
}

Value range_repr(VM& vm, Value self) {
  Range* range = as_range(self);
  std::string text = "range(" + std::to_string(range->start) + ", " + std::to_string(range->stop);
  if (range->step != 1) text += ", " + std::to_string(range->step);
  return Value::from_object(make_str(vm, text + ")"));
}

// Ranges are equal when they produce the same items: same length and,
// unless empty, same first item and (beyond one item) same step.
bool same_items(const Range* a, const Range* b) {
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  return a->length == 1 || a->step == b->step;
}

Value range_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (vm.type_of(other) != vm.types().range ||
      (op != CompareOp::Equal && op != CompareOp::NotEqual)) {
    return vm.not_implemented();
  }
  bool same = same_items(as_range(self), as_range(other));
  return vm.boolean(same == (op == CompareOp::Equal));
}

// Consistent with equality: the hash of (length, first, step), with the
// parts that do not matter for equality replaced by None.
int64_t range_hash(VM& vm, Value self) {
  Range* range = as_range(self);
  Value none = vm.none();
  Value length = Value::from_small_int(range->length);
  Tuple* key;
  if (range->length == 0) {
    key = make_tuple(vm, {length, none, none});
  } else if (range->length == 1) {
    key = make_tuple(vm, {length, Value::from_small_int(range->start), none});
  } else {
    key = make_tuple(
        vm, {length, Value::from_small_int(range->start), Value::from_small_int(range->step)});
  }
  return hash(vm, Value::from_object(key));
}

int64_t range_length_slot(VM&, Value self) {
  return as_range(self)->length;
}

Value range_getitem(VM& vm, Value self, Value key) {
  Root<Range> range(vm.heap(), self);
  if (key.is_object() && key.as_object()->type == vm.types().slice) {
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

// The position of int `value` in the range, or -1.
int64_t position_of(VM& vm, const Range* range, Value value) {
  if (!value.is_small_int()) {
    Value integer = index(vm, value);
    if (integer.is_null() || !integer.is_small_int()) {
      vm.take_exception();
      return -1;
    }
    value = integer;
  }
  int64_t i = value.as_small_int();
  int64_t offset = i - range->start;
  if (offset % range->step != 0) return -1;
  int64_t position = offset / range->step;
  return position >= 0 && position < range->length ? position : -1;
}

// An int is found by arithmetic; anything else (1.0, an object with __eq__)
// is compared with each item, as CPython does.
int range_contains(VM& vm, Value self, Value item) {
  if (is_exact_int(vm, item)) return position_of(vm, as_range(self), item) >= 0;
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

Value range_iter(VM& vm, Value self) {
  Range* range = as_range(self);
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

Value range_count_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "range.count", args)) return Value::null();
  Value item = args.values[0];
  if (is_exact_int(vm, item)) return Value::from_small_int(range_contains(vm, self, item));
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
  int64_t position = -1;
  if (is_exact_int(vm, item)) {
    position = position_of(vm, as_range(self), item);
  } else {
    int64_t i = 0;
    bool ok = for_each(vm, self, [&](Value value) {
      int same = equal(vm, value, rooted_item.value());
      if (same > 0) position = i;
      ++i;
      return same == 0;
    });
    if (!ok && vm.has_exception()) return Value::null();
  }
  if (position >= 0) return Value::from_small_int(position);
  std::string text;
  if (!append_repr(vm, rooted_item.value(), text)) return Value::null();
  return raise(vm, vm.exceptions().ValueError, text + " is not in range");
}

Value range_reversed_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "range.__reversed__", args)) return Value::null();
  Range* range = as_range(self);
  return make_iterator(vm, range->at(range->length - 1), -range->step, range->length);
}

constexpr NativeFunctionDef kRangeMethods[] = {
    {"count", range_count_method},
    {"index", range_index_method},
    {"__reversed__", range_reversed_method},
};

constexpr GetSetDef kRangeFields[] = {
    {"start", [](VM&, Value self) { return Value::from_small_int(as_range(self)->start); }},
    {"stop", [](VM&, Value self) { return Value::from_small_int(as_range(self)->stop); }},
    {"step", [](VM&, Value self) { return Value::from_small_int(as_range(self)->step); }},
};

}  // namespace

Range* make_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  auto* range = static_cast<Range*>(vm.heap().allocate(vm.types().range, sizeof(Range)));
  range->start = start;
  range->stop = stop;
  range->step = step;
  range->length = range_length(start, stop, step);
  return range;
}

void init_range_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  types.range = vm.make_builtin_type("range", types.object, sizeof(Range));
  TypeSlots& slots = types.range->slots;
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
}

}  // namespace eddy::vm

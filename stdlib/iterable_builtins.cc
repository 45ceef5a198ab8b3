// The builtins that consume an iterable and return one value: all, any,
// sum, min, max and sorted. Each walks its argument with for_each
// (iteration.h); the lazy ones (zip, map, ...) are in builtin_iterators.cc.
#include "stdlib/iterable_builtins.h"

#include <string>

#include "stdlib/keyword_arguments.h"
#include "vm/exceptions.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// all() and any() stop at the first item whose truth is `decisive`
// (False for all, True for any) and return it as a bool.
Value first_decisive_truth(VM& vm, std::string_view name, CallArgs args, bool decisive) {
  if (!check_one_argument(vm, name, args)) {
    return Value::null();
  }
  bool found = false;
  bool completed = for_each(vm, args.values[0], [&](Value item) {
    int truth = truthy(vm, item);
    if (truth < 0) return false;
    found = (truth == 1) == decisive;
    return !found;
  });
  if (!completed && vm.has_exception()) return Value::null();
  return vm.boolean(found ? decisive : !decisive);
}

Value builtin_all(VM& vm, Value, CallArgs args) {
  return first_decisive_truth(vm, "all", args, false);
}

Value builtin_any(VM& vm, Value, CallArgs args) {
  return first_decisive_truth(vm, "any", args, true);
}

// sum(iterable, /, start=0): adds with `+` from left to right. Text and
// binary data are refused up front, as CPython does, to steer programs to
// the linear-time join.
Value builtin_sum(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "sum", args, {"start"})) return Value::null();
  if (!check_positional(vm, "sum", positional_part(args), 1, 2)) return Value::null();
  Value start = args.nargs == 2 ? args.values[1] : keyword(args, vm.intern("start"));
  if (start.is_null()) start = Value::from_small_int(0);
  Type* start_type = vm.type_of(start);
  const BuiltinTypes& types = vm.types();
  if (is_subtype(start_type, types.str)) {
    return raise(vm, vm.exceptions().TypeError,
                 "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (is_subtype(start_type, types.bytes)) {
    return raise(vm, vm.exceptions().TypeError,
                 "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (is_subtype(start_type, types.bytearray)) {
    return raise(vm, vm.exceptions().TypeError,
                 "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Root<Object> total(vm.heap(), start);
  bool completed = for_each(vm, args.values[0], [&](Value item) {
    total.set(binary_op(vm, BinaryOp::Add, total.value(), item));
    return !total.value().is_null();
  });
  if (!completed) return Value::null();
  return total.value();
}

// min() and max() share this: `wanted` is the comparison an item must
// win against the best so far to replace it (< for min, > for max), so
// the first of equal extremes is kept. Called either with one iterable
// (and an optional default) or with several arguments to compare.
Value extreme(VM& vm, std::string_view name, CallArgs args, CompareOp wanted) {
  if (!check_keywords(vm, name, args, {"key", "default"})) return Value::null();
  if (args.nargs == 0) {
    return raise(vm, vm.exceptions().TypeError,
                 std::string(name) + " expected at least 1 argument, got 0");
  }
  Value key = keyword(args, vm.intern("key"));
  if (key.is(vm.none())) key = Value::null();
  Value fallback = keyword(args, vm.intern("default"));
  if (!fallback.is_null() && args.nargs > 1) {
    return raise(vm, vm.exceptions().TypeError,
                 "Cannot specify a default for " + std::string(name) +
                     "() with multiple positional arguments");
  }
  Heap& heap = vm.heap();
  Root<Object> best(heap, Value::null());
  Root<Object> best_key(heap, Value::null());
  auto consider = [&](Value item) {
    Value item_key = item;
    if (!key.is_null()) {
      item_key = call(vm, key, {item});
      if (item_key.is_null()) return false;
    }
    if (!best.value().is_null()) {
      Root<Object> rooted_key(heap, item_key);
      Value wins = compare(vm, item_key, best_key.value(), wanted);
      if (wins.is_null()) return false;
      int truth = truthy(vm, wins);
      if (truth < 0) return false;
      if (truth == 0) return true;
    }
    best.set(item);
    best_key.set(item_key);
    return true;
  };
  if (args.nargs == 1) {
    if (!for_each(vm, args.values[0], consider)) return Value::null();
  } else {
    for (size_t i = 0; i < args.nargs; ++i) {
      if (!consider(args.values[i])) return Value::null();
    }
  }
  if (!best.value().is_null()) return best.value();
  if (!fallback.is_null()) return fallback;
  return raise(vm, vm.exceptions().ValueError, std::string(name) + "() arg is an empty sequence");
}

Value builtin_min(VM& vm, Value, CallArgs args) {
  return extreme(vm, "min", args, CompareOp::Less);
}

Value builtin_max(VM& vm, Value, CallArgs args) {
  return extreme(vm, "max", args, CompareOp::Greater);
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted as
// list.sort sorts.
Value builtin_sorted(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "sorted", args, {"key", "reverse"})) return Value::null();
  if (!check_positional(vm, "sorted", positional_part(args), 1, 1)) return Value::null();
  Root<List> list(vm.heap(), make_list(vm));
  if (!list_extend(vm, list.get(), args.values[0])) return Value::null();
  Value key = keyword(args, vm.intern("key"));
  Value reverse = keyword(args, vm.intern("reverse"));
  // list.sort's reverse: an int, not any truth value.
  int64_t descending = 0;
  if (!reverse.is_null() && !index_as_int64(vm, reverse, descending)) return Value::null();
  if (!list_sort(vm, list.get(), key, descending != 0)) return Value::null();
  return list.value();
}

constexpr NativeFunctionDef kFunctions[] = {
    {"all", builtin_all},
    {"any", builtin_any},
    {"sum", builtin_sum,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n"
     "\n"
     "When the iterable is empty, return the start value.\n"
     "This function is intended specifically for use with numeric values and may\n"
     "reject non-numeric types."},
    {"min", builtin_min,
     "min(iterable, *[, default=obj, key=func]) -> value\n"
     "min(arg1, arg2, *args, *[, key=func]) -> value\n"
     "\n"
     "With a single iterable argument, return its smallest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the smallest argument."},
    {"max", builtin_max,
     "max(iterable, *[, default=obj, key=func]) -> value\n"
     "max(arg1, arg2, *args, *[, key=func]) -> value\n"
     "\n"
     "With a single iterable argument, return its biggest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the largest argument."},
    {"sorted", builtin_sorted,
     "Return a new list containing all items from the iterable in ascending order.\n"
     "\n"
     "A custom key function can be supplied to customize the sort order, and the\n"
     "reverse flag can be set to request the result in descending order."},
};

}  // namespace

std::span<const NativeFunctionDef> iterable_builtin_functions() {
  return kFunctions;
}

}  // namespace eddy::stdlib

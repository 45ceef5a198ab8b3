// list.sort and sorted(): a stable natural merge sort in the shape of
// CPython's timsort.
//
// The list is cut into runs: each maximal ascending stretch (or strictly
// descending one, reversed in place — strictly, so that reversing keeps
// equal items in order) is taken as it is, and short runs are extended to
// `minrun` items by binary insertion. Runs go on a stack whose lengths are
// kept growing roughly like Fibonacci numbers by merging neighbours, which
// bounds the work at O(n log n) and makes already-ordered input O(n).
// Lists shorter than 64 items are a single binary insertion sort, so small
// sorts make exactly CPython's comparisons. Unlike timsort, a merge never
// switches to "galloping" (exponential search); only the comparisons made
// on large, highly structured inputs differ, never the result.
//
// Only `<` is used, and a run of equal items is never reordered: the sort is
// stable. Comparisons may run Python code that raises (the sort then stops,
// leaving every item in the list) or that touches the list: during the sort
// the list looks empty, and a list changed meanwhile raises
// "list modified during sort".
#include <algorithm>
#include <cstdlib>
#include <new>
#include <vector>

#include "vm/exceptions.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// One item being sorted: its sort key, and (with a key function) the list
// item it belongs to, which moves with it.
struct SortArrays {
  Value* keys;
  Value* values;  // null when the keys are the items themselves

  void move(int64_t to, int64_t from) {
    keys[to] = keys[from];
    if (values) values[to] = values[from];
  }
  void reverse(int64_t low, int64_t high) {
    std::reverse(keys + low, keys + high);
    if (values) std::reverse(values + low, values + high);
  }
};

struct Run {
  int64_t base;
  int64_t length;
};

class Sorter {
 public:
  Sorter(VM& vm, SortArrays items, SortArrays scratch)
      : vm_(vm), items_(items), scratch_(scratch) {}

  bool sort(int64_t count);

 private:
  // a < b as a truth value: 1, 0, or -1 on error.
  int less(Value a, Value b) {
    Value result = compare(vm_, a, b, CompareOp::Less);
    if (result.is_null()) return -1;
    if (result.is(vm_.boolean(true))) return 1;
    if (result.is(vm_.boolean(false))) return 0;
    return truthy(vm_, result);
  }

  static int64_t compute_minrun(int64_t n);
  int64_t count_run(int64_t low, int64_t high);
  bool binary_insertion_sort(int64_t low, int64_t high, int64_t start);
  int64_t first_greater(Value key, int64_t low, int64_t high);
  int64_t first_not_less(Value key, int64_t low, int64_t high);
  bool merge_collapse();
  bool merge_force_collapse();
  bool merge_at(size_t i);
  bool merge_low(int64_t a, int64_t a_length, int64_t b, int64_t b_length);
  bool merge_high(int64_t a, int64_t a_length, int64_t b, int64_t b_length);

  VM& vm_;
  SortArrays items_;
  SortArrays scratch_;
  std::vector<Run> runs_;
  bool failed_ = false;
};

// Timsort's minimum run length: n's top six bits, plus one if any lower bit
// is set, so that n / minrun is a power of two or just below one, and the
// final merges are balanced.
int64_t Sorter::compute_minrun(int64_t n) {
  int64_t extra = 0;
  while (n >= 64) {
    extra |= n & 1;
    n >>= 1;
  }
  return n + extra;
}

// The length of the run starting at `low`, made ascending. -1 on error.
int64_t Sorter::count_run(int64_t low, int64_t high) {
  if (low + 1 == high) return 1;
  Value* keys = items_.keys;
  int descending = less(keys[low + 1], keys[low]);
  if (descending < 0) return -1;
  int64_t end = low + 2;
  for (; end < high; ++end) {
    int smaller = less(keys[end], keys[end - 1]);
    if (smaller < 0) return -1;
    if (smaller != descending) break;
  }
  if (descending) items_.reverse(low, end);
  return end - low;
}

// Sorts [low, high), of which [low, start) is already sorted: each next
// item is placed after every equal one, by binary search.
bool Sorter::binary_insertion_sort(int64_t low, int64_t high, int64_t start) {
  for (; start < high; ++start) {
    Value pivot_key = items_.keys[start];
    Value pivot_value = items_.values ? items_.values[start] : Value::null();
    int64_t position = first_greater(pivot_key, low, start);
    if (failed_) return false;
    for (int64_t i = start; i > position; --i)
      items_.move(i, i - 1);
    items_.keys[position] = pivot_key;
    if (items_.values) items_.values[position] = pivot_value;
  }
  return true;
}

// The first position in the sorted [low, high) whose key is > `key` (so
// `key` goes after its equals). Sets failed_ on error.
int64_t Sorter::first_greater(Value key, int64_t low, int64_t high) {
  while (low < high) {
    int64_t middle = low + ((high - low) >> 1);
    int smaller = less(key, items_.keys[middle]);
    if (smaller < 0) {
      failed_ = true;
      return low;
    }
    if (smaller) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

// The first position in the sorted [low, high) whose key is >= `key`.
int64_t Sorter::first_not_less(Value key, int64_t low, int64_t high) {
  while (low < high) {
    int64_t middle = low + ((high - low) >> 1);
    int smaller = less(items_.keys[middle], key);
    if (smaller < 0) {
      failed_ = true;
      return low;
    }
    if (smaller) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

bool Sorter::sort(int64_t count) {
  if (count < 2) return true;
  int64_t minrun = compute_minrun(count);
  for (int64_t low = 0; low < count;) {
    int64_t length = count_run(low, count);
    if (length < 0) return false;
    if (length < minrun) {
      int64_t forced = std::min(minrun, count - low);
      if (!binary_insertion_sort(low, low + forced, low + length)) return false;
      length = forced;
    }
    runs_.push_back(Run{low, length});
    if (!merge_collapse()) return false;
    low += length;
  }
  return merge_force_collapse();
}

// Restores the stack invariants — each run longer than the next one, and
// than the next two together — by merging, from the top of the stack.
bool Sorter::merge_collapse() {
  while (runs_.size() > 1) {
    size_t n = runs_.size() - 2;
    auto length = [&](size_t i) { return runs_[i].length; };
    if ((n > 0 && length(n - 1) <= length(n) + length(n + 1)) ||
        (n > 1 && length(n - 2) <= length(n - 1) + length(n))) {
      if (length(n - 1) < length(n + 1)) --n;
      if (!merge_at(n)) return false;
    } else if (length(n) <= length(n + 1)) {
      if (!merge_at(n)) return false;
    } else {
      break;
    }
  }
  return true;
}

bool Sorter::merge_force_collapse() {
  while (runs_.size() > 1) {
    size_t n = runs_.size() - 2;
    if (n > 0 && runs_[n - 1].length < runs_[n + 1].length) --n;
    if (!merge_at(n)) return false;
  }
  return true;
}

// Merges runs i and i+1. Items of the first run that are <= the second's
// first item are already in place, as are items of the second run >= the
// first's last; only the rest is merged, through scratch space the size of
// the shorter side.
bool Sorter::merge_at(size_t i) {
  Run a = runs_[i];
  Run b = runs_[i + 1];
  runs_[i].length = a.length + b.length;
  runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(i) + 1);

  int64_t skip = first_greater(items_.keys[b.base], a.base, a.base + a.length) - a.base;
  if (failed_) return false;
  a.base += skip;
  a.length -= skip;
  if (a.length == 0) return true;
  b.length = first_not_less(items_.keys[a.base + a.length - 1], b.base, b.base + b.length) - b.base;
  if (failed_) return false;
  if (b.length == 0) return true;
  return a.length <= b.length ? merge_low(a.base, a.length, b.base, b.length)
                              : merge_high(a.base, a.length, b.base, b.length);
}

// Copies run a (the shorter) aside and merges front to back. On error the
// rest of the copy goes back into the gap, so no item is lost.
bool Sorter::merge_low(int64_t a, int64_t a_length, int64_t b, int64_t b_length) {
  for (int64_t k = 0; k < a_length; ++k) {
    scratch_.keys[k] = items_.keys[a + k];
    if (items_.values) scratch_.values[k] = items_.values[a + k];
  }
  int64_t from_a = 0, from_b = b, b_end = b + b_length, to = a;
  bool ok = true;
  while (from_a < a_length && from_b < b_end) {
    int smaller = less(items_.keys[from_b], scratch_.keys[from_a]);
    if (smaller < 0) {
      ok = false;
      break;
    }
    if (smaller) {
      items_.move(to++, from_b++);
    } else {
      items_.keys[to] = scratch_.keys[from_a];
      if (items_.values) items_.values[to] = scratch_.values[from_a];
      ++to;
      ++from_a;
    }
  }
  for (; from_a < a_length; ++from_a, ++to) {
    items_.keys[to] = scratch_.keys[from_a];
    if (items_.values) items_.values[to] = scratch_.values[from_a];
  }
  return ok;
}

// The mirror image: copies run b (the shorter) aside and merges back to
// front.
bool Sorter::merge_high(int64_t a, int64_t a_length, int64_t b, int64_t b_length) {
  for (int64_t k = 0; k < b_length; ++k) {
    scratch_.keys[k] = items_.keys[b + k];
    if (items_.values) scratch_.values[k] = items_.values[b + k];
  }
  int64_t from_a = a + a_length - 1, from_b = b_length - 1, to = b + b_length - 1;
  bool ok = true;
  while (from_a >= a && from_b >= 0) {
    int smaller = less(scratch_.keys[from_b], items_.keys[from_a]);
    if (smaller < 0) {
      ok = false;
      break;
    }
    if (smaller) {
      items_.move(to--, from_a--);
    } else {
      items_.keys[to] = scratch_.keys[from_b];
      if (items_.values) items_.values[to] = scratch_.values[from_b];
      --to;
      --from_b;
    }
  }
  for (; from_b >= 0; --from_b, --to) {
    items_.keys[to] = scratch_.keys[from_b];
    if (items_.values) items_.values[to] = scratch_.values[from_b];
  }
  return ok;
}

// A list of `count` slots (their values are whatever the sort puts there,
// all of them traced), as GC-visible scratch or key storage.
List* make_scratch(VM& vm, int64_t count) {
  List* list = make_list(vm);
  if (count == 0) return list;
  list->items = static_cast<Value*>(std::malloc(count * sizeof(Value)));
  if (!list->items) throw std::bad_alloc();
  std::fill(list->items, list->items + count, Value::null());
  list->capacity = count;
  list->size = count;
  return list;
}

}  // namespace

bool list_sort(VM& vm, List* list, Value key, bool reverse) {
  Heap& heap = vm.heap();
  Root<List> target(heap, list);
  Root<Object> key_function(heap, key);
  bool has_key = !key.is_null() && !key.is(vm.none());

  // Detach the items into a holder list the collector still sees, leaving
  // the list itself empty for the duration.
  Root<List> holder(heap, make_list(vm));
  std::swap(holder->items, target->items);
  std::swap(holder->size, target->size);
  std::swap(holder->capacity, target->capacity);
  int64_t count = holder->size;

  Root<List> keys(heap, make_scratch(vm, has_key ? count : 0));
  bool ok = true;
  if (has_key) {
    for (int64_t i = 0; i < count && ok; ++i) {
      Value item_key = call(vm, key_function.value(), {holder->items[i]});
      if (item_key.is_null()) {
        ok = false;
      } else {
        keys->items[i] = item_key;
      }
    }
  }
  if (ok) {
    Root<List> scratch_keys(heap, make_scratch(vm, count / 2 + 1));
    Root<List> scratch_values(heap, make_scratch(vm, has_key ? count / 2 + 1 : 0));
    SortArrays items{has_key ? keys->items : holder->items, has_key ? holder->items : nullptr};
    SortArrays scratch{scratch_keys->items, has_key ? scratch_values->items : nullptr};
    // Reversing before and after sorting keeps equal items in their
    // original order under reverse=True.
    if (reverse) items.reverse(0, count);
    ok = Sorter(vm, items, scratch).sort(count);
    if (reverse) items.reverse(0, count);
  }

  bool modified = target->items != nullptr || target->size != 0;
  std::free(target->items);
  target->items = holder->items;
  target->size = holder->size;
  target->capacity = holder->capacity;
  holder->items = nullptr;
  holder->size = holder->capacity = 0;
  if (ok && modified) {
    raise(vm, vm.exceptions().ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace eddy::vm

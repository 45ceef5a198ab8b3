// for_each: "for item in iterable" for C++ code. Lists, tuples, dicts, sets
// and ranges are walked directly; anything else goes through iter() and
// next(). Used by list(x), tuple(x), set(x), dict.update(x), sorted(),
// str.join() and every other builtin that consumes an iterable.
#pragma once

#include <utility>

#include "vm/dict.h"
#include "vm/heap.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

// The errors of a container resized while being walked.
void raise_dict_changed_size(VM& vm);
void raise_set_changed_size(VM& vm);

// Calls f(item) for every item of `iterable`, in iteration order. f returns
// false to stop: after raising an exception, or simply to stop early.
// for_each returns false if f stopped it or the iteration itself raised;
// vm.has_exception() tells the two apart. Each item is rooted while f runs.
template <class F>
bool for_each(VM& vm, Value iterable, F&& f) {
  Heap& heap = vm.heap();
  Root<Object> container(heap, iterable);
  Root<Object> item(heap, Value::null());
  auto visit = [&](Value value) {
    item.set(value);
    return f(value);
  };
  if (iterable.is_object()) {
    Type* type = iterable.as_object()->type;
    const BuiltinTypes& types = vm.types();
    if (type == types.list) {
      // Re-read the size each time: f may grow or shrink the list.
      auto* list = static_cast<List*>(iterable.as_object());
      for (int64_t i = 0; i < list->size; ++i) {
        if (!visit(list->items[i])) return false;
      }
      return true;
    }
    if (type == types.tuple) {
      auto* tuple = static_cast<Tuple*>(iterable.as_object());
      for (int64_t i = 0; i < tuple->size; ++i) {
        if (!visit((*tuple)[i])) return false;
      }
      return true;
    }
    if (type == types.dict) {
      auto* dict = static_cast<Dict*>(iterable.as_object());
      int64_t used = dict->used;
      int64_t position = 0;
      Value key;
      while (dict_next(dict, position, &key, nullptr)) {
        if (!visit(key)) return false;
        if (dict->used != used) {
          raise_dict_changed_size(vm);
          return false;
        }
      }
      return true;
    }
    if (type == types.set || type == types.frozenset) {
      auto* set = static_cast<Set*>(iterable.as_object());
      int64_t used = set->used;
      int64_t position = 0;
      Value key;
      while (set_next(set, position, &key)) {
        if (!visit(key)) return false;
        if (set->used != used) {
          raise_set_changed_size(vm);
          return false;
        }
      }
      return true;
    }
    if (type == types.range && static_cast<Range*>(iterable.as_object())->small) {
      auto* range = static_cast<Range*>(iterable.as_object());
      for (int64_t i = 0; i < range->length; ++i) {
        if (!visit(Value::from_small_int(range->at(i)))) return false;
      }
      return true;
    }
  }
  Root<Object> iterator(heap, get_iterator(vm, iterable));
  if (iterator.value().is_null()) return false;
  for (;;) {
    Value value = next(vm, iterator.value());
    if (value.is_null()) return !vm.has_exception();
    if (!visit(value)) return false;
  }
}

}  // namespace eddy::vm

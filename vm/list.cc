// The list type: the growable item array, indexing and slice assignment,
// comparison, concatenation and repetition, the methods (sort is in
// list_sort.cc), and list_iterator / list_reverseiterator.
#include "vm/list.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

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

List* as_list(Value value) {
  return static_cast<List*>(value.as_object());
}

bool is_list(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().list);
}

void trace_list(Object* object, Tracer& tracer) {
  auto* list = static_cast<List*>(object);
  for (int64_t i = 0; i < list->size; ++i)
    tracer.visit(list->items[i]);
}

void destroy_list(Object* object) {
  std::free(static_cast<List*>(object)->items);
}

// Makes room for at least `capacity` items. Growth is geometric (x1.5) so
// that appending n items costs O(n) in all.
bool reserve(VM& vm, List* list, int64_t capacity) {
  if (capacity <= list->capacity) return true;
  int64_t grown = list->capacity + (list->capacity >> 1) + 4;
  if (grown < capacity) grown = capacity;
  auto* items = static_cast<Value*>(std::realloc(list->items, grown * sizeof(Value)));
  if (!items) {
    raise(vm, vm.exceptions().MemoryError, "");
    return false;
  }
  list->items = items;
  list->capacity = grown;
  return true;
}

List* allocate_list(VM& vm, Type* type) {
  return static_cast<List*>(vm.heap().allocate(type, type->instance_size));
}

// Replaces items [low, high) with `replacement` (CPython's list_ass_slice).
// The replacement must not be the list itself; the caller copies it first.
bool replace_range(VM& vm, List* list, int64_t low, int64_t high,
                   std::span<const Value> replacement) {
  if (high < low) high = low;
  int64_t removed = high - low;
  int64_t added = static_cast<int64_t>(replacement.size());
  int64_t new_size = list->size - removed + added;
  if (!reserve(vm, list, new_size)) return false;
  Value* items = list->items;
  std::memmove(items + low + added, items + high, (list->size - high) * sizeof(Value));
  std::copy(replacement.begin(), replacement.end(), items + low);
  list->size = new_size;
  return true;
}

struct ListItems {
  const List* list;
  int64_t size() const { return list->size; }
  Value at(int64_t i) const { return list->items[i]; }
};

Value list_repr(VM& vm, Value self) {
  Root<List> list(vm.heap(), self);
  if (list->size == 0) return Value::from_object(make_str(vm, "[]"));
  ReprGuard guard(vm, list.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, "[...]"));
  std::string text = "[";
  // Re-read the size: an item's repr may shrink the list.
  for (int64_t i = 0; i < list->size; ++i) {
    if (i > 0) text += ", ";
    if (!append_repr(vm, list->items[i], text)) return Value::null();
  }
  text += "]";
  return Value::from_object(make_str(vm, text));
}

Value list_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_list(vm, other)) return vm.not_implemented();
  Root<List> a(vm.heap(), self);
  Root<List> b(vm.heap(), other);
  return compare_sequences(vm, ListItems{a.get()}, ListItems{b.get()}, op);
}

int64_t list_length(VM&, Value self) {
  return as_list(self)->size;
}

Value list_getitem(VM& vm, Value self, Value key) {
  List* list = as_list(self);
  if (key.is_small_int()) {
    int64_t index = key.as_small_int();
    if (index < 0) index += list->size;
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(list->size)) {
      return raise(vm, vm.exceptions().IndexError, "list index out of range");
    }
    return list->items[index];
  }
  if (key.is_object() && key.as_object()->type == vm.types().slice) {
    // The size is read after the bounds' __index__ code, which may change it.
    Root<List> rooted(vm.heap(), list);
    Root<Slice> slice(vm.heap(), key);
    SliceBounds bounds;
    if (!unpack_slice(vm, slice->start, slice->stop, slice->step, bounds)) return Value::null();
    return list_slice(vm, rooted.get(), adjust_slice(bounds, rooted->size));
  }
  Root<List> rooted(vm.heap(), list);
  int64_t index;
  if (!sequence_index(vm, key, "list", index)) return Value::null();
  if (index < 0) index += rooted->size;
  if (index < 0 || index >= rooted->size) {
    return raise(vm, vm.exceptions().IndexError, "list index out of range");
  }
  return rooted->items[index];
}

// The items of an assigned value as a list of their own (a copy even when
// the value is this very list, as `a[1:] = a` needs).
List* assigned_items(VM& vm, Value value, const char* not_iterable_message) {
  if (!is_iterable(vm, value)) {
    raise(vm, vm.exceptions().TypeError, not_iterable_message);
    return nullptr;
  }
  Root<List> items(vm.heap(), make_list(vm));
  if (!list_extend(vm, items.get(), value)) return nullptr;
  return items.get();
}

bool delete_extended_slice(List* list, const SliceIndices& slice) {
  // Walk the deleted positions upwards, closing the gaps as we go.
  int64_t step = slice.step, start = slice.start;
  if (step < 0) {
    start = start + step * (slice.length - 1);
    step = -step;
  }
  Value* items = list->items;
  int64_t write = start;
  for (int64_t read = start; read < list->size; ++read) {
    bool deleted =
        read >= start && (read - start) % step == 0 && (read - start) / step < slice.length;
    if (!deleted) items[write++] = items[read];
  }
  list->size = write;
  return true;
}

bool assign_slice(VM& vm, List* list, Slice* key, Value value) {
  Root<List> rooted(vm.heap(), list);
  Root<Object> rooted_value(vm.heap(), value);
  SliceIndices slice;
  if (!slice_indices(vm, key, list->size, slice)) return false;
  if (slice.step == 1) {
    if (value.is_null()) return replace_range(vm, rooted.get(), slice.start, slice.stop, {});
    List* items = assigned_items(vm, value, "can only assign an iterable");
    if (!items) return false;
    Root<List> replacement(vm.heap(), items);
    // __iter__ of the value may have resized the list: clamp again.
    int64_t start = std::min(slice.start, rooted->size);
    int64_t stop = std::min(slice.stop, rooted->size);
    return replace_range(vm, rooted.get(), start, stop, replacement->span());
  }
  if (value.is_null()) return delete_extended_slice(rooted.get(), slice);
  List* items = assigned_items(vm, value, "must assign iterable to extended slice");
  if (!items) return false;
  if (items->size != slice.length) {
    raise(vm, vm.exceptions().ValueError,
          "attempt to assign sequence of size " + std::to_string(items->size) +
              " to extended slice of size " + std::to_string(slice.length));
    return false;
  }
  for (int64_t i = 0; i < slice.length; ++i) {
    rooted->items[slice.start + i * slice.step] = items->items[i];
  }
  return true;
}

// l[key] = value, or del l[key] when `value` is null.
bool list_setitem(VM& vm, Value self, Value key, Value value) {
  List* list = as_list(self);
  if (key.is_object() && key.as_object()->type == vm.types().slice) {
    return assign_slice(vm, list, static_cast<Slice*>(key.as_object()), value);
  }
  Root<List> rooted(vm.heap(), list);
  Root<Object> rooted_value(vm.heap(), value);
  int64_t index;
  if (!sequence_index(vm, key, "list", index)) return false;
  if (index < 0) index += list->size;
  if (index < 0 || index >= list->size) {
    raise(vm, vm.exceptions().IndexError, "list assignment index out of range");
    return false;
  }
  if (value.is_null()) return replace_range(vm, list, index, index + 1, {});
  list->items[index] = value;
  return true;
}

int list_contains(VM& vm, Value self, Value item) {
  Root<List> list(vm.heap(), self);
  for (int64_t i = 0; i < list->size; ++i) {
    int found = equal(vm, list->items[i], item);
    if (found != 0) return found;
  }
  return 0;
}

Value make_list_iterator(VM& vm, Type* type, Value list, int64_t start) {
  Root<Object> rooted(vm.heap(), list);
  auto* iterator =
      static_cast<SequenceIterator*>(vm.heap().allocate(type, sizeof(SequenceIterator)));
  iterator->sequence = rooted.value();
  iterator->index = start;
  return Value::from_object(iterator);
}

Value list_iter(VM& vm, Value self) {
  return make_list_iterator(vm, vm.types().list_iterator, self, 0);
}

Value list_iterator_next(VM&, Value self) {
  auto* iterator = static_cast<SequenceIterator*>(self.as_object());
  if (iterator->sequence.is_null()) return Value::null();
  List* list = as_list(iterator->sequence);
  if (iterator->index < list->size) return list->items[iterator->index++];
  iterator->sequence = Value::null();
  return Value::null();
}

Value list_reverseiterator_next(VM&, Value self) {
  auto* iterator = static_cast<SequenceIterator*>(self.as_object());
  if (iterator->sequence.is_null()) return Value::null();
  List* list = as_list(iterator->sequence);
  if (iterator->index >= 0 && iterator->index < list->size) {
    return list->items[iterator->index--];
  }
  iterator->sequence = Value::null();
  return Value::null();
}

Value list_add(VM& vm, Value left, Value right) {
  if (!is_list(vm, left)) return vm.not_implemented();
  if (!is_list(vm, right)) {
    if (!is_builtin_operand(vm, right)) return vm.not_implemented();
    return raise_cannot_concatenate(vm, left, right);
  }
  Root<List> a(vm.heap(), left);
  Root<List> b(vm.heap(), right);
  Root<List> result(vm.heap(), make_list(vm));
  if (!reserve(vm, result.get(), a->size + b->size)) return Value::null();
  std::copy(a->items, a->items + a->size, result->items);
  std::copy(b->items, b->items + b->size, result->items + a->size);
  result->size = a->size + b->size;
  return result.value();
}

// Makes `list` hold `count` copies of its items (the shared core of * and *=).
bool repeat_in_place(VM& vm, List* list, int64_t count) {
  int64_t size = list->size;
  if (count <= 0) {
    list->size = 0;
    return true;
  }
  if (size == 0 || count == 1) return true;
  if (count > (int64_t{1} << 40) / size) {
    raise(vm, vm.exceptions().MemoryError, "");
    return false;
  }
  if (!reserve(vm, list, size * count)) return false;
  for (int64_t copy = 1; copy < count; ++copy) {
    std::copy(list->items, list->items + size, list->items + copy * size);
  }
  list->size = size * count;
  return true;
}

Value list_multiply(VM& vm, Value left, Value right) {
  bool list_on_left = is_list(vm, left);
  Value sequence = list_on_left ? left : right;
  Value count_value = list_on_left ? right : left;
  int64_t count;
  if (!repeat_count(vm, count_value, count)) {
    if (vm.has_exception()) return Value::null();
    if (!is_builtin_operand(vm, count_value)) return vm.not_implemented();
    return raise_cannot_multiply(vm, count_value);
  }
  Root<List> result(vm.heap(), make_list(vm, as_list(sequence)->span()));
  if (!repeat_in_place(vm, result.get(), count)) return Value::null();
  return result.value();
}

Value list_inplace_add(VM& vm, Value left, Value right) {
  if (!list_extend(vm, as_list(left), right)) return Value::null();
  return left;
}

Value list_inplace_multiply(VM& vm, Value left, Value right) {
  int64_t count;
  if (!repeat_count(vm, right, count)) {
    if (vm.has_exception()) return Value::null();
    if (!is_builtin_operand(vm, right)) return vm.not_implemented();
    return raise_cannot_multiply(vm, right);
  }
  if (!repeat_in_place(vm, as_list(left), count)) return Value::null();
  return left;
}

// list.__new__ makes an empty list; list.__init__ fills it, so that a
// subclass's __init__ can call it (as in CPython).
Value list_new(VM& vm, Type* type, CallArgs) {
  return Value::from_object(allocate_list(vm, type));
}

bool list_init(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "list", args)) return false;
  if (!check_positional(vm, "list", args, 0, 1)) return false;
  List* list = as_list(self);
  list->size = 0;
  if (args.nargs == 0) return true;
  return list_extend(vm, list, args.values[0]);
}

// --- methods

Value list_append_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "list.append", args)) return Value::null();
  if (!list_append(vm, as_list(self), args.values[0])) return Value::null();
  return vm.none();
}

Value list_extend_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "list.extend", args)) return Value::null();
  if (!list_extend(vm, as_list(self), args.values[0])) return Value::null();
  return vm.none();
}

Value list_insert_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "insert", args, 2, 2)) return Value::null();
  Root<List> list(vm.heap(), self);
  int64_t index;
  if (!index_as_int64(vm, args.values[0], index)) return Value::null();
  if (index < 0) {
    index += list->size;
    if (index < 0) index = 0;
  } else if (index > list->size) {
    index = list->size;
  }
  Value item = args.values[1];
  if (!replace_range(vm, list.get(), index, index, std::span<const Value>(&item, 1))) {
    return Value::null();
  }
  return vm.none();
}

Value list_pop_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "pop", args, 0, 1)) return Value::null();
  Root<List> list(vm.heap(), self);
  int64_t index = -1;
  if (args.nargs == 1 && !index_as_int64(vm, args.values[0], index)) return Value::null();
  if (list->size == 0) return raise(vm, vm.exceptions().IndexError, "pop from empty list");
  if (index < 0) index += list->size;
  if (index < 0 || index >= list->size) {
    return raise(vm, vm.exceptions().IndexError, "pop index out of range");
  }
  Value item = list->items[index];
  replace_range(vm, list.get(), index, index + 1, {});
  return item;
}

Value list_remove_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "list.remove", args)) return Value::null();
  Root<List> list(vm.heap(), self);
  for (int64_t i = 0; i < list->size; ++i) {
    int found = equal(vm, list->items[i], args.values[0]);
    if (found < 0) return Value::null();
    if (found) {
      replace_range(vm, list.get(), i, i + 1, {});
      return vm.none();
    }
  }
  return raise(vm, vm.exceptions().ValueError, "list.remove(x): x not in list");
}

Value list_index_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "index", args, 1, 3)) return Value::null();
  Root<List> list(vm.heap(), self);
  int64_t start = 0, stop = list->size;
  if (args.nargs > 1 && !search_bound(vm, args.values[1], list->size, start)) return Value::null();
  if (args.nargs > 2 && !search_bound(vm, args.values[2], list->size, stop)) return Value::null();
  for (int64_t i = start; i < stop && i < list->size; ++i) {
    int found = equal(vm, list->items[i], args.values[0]);
    if (found < 0) return Value::null();
    if (found) return Value::from_small_int(i);
  }
  std::string text;
  if (!append_repr(vm, args.values[0], text)) return Value::null();
  return raise(vm, vm.exceptions().ValueError, text + " is not in list");
}

Value list_count_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "list.count", args)) return Value::null();
  Root<List> list(vm.heap(), self);
  int64_t count = 0;
  for (int64_t i = 0; i < list->size; ++i) {
    int found = equal(vm, list->items[i], args.values[0]);
    if (found < 0) return Value::null();
    count += found;
  }
  return Value::from_small_int(count);
}

Value list_clear_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "list.clear", args)) return Value::null();
  as_list(self)->size = 0;
  return vm.none();
}

Value list_copy_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "list.copy", args)) return Value::null();
  return Value::from_object(make_list(vm, as_list(self)->span()));
}

Value list_reverse_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "list.reverse", args)) return Value::null();
  List* list = as_list(self);
  std::reverse(list->items, list->items + list->size);
  return vm.none();
}

Value list_reversed_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "list.__reversed__", args)) return Value::null();
  return make_list_iterator(vm, vm.types().list_reverseiterator, self, as_list(self)->size - 1);
}

// sort(*, key=None, reverse=False): keyword-only, as in CPython.
Value list_sort_method(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 0) {
    return raise(vm, vm.exceptions().TypeError, "sort() takes no positional arguments");
  }
  Value key = vm.none();
  Value reverse = Value::null();
  int64_t keyword_count = args.kwnames ? args.kwnames->size : 0;
  if (keyword_count > 2) {
    return raise(
        vm, vm.exceptions().TypeError,
        "sort() takes at most 2 keyword arguments (" + std::to_string(keyword_count) + " given)");
  }
  for (int64_t i = 0; i < keyword_count; ++i) {
    auto* name = static_cast<Str*>(args.kwnames->items()[i].as_object());
    Value value = args.values[args.nargs + i];
    if (equal_str(name, vm.intern("key"))) {
      key = value;
    } else if (equal_str(name, vm.intern("reverse"))) {
      reverse = value;
    } else {
      return raise(vm, vm.exceptions().TypeError,
                   "'" + to_utf8(name) + "' is an invalid keyword argument for sort()");
    }
  }
  int64_t reverse_flag = 0;
  if (!reverse.is_null() && !index_as_int64(vm, reverse, reverse_flag)) return Value::null();
  if (!list_sort(vm, as_list(self), key, reverse_flag != 0)) return Value::null();
  return vm.none();
}

constexpr NativeFunctionDef kListMethods[] = {
    {"append", list_append_method, "Append object to the end of the list."},
    {"extend", list_extend_method},
    {"insert", list_insert_method},
    {"pop", list_pop_method},
    {"remove", list_remove_method},
    {"index", list_index_method},
    {"count", list_count_method},
    {"clear", list_clear_method},
    {"copy", list_copy_method},
    {"reverse", list_reverse_method},
    {"sort", list_sort_method},
    {"__reversed__", list_reversed_method},
};

}  // namespace

Value list_slice(VM& vm, List* list, const SliceIndices& slice) {
  Root<List> source(vm.heap(), list);
  Root<List> result(vm.heap(), make_list(vm));
  if (!reserve(vm, result.get(), slice.length)) return Value::null();
  for (int64_t i = 0; i < slice.length; ++i) {
    result->items[i] = source->items[slice.start + i * slice.step];
  }
  result->size = slice.length;
  return result.value();
}

List* make_list(VM& vm, std::span<const Value> items) {
  List* list = allocate_list(vm, vm.types().list);
  if (items.empty()) return list;
  Root<List> rooted(vm.heap(), list);
  // Like the heap, treat exhausted memory as fatal here.
  if (!reserve(vm, list, static_cast<int64_t>(items.size()))) throw std::bad_alloc();
  std::copy(items.begin(), items.end(), list->items);
  list->size = static_cast<int64_t>(items.size());
  return list;
}

bool list_append(VM& vm, List* list, Value value) {
  if (list->size == list->capacity && !reserve(vm, list, list->size + 1)) return false;
  list->items[list->size++] = value;
  return true;
}

bool list_extend(VM& vm, List* list, Value iterable) {
  Root<List> rooted(vm.heap(), list);
  // Lists and tuples are copied in one go; `l.extend(l)` doubles l.
  auto append_all = [&](const Value* const& items, int64_t count) {
    if (!reserve(vm, list, list->size + count)) return false;
    // Read `items` after reserving: it may be this list's own array.
    std::copy(items, items + count, list->items + list->size);
    list->size += count;
    return true;
  };
  if (iterable.is_object() && iterable.as_object()->type == vm.types().list) {
    List* source = as_list(iterable);
    return append_all(source->items, source->size);
  }
  if (iterable.is_object() && iterable.as_object()->type == vm.types().tuple) {
    auto* source = static_cast<Tuple*>(iterable.as_object());
    return append_all(source->items(), source->size);
  }
  return for_each(vm, iterable, [&](Value item) { return list_append(vm, rooted.get(), item); });
}

void init_list_type(VM& vm) {
  Type* type = vm.types().list;
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.trace = trace_list;
  type->gc.destroy = destroy_list;
  TypeSlots& slots = type->slots;
  slots.repr = list_repr;
  slots.richcompare = list_richcompare;
  slots.length = list_length;
  slots.getitem = list_getitem;
  slots.setitem = list_setitem;
  slots.contains = list_contains;
  slots.iter = list_iter;
  slots.binary[static_cast<int>(BinaryOp::Add)] = list_add;
  slots.binary[static_cast<int>(BinaryOp::Multiply)] = list_multiply;
  slots.inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_add;
  slots.inplace[static_cast<int>(BinaryOp::Multiply)] = list_inplace_multiply;
  slots.new_instance = list_new;
  slots.init = list_init;
  add_methods(vm, type, kListMethods);

  BuiltinTypes& types = vm.mutable_types();
  types.list_iterator =
      vm.make_builtin_type("list_iterator", types.object, sizeof(SequenceIterator));
  types.list_reverseiterator =
      vm.make_builtin_type("list_reverseiterator", types.object, sizeof(SequenceIterator));
  for (Type* iterator : {types.list_iterator, types.list_reverseiterator}) {
    iterator->gc.trace = trace_sequence_iterator;
    iterator->slots.iter = iterator_self;
  }
  types.list_iterator->slots.next = list_iterator_next;
  types.list_reverseiterator->slots.next = list_reverseiterator_next;
}

}  // namespace eddy::vm

// The native core of the collections module, as CPython builds it:
// _collections.deque (which collections re-exports as collections.deque)
// and its two iterators. The rest of collections is stdlib/lib/collections.
//
// CPython's deque is a linked list of blocks; this one is a ring buffer of
// Values whose capacity is a power of two: the first item's slot (`head`)
// and the number of items (`size`). Both ends are O(1) (amortised, as the
// buffer doubles when full), and so is indexing. The observable behaviour
// is CPython's: the `state` counter that iterators and searches watch for
// mutation moves exactly where CPython's does (not on __setitem__ or
// reverse()), and maxlen trims the opposite end.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/slice.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

constexpr int64_t kMinimumCapacity = 8;

struct Deque : Object {
  Value* buffer;     // malloc'ed, `capacity` slots; freed by the destroy hook
  int64_t capacity;  // a power of two (0 before the first item)
  int64_t head;      // the slot of item 0
  int64_t size;
  int64_t maxlen;  // -1: unbounded
  // Counts the changes an iterator must not miss (CPython's `state`).
  uint64_t state;

  Value& at(int64_t position) { return buffer[(head + position) & (capacity - 1)]; }
};

// _deque_iterator and _deque_reverse_iterator: the deque, the next
// position, how many items are left, and the deque's state when made.
struct DequeIterator : Object {
  Value deque;
  int64_t position;
  int64_t remaining;
  uint64_t state;
};

Deque* as_deque(Value value) {
  return static_cast<Deque*>(value.as_object());
}

bool is_deque(VM& vm, Value value) {
  return is_subtype(vm.type_of(value), vm.types().deque);
}

void trace_deque(Object* object, Tracer& tracer) {
  auto* deque = static_cast<Deque*>(object);
  for (int64_t i = 0; i < deque->size; ++i)
    tracer.visit(deque->at(i));
}

void destroy_deque(Object* object) {
  std::free(static_cast<Deque*>(object)->buffer);
}

void trace_deque_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<DequeIterator*>(object)->deque);
}

// Makes room for one more item: the buffer doubles, unrolled to start at
// slot 0.
bool grow(VM& vm, Deque* deque) {
  int64_t capacity = deque->capacity ? deque->capacity * 2 : kMinimumCapacity;
  auto* buffer = static_cast<Value*>(std::malloc(sizeof(Value) * capacity));
  if (!buffer) {
    raise(vm, vm.exceptions().MemoryError, "");
    return false;
  }
  for (int64_t i = 0; i < deque->size; ++i)
    buffer[i] = deque->at(i);
  std::free(deque->buffer);
  vm.heap().count_external_allocation(sizeof(Value) * (capacity - deque->capacity));
  deque->buffer = buffer;
  deque->capacity = capacity;
  deque->head = 0;
  return true;
}

Value pop_right(Deque* deque) {
  Value& slot = deque->at(--deque->size);
  Value item = slot;
  slot = Value::null();
  ++deque->state;
  return item;
}

Value pop_left(Deque* deque) {
  Value& slot = deque->at(0);
  Value item = slot;
  slot = Value::null();
  deque->head = (deque->head + 1) & (deque->capacity - 1);
  --deque->size;
  ++deque->state;
  return item;
}

// Appends at the right end; a bounded deque that grows past maxlen drops
// its leftmost item.
bool append_right(VM& vm, Deque* deque, Value item) {
  if (deque->size == deque->capacity && !grow(vm, deque)) return false;
  deque->at(deque->size++) = item;
  ++deque->state;
  if (deque->maxlen >= 0 && deque->size > deque->maxlen) pop_left(deque);
  return true;
}

bool append_left(VM& vm, Deque* deque, Value item) {
  if (deque->size == deque->capacity && !grow(vm, deque)) return false;
  deque->head = (deque->head - 1) & (deque->capacity - 1);
  deque->at(0) = item;
  ++deque->size;
  ++deque->state;
  if (deque->maxlen >= 0 && deque->size > deque->maxlen) pop_right(deque);
  return true;
}

void clear(Deque* deque) {
  if (deque->size == 0) return;
  for (int64_t i = 0; i < deque->size; ++i)
    deque->at(i) = Value::null();
  deque->size = 0;
  deque->head = 0;
  ++deque->state;
}

// Moves the last n items to the front (the first -n to the back when n is
// negative), as CPython's _deque_rotate: the state moves when there are at
// least two items.
void rotate(Deque* deque, int64_t n) {
  int64_t size = deque->size;
  if (size <= 1) return;
  ++deque->state;
  n %= size;
  if (n < 0) n += size;
  if (n == 0) return;
  if (deque->size == deque->capacity) {
    // A full ring rotates by moving its head alone.
    deque->head = (deque->head + size - n) & (deque->capacity - 1);
    return;
  }
  if (n <= size / 2) {
    for (int64_t i = 0; i < n; ++i) {
      Value item = deque->at(size - 1);
      deque->at(size - 1) = Value::null();
      deque->head = (deque->head - 1) & (deque->capacity - 1);
      deque->at(0) = item;
    }
  } else {
    for (int64_t i = 0; i < size - n; ++i) {
      Value item = deque->at(0);
      deque->at(0) = Value::null();
      deque->head = (deque->head + 1) & (deque->capacity - 1);
      deque->at(size - 1) = item;
    }
  }
}

// Removes item `position`, moving the shorter side over its slot.
void delete_at(Deque* deque, int64_t position) {
  int64_t size = deque->size;
  if (position < size / 2) {
    for (int64_t i = position; i > 0; --i)
      deque->at(i) = deque->at(i - 1);
    pop_left(deque);
  } else {
    for (int64_t i = position; i < size - 1; ++i)
      deque->at(i) = deque->at(i + 1);
    pop_right(deque);
  }
}

Value raise_mutated(VM& vm, Type* type) {
  return raise(vm, type, "deque mutated during iteration");
}

// extend(iterable) and extendleft(iterable); a deque extended with itself
// reads a copy of its items first.
bool extend(VM& vm, Deque* target, Value iterable, bool at_left) {
  Root<Deque> deque(vm.heap(), target);
  Root<Object> source(vm.heap(), iterable);
  if (iterable.is_object() && iterable.as_object() == target) {
    Root<List> items(vm.heap(), make_list(vm));
    for (int64_t i = 0; i < deque->size; ++i) {
      if (!list_append(vm, items.get(), deque->at(i))) return false;
    }
    source.set(items.value());
  }
  if (deque->maxlen == 0) {
    return for_each(vm, source.value(), [](Value) { return true; });
  }
  return for_each(vm, source.value(), [&](Value item) {
    return at_left ? append_left(vm, deque.get(), item) : append_right(vm, deque.get(), item);
  });
}

// The items as a new list (PySequence_List), iterating so that a mutation
// by an item's code is caught.
List* items_list(VM& vm, Deque* target) {
  Root<Deque> deque(vm.heap(), target);
  Root<List> items(vm.heap(), make_list(vm));
  for (int64_t i = 0; i < deque->size; ++i) {
    if (!list_append(vm, items.get(), deque->at(i))) return nullptr;
  }
  return items.get();
}

// d[index]'s position: any int-like index, negative from the end.
bool item_position(VM& vm, Deque* deque, Value key, int64_t& out) {
  if (!vm.type_of(key)->slots.index) {
    raise(vm, vm.exceptions().TypeError,
          "sequence index must be integer, not '" + to_utf8(vm.type_of(key)->name) + "'");
    return false;
  }
  Root<Deque> rooted(vm.heap(), deque);
  int64_t index;
  if (!index_as_int64(vm, key, index)) return false;
  if (index < 0) index += rooted->size;
  if (index < 0 || index >= rooted->size) {
    raise(vm, vm.exceptions().IndexError, "deque index out of range");
    return false;
  }
  out = index;
  return true;
}

// --- construction

Value deque_new(VM& vm, Type* type, CallArgs) {
  auto* deque = static_cast<Deque*>(vm.heap().allocate(type, type->instance_size));
  deque->maxlen = -1;
  return Value::from_object(deque);
}

bool deque_init(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"iterable", "maxlen"};
  Value values[2];
  if (!bind_arguments(vm, "deque", args, kParameters, 0, values)) return false;
  Root<Object> iterable(vm.heap(), values[0]);
  int64_t maxlen = -1;
  if (!values[1].is_null() && !values[1].is(vm.none())) {
    if (!vm.type_of(values[1])->slots.index) {
      raise(vm, vm.exceptions().TypeError, "an integer is required");
      return false;
    }
    if (!ssize_argument(vm, values[1], maxlen)) return false;
    if (maxlen < 0) {
      raise(vm, vm.exceptions().ValueError, "maxlen must be non-negative");
      return false;
    }
  }
  Deque* deque = as_deque(self);
  deque->maxlen = maxlen;
  clear(deque);
  if (iterable.value().is_null()) return true;
  return extend(vm, as_deque(self), iterable.value(), false);
}

// copy(): a deque of the same type and maxlen; a subclass is called with
// (self[, maxlen]) and must give a deque back.
Value copy_of(VM& vm, Value self) {
  Deque* deque = as_deque(self);
  Type* type = vm.type_of(self);
  if (type == vm.types().deque) {
    Root<Object> source(vm.heap(), self);
    Root<Deque> copy(vm.heap(), deque_new(vm, type, {}));
    copy->maxlen = deque->maxlen;
    if (!extend(vm, copy.get(), source.value(), false)) return Value::null();
    return copy.value();
  }
  Value result = deque->maxlen < 0 ? call(vm, Value::from_object(type), {self})
                                   : call(vm, Value::from_object(type),
                                          {self, Value::from_small_int(deque->maxlen)});
  if (result.is_null() || is_deque(vm, result)) return result;
  return raise(
      vm, vm.exceptions().TypeError,
      to_utf8(type->name) + "() must return a deque, not " + to_utf8(vm.type_of(result)->name));
}

// --- slots

Value deque_repr(VM& vm, Value self) {
  Root<Deque> deque(vm.heap(), self);
  ReprGuard guard(vm, deque.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, "[...]"));
  Root<List> items(vm.heap(), items_list(vm, deque.get()));
  if (items.value().is_null()) return Value::null();
  std::string text = to_utf8(deque->type->name) + "(";
  if (!append_repr(vm, items.value(), text)) return Value::null();
  if (deque->maxlen >= 0) text += ", maxlen=" + std::to_string(deque->maxlen);
  text += ")";
  return Value::from_object(make_str(vm, text));
}

int64_t deque_hash(VM& vm, Value) {
  raise(vm, vm.exceptions().TypeError, "unhashable type: 'collections.deque'");
  return -1;
}

struct DequeItems {
  Deque* deque;
  int64_t size() const { return deque->size; }
  Value at(int64_t i) const { return deque->at(i); }
};

Value deque_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_deque(vm, self) || !is_deque(vm, other)) return vm.not_implemented();
  if (self.is(other) && (op == CompareOp::Equal || op == CompareOp::NotEqual)) {
    return vm.boolean(op == CompareOp::Equal);
  }
  Root<Deque> a(vm.heap(), self);
  Root<Deque> b(vm.heap(), other);
  return compare_sequences(vm, DequeItems{a.get()}, DequeItems{b.get()}, op);
}

int64_t deque_length(VM&, Value self) {
  return as_deque(self)->size;
}

int deque_truth(VM&, Value self) {
  return as_deque(self)->size != 0;
}

Value deque_getitem(VM& vm, Value self, Value key) {
  int64_t position;
  if (!item_position(vm, as_deque(self), key, position)) return Value::null();
  return as_deque(self)->at(position);
}

// d[i] = x leaves the state alone (iterators go on); del d[i] moves it.
bool deque_setitem(VM& vm, Value self, Value key, Value value) {
  Root<Object> rooted(vm.heap(), value);
  int64_t position;
  if (!item_position(vm, as_deque(self), key, position)) return false;
  if (value.is_null()) {
    delete_at(as_deque(self), position);
  } else {
    as_deque(self)->at(position) = value;
  }
  return true;
}

// Compares `value` with each item in turn; calls found(position) at the
// first equal one, or returns -1 at the end. A comparison that changes
// the deque raises `mutated` (RuntimeError, or IndexError for remove()).
int64_t find(VM& vm, Value self, Value value, int64_t start, int64_t stop, Type* mutated) {
  Root<Deque> deque(vm.heap(), self);
  Root<Object> wanted(vm.heap(), value);
  uint64_t state = deque->state;
  for (int64_t i = start; i < stop && i < deque->size; ++i) {
    Root<Object> item(vm.heap(), deque->at(i));
    int same = equal(vm, item.value(), wanted.value());
    if (same < 0) return -2;
    if (deque->state != state) {
      raise_mutated(vm, mutated);
      return -2;
    }
    if (same) return i;
  }
  return -1;
}

int deque_contains(VM& vm, Value self, Value item) {
  int64_t found = find(vm, self, item, 0, as_deque(self)->size, vm.exceptions().RuntimeError);
  return found == -2 ? -1 : found >= 0;
}

Value deque_iter(VM& vm, Value self) {
  auto* iterator = static_cast<DequeIterator*>(
      vm.heap().allocate(vm.types().deque_iterator, sizeof(DequeIterator)));
  Deque* deque = as_deque(self);
  iterator->deque = self;
  iterator->position = 0;
  iterator->remaining = deque->size;
  iterator->state = deque->state;
  return Value::from_object(iterator);
}

Value deque_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<DequeIterator*>(self.as_object());
  Deque* deque = as_deque(iterator->deque);
  if (deque->state != iterator->state) {
    iterator->remaining = 0;
    return raise_mutated(vm, vm.exceptions().RuntimeError);
  }
  if (iterator->remaining == 0) return Value::null();
  --iterator->remaining;
  return deque->at(iterator->position++);
}

// The reverse iterator checks for the end before the state, as CPython's.
Value deque_reverse_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<DequeIterator*>(self.as_object());
  Deque* deque = as_deque(iterator->deque);
  if (iterator->remaining == 0) return Value::null();
  if (deque->state != iterator->state) {
    iterator->remaining = 0;
    return raise_mutated(vm, vm.exceptions().RuntimeError);
  }
  --iterator->remaining;
  return deque->at(iterator->position--);
}

Value iterator_length_hint(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "_deque_iterator.__length_hint__", args)) return Value::null();
  return Value::from_small_int(static_cast<DequeIterator*>(self.as_object())->remaining);
}

// `deque + deque` (any other right operand is refused, as CPython's
// sq_concat; a class written in Python still gets its __radd__).
Value deque_add(VM& vm, Value left, Value right) {
  if (!is_deque(vm, left)) return vm.not_implemented();
  if (!is_deque(vm, right)) {
    if (!is_builtin_operand(vm, right)) return vm.not_implemented();
    return raise(
        vm, vm.exceptions().TypeError,
        "can only concatenate deque (not \"" + to_utf8(vm.type_of(right)->name) + "\") to deque");
  }
  Root<Object> other(vm.heap(), right);
  Root<Object> copy(vm.heap(), copy_of(vm, left));
  if (copy.value().is_null()) return Value::null();
  if (!extend(vm, as_deque(copy.value()), other.value(), false)) return Value::null();
  return copy.value();
}

// d *= n, as CPython's deque_inplace_repeat: n <= 0 clears; a bounded
// deque stops repeating once maxlen is reached.
bool repeat_in_place(VM& vm, Value self, int64_t count) {
  Root<Deque> deque(vm.heap(), self);
  int64_t size = deque->size;
  if (size == 0 || count == 1) return true;
  if (count <= 0) {
    clear(deque.get());
    return true;
  }
  if (count > (int64_t{1} << 40) / size) {
    raise(vm, vm.exceptions().MemoryError, "");
    return false;
  }
  if (deque->maxlen >= 0 && count * size > deque->maxlen) {
    count = (deque->maxlen + size - 1) / size;
  }
  Root<List> items(vm.heap(), items_list(vm, deque.get()));
  if (items.value().is_null()) return false;
  for (int64_t copy = 1; copy < count; ++copy) {
    if (!extend(vm, deque.get(), items.value(), false)) return false;
  }
  return true;
}

Value deque_multiply(VM& vm, Value left, Value right) {
  bool deque_on_left = is_deque(vm, left);
  Value sequence = deque_on_left ? left : right;
  Value count_value = deque_on_left ? right : left;
  int64_t count;
  if (!repeat_count(vm, count_value, count)) {
    if (vm.has_exception()) return Value::null();
    if (!is_builtin_operand(vm, count_value)) return vm.not_implemented();
    return raise_cannot_multiply(vm, count_value);
  }
  Root<Object> copy(vm.heap(), copy_of(vm, sequence));
  if (copy.value().is_null() || !repeat_in_place(vm, copy.value(), count)) return Value::null();
  return copy.value();
}

Value deque_inplace_add(VM& vm, Value left, Value right) {
  if (!extend(vm, as_deque(left), right, false)) return Value::null();
  return left;
}

Value deque_inplace_multiply(VM& vm, Value left, Value right) {
  int64_t count;
  if (!repeat_count(vm, right, count)) {
    if (vm.has_exception()) return Value::null();
    if (!is_builtin_operand(vm, right)) return vm.not_implemented();
    return raise_cannot_multiply(vm, right);
  }
  if (!repeat_in_place(vm, left, count)) return Value::null();
  return left;
}

// --- methods

Value method_append(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.append", args)) return Value::null();
  if (!append_right(vm, as_deque(self), args.values[0])) return Value::null();
  return vm.none();
}

Value method_appendleft(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.appendleft", args)) return Value::null();
  if (!append_left(vm, as_deque(self), args.values[0])) return Value::null();
  return vm.none();
}

Value method_pop(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.pop", args)) return Value::null();
  Deque* deque = as_deque(self);
  if (deque->size == 0) return raise(vm, vm.exceptions().IndexError, "pop from an empty deque");
  return pop_right(deque);
}

Value method_popleft(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.popleft", args)) return Value::null();
  Deque* deque = as_deque(self);
  if (deque->size == 0) return raise(vm, vm.exceptions().IndexError, "pop from an empty deque");
  return pop_left(deque);
}

Value method_extend(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.extend", args)) return Value::null();
  if (!extend(vm, as_deque(self), args.values[0], false)) return Value::null();
  return vm.none();
}

Value method_extendleft(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.extendleft", args)) return Value::null();
  if (!extend(vm, as_deque(self), args.values[0], true)) return Value::null();
  return vm.none();
}

Value method_clear(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.clear", args)) return Value::null();
  clear(as_deque(self));
  return vm.none();
}

Value method_copy(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.copy", args)) return Value::null();
  return copy_of(vm, self);
}

Value method_dunder_copy(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.__copy__", args)) return Value::null();
  return copy_of(vm, self);
}

Value method_rotate(VM& vm, Value self, CallArgs args) {
  if (!check_argument_range(vm, "rotate", args, 0, 1)) return Value::null();
  int64_t n = 1;
  if (args.nargs == 1 && !ssize_argument(vm, args.values[0], n)) return Value::null();
  rotate(as_deque(self), n);
  return vm.none();
}

Value method_reverse(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.reverse", args)) return Value::null();
  Deque* deque = as_deque(self);
  for (int64_t i = 0, j = deque->size - 1; i < j; ++i, --j)
    std::swap(deque->at(i), deque->at(j));
  return vm.none();
}

Value method_reversed(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "deque.__reversed__", args)) return Value::null();
  Value iterator = deque_iter(vm, self);
  auto* reverse = static_cast<DequeIterator*>(iterator.as_object());
  reverse->type = vm.types().deque_reverse_iterator;
  reverse->position = reverse->remaining - 1;
  return iterator;
}

Value method_count(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.count", args)) return Value::null();
  Root<Deque> deque(vm.heap(), self);
  Root<Object> wanted(vm.heap(), args.values[0]);
  uint64_t state = deque->state;
  int64_t count = 0;
  for (int64_t i = 0; i < deque->size; ++i) {
    Root<Object> item(vm.heap(), deque->at(i));
    int same = equal(vm, item.value(), wanted.value());
    if (same < 0) return Value::null();
    count += same;
    if (deque->state != state) return raise_mutated(vm, vm.exceptions().RuntimeError);
  }
  return Value::from_small_int(count);
}

Value raise_not_in_deque(VM& vm, Value value) {
  std::string text = repr_utf8(vm, value);
  if (vm.has_exception()) return Value::null();
  return raise(vm, vm.exceptions().ValueError, text + " is not in deque");
}

Value method_index(VM& vm, Value self, CallArgs args) {
  if (!check_argument_range(vm, "index", args, 1, 3)) return Value::null();
  int64_t size = as_deque(self)->size;
  int64_t start = 0, stop = size;
  if (args.nargs > 1 && !search_bound(vm, args.values[1], size, start)) return Value::null();
  if (args.nargs > 2 && !search_bound(vm, args.values[2], size, stop)) return Value::null();
  stop = std::min(stop, as_deque(self)->size);
  int64_t found = find(vm, self, args.values[0], start, stop, vm.exceptions().RuntimeError);
  if (found == -2) return Value::null();
  if (found == -1) return raise_not_in_deque(vm, args.values[0]);
  return Value::from_small_int(found);
}

Value method_insert(VM& vm, Value self, CallArgs args) {
  if (!check_argument_range(vm, "insert", args, 2, 2)) {
    if (args.nargs < 2 && !args.kwnames) {
      vm.take_exception();
      return raise(vm, vm.exceptions().TypeError,
                   "insert() takes exactly 2 arguments (" + std::to_string(args.nargs) + " given)");
    }
    return Value::null();
  }
  int64_t index;
  if (!ssize_argument(vm, args.values[0], index)) return Value::null();
  Deque* deque = as_deque(self);
  int64_t size = deque->size;
  if (deque->maxlen == size) {
    return raise(vm, vm.exceptions().IndexError, "deque already at its maximum size");
  }
  Value item = args.values[1];
  if (index >= size) return append_right(vm, deque, item) ? vm.none() : Value::null();
  if (index <= -size || index == 0) {
    return append_left(vm, deque, item) ? vm.none() : Value::null();
  }
  if (index < 0) index += size;
  if (!append_right(vm, deque, item)) return Value::null();
  for (int64_t i = size; i > index; --i)
    deque->at(i) = deque->at(i - 1);
  deque->at(index) = item;
  return vm.none();
}

Value method_remove(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "deque.remove", args)) return Value::null();
  int64_t found =
      find(vm, self, args.values[0], 0, as_deque(self)->size, vm.exceptions().IndexError);
  if (found == -2) return Value::null();
  if (found == -1) return raise_not_in_deque(vm, args.values[0]);
  delete_at(as_deque(self), found);
  return vm.none();
}

Value get_maxlen(VM& vm, Value self) {
  int64_t maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? vm.none() : Value::from_small_int(maxlen);
}

constexpr NativeFunctionDef kDequeMethods[] = {
    {"append", method_append, "Add an element to the right side of the deque."},
    {"appendleft", method_appendleft, "Add an element to the left side of the deque."},
    {"clear", method_clear, "Remove all elements from the deque."},
    {"__copy__", method_dunder_copy, "Return a shallow copy of a deque."},
    {"copy", method_copy, "Return a shallow copy of a deque."},
    {"count", method_count, "D.count(value) -> integer -- return number of occurrences of value"},
    {"extend", method_extend, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", method_extendleft,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", method_index,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", method_insert, "D.insert(index, object) -- insert object before index"},
    {"pop", method_pop, "Remove and return the rightmost element."},
    {"popleft", method_popleft, "Remove and return the leftmost element."},
    {"remove", method_remove, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", method_reversed,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", method_reverse, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", method_rotate,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
};

constexpr GetSetDef kDequeFields[] = {{"maxlen", get_maxlen}};

constexpr NativeFunctionDef kIteratorMethods[] = {
    {"__length_hint__", iterator_length_hint,
     "Private method returning an estimate of len(list(it))."},
};

bool set_type_module(VM& vm, Type* type, std::string_view module) {
  return dict_set_str(vm, type->dict, vm.intern("__module__"),
                      Value::from_object(vm.intern(module)));
}

Module* make_collections_core_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "_collections", {}));
  if (module.value().is_null()) return nullptr;
  Type* type = vm.make_builtin_type("deque", vm.types().object, sizeof(Deque));
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.trace = trace_deque;
  type->gc.destroy = destroy_deque;
  TypeSlots& slots = type->slots;
  slots.repr = deque_repr;
  slots.hash = deque_hash;
  slots.richcompare = deque_richcompare;
  slots.length = deque_length;
  slots.truth = deque_truth;
  slots.getitem = deque_getitem;
  slots.setitem = deque_setitem;
  slots.contains = deque_contains;
  slots.iter = deque_iter;
  slots.binary[static_cast<int>(BinaryOp::Add)] = deque_add;
  slots.binary[static_cast<int>(BinaryOp::Multiply)] = deque_multiply;
  slots.inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
  slots.inplace[static_cast<int>(BinaryOp::Multiply)] = deque_inplace_multiply;
  slots.new_instance = deque_new;
  slots.init = deque_init;
  add_methods(vm, type, kDequeMethods);
  add_getsets(vm, type, kDequeFields);
  add_slot_wrappers(vm, type);
  vm.mutable_types().deque = type;
  if (!set_type_module(vm, type, "collections")) return nullptr;

  Type* iterators[] = {
      vm.make_builtin_type("_deque_iterator", vm.types().object, sizeof(DequeIterator)),
      vm.make_builtin_type("_deque_reverse_iterator", vm.types().object, sizeof(DequeIterator))};
  for (Type* iterator : iterators) {
    iterator->gc.trace = trace_deque_iterator;
    iterator->slots.iter = iterator_self;
    add_methods(vm, iterator, kIteratorMethods);
    if (!set_type_module(vm, iterator, "_collections")) return nullptr;
  }
  iterators[0]->slots.next = deque_iterator_next;
  iterators[1]->slots.next = deque_reverse_iterator_next;
  add_slot_wrappers(vm, iterators[0]);
  add_slot_wrappers(vm, iterators[1]);
  vm.mutable_types().deque_iterator = iterators[0];
  vm.mutable_types().deque_reverse_iterator = iterators[1];

  if (!set_module_value(vm, module.get(), "deque", Value::from_object(type))) return nullptr;
  return module.get();
}

}  // namespace

void register_collections_module() {
  register_native_module("_collections", make_collections_core_module);
}

}  // namespace eddy::stdlib

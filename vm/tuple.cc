// The tuple type: construction, hashing (CPython's xxHash-based algorithm),
// comparison, indexing and slicing, concatenation and repetition, its
// methods, and tuple_iterator.
#include "vm/tuple.h"

#include <string>

#include "vm/exceptions.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Tuple* as_tuple(Value value) {
  return static_cast<Tuple*>(value.as_object());
}

bool is_tuple(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().tuple);
}

// A subclass's own words (its __dict__) follow the items.
Tuple* new_tuple_object(VM& vm, Type* type, int64_t size) {
  size_t bytes = type->instance_size + static_cast<size_t>(size) * sizeof(Value);
  auto* tuple = static_cast<Tuple*>(vm.heap().allocate(type, bytes));
  tuple->size = size;
  return tuple;
}

// There is one empty tuple, as in CPython (`() is ()`): a call with no
// extra arguments for its *args, or an empty slice, allocates nothing.
Tuple* allocate_tuple(VM& vm, Type* type, int64_t size) {
  if (size != 0 || type != vm.types().tuple) return new_tuple_object(vm, type, size);
  if (!vm.the_empty_tuple) vm.the_empty_tuple = new_tuple_object(vm, type, 0);
  return vm.the_empty_tuple;
}

void trace_tuple(Object* object, Tracer& tracer) {
  auto* tuple = static_cast<Tuple*>(object);
  for (int64_t i = 0; i < tuple->size; ++i)
    tracer.visit(tuple->items()[i]);
}

struct TupleItems {
  const Tuple* tuple;
  int64_t size() const { return tuple->size; }
  Value at(int64_t i) const { return tuple->items()[i]; }
};

Value tuple_repr(VM& vm, Value self) {
  Root<Tuple> tuple(vm.heap(), self);
  if (tuple->size == 0) return Value::from_object(make_str(vm, "()"));
  ReprGuard guard(vm, tuple.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, "(...)"));
  std::string text = "(";
  for (int64_t i = 0; i < tuple->size; ++i) {
    if (i > 0) text += ", ";
    if (!append_repr(vm, tuple->items()[i], text)) return Value::null();
  }
  text += tuple->size == 1 ? ",)" : ")";
  return Value::from_object(make_str(vm, text));
}

// CPython 3.8+'s tuple hash: the items' hashes are mixed in as the lanes
// of xxHash's 64-bit round (multiply, rotate by 31, multiply), then the
// length, so that hash((1, 2)) is the number CPython gives.
int64_t tuple_hash(VM& vm, Value self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  Root<Tuple> tuple(vm.heap(), self);
  uint64_t accumulator = kPrime5;
  for (int64_t i = 0; i < tuple->size; ++i) {
    int64_t lane = hash(vm, tuple->items()[i]);
    if (lane == -1) return -1;
    accumulator += static_cast<uint64_t>(lane) * kPrime2;
    accumulator = (accumulator << 31) | (accumulator >> 33);
    accumulator *= kPrime1;
  }
  accumulator += static_cast<uint64_t>(tuple->size) ^ (kPrime5 ^ 3527539ull);
  if (accumulator == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(accumulator);
}

Value tuple_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_tuple(vm, other)) return vm.not_implemented();
  Root<Tuple> a(vm.heap(), self);
  Root<Tuple> b(vm.heap(), other);
  return compare_sequences(vm, TupleItems{a.get()}, TupleItems{b.get()}, op);
}

int64_t tuple_length(VM&, Value self) {
  return as_tuple(self)->size;
}

Value tuple_getitem(VM& vm, Value self, Value key) {
  Tuple* tuple = as_tuple(self);
  if (key.is_object() && key.as_object()->type == vm.types().slice) {
    Root<Tuple> rooted(vm.heap(), tuple);
    SliceIndices slice;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_object()), tuple->size, slice)) {
      return Value::null();
    }
    return Value::from_object(tuple_slice(vm, rooted.get(), slice));
  }
  int64_t index;
  if (!sequence_index(vm, key, "tuple", index)) return Value::null();
  if (index < 0) index += tuple->size;
  if (index < 0 || index >= tuple->size) {
    return raise(vm, vm.exceptions().IndexError, "tuple index out of range");
  }
  return tuple->items()[index];
}

int tuple_contains(VM& vm, Value self, Value item) {
  Root<Tuple> tuple(vm.heap(), self);
  for (int64_t i = 0; i < tuple->size; ++i) {
    int found = equal(vm, tuple->items()[i], item);
    if (found != 0) return found;
  }
  return 0;
}

Value tuple_iter(VM& vm, Value self) {
  Root<Object> tuple(vm.heap(), self);
  auto* iterator = static_cast<SequenceIterator*>(
      vm.heap().allocate(vm.types().tuple_iterator, sizeof(SequenceIterator)));
  iterator->sequence = tuple.value();
  iterator->index = 0;
  return Value::from_object(iterator);
}

Value tuple_iterator_next(VM&, Value self) {
  auto* iterator = static_cast<SequenceIterator*>(self.as_object());
  if (iterator->sequence.is_null()) return Value::null();
  Tuple* tuple = as_tuple(iterator->sequence);
  if (iterator->index < tuple->size) return tuple->items()[iterator->index++];
  iterator->sequence = Value::null();
  return Value::null();
}

Value tuple_add(VM& vm, Value left, Value right) {
  if (!is_tuple(vm, left)) return vm.not_implemented();
  if (!is_tuple(vm, right)) {
    if (!is_builtin_operand(vm, right)) return vm.not_implemented();
    return raise_cannot_concatenate(vm, left, right);
  }
  Root<Tuple> a(vm.heap(), left);
  Root<Tuple> b(vm.heap(), right);
  Tuple* result = allocate_tuple(vm, vm.types().tuple, a->size + b->size);
  std::copy(a->items(), a->items() + a->size, result->items());
  std::copy(b->items(), b->items() + b->size, result->items() + a->size);
  return Value::from_object(result);
}

Value tuple_multiply(VM& vm, Value left, Value right) {
  bool tuple_on_left = is_tuple(vm, left);
  Value sequence = tuple_on_left ? left : right;
  Value count_value = tuple_on_left ? right : left;
  int64_t count;
  if (!repeat_count(vm, count_value, count)) {
    if (vm.has_exception()) return Value::null();
    if (!is_builtin_operand(vm, count_value)) return vm.not_implemented();
    return raise_cannot_multiply(vm, count_value);
  }
  Root<Tuple> tuple(vm.heap(), sequence);
  if (count < 0) count = 0;
  if (count == 1 && tuple->type == vm.types().tuple) return sequence;
  if (tuple->size != 0 && count > (int64_t{1} << 40) / tuple->size) {
    return raise(vm, vm.exceptions().MemoryError, "");
  }
  Tuple* result = allocate_tuple(vm, vm.types().tuple, tuple->size * count);
  for (int64_t i = 0; i < count; ++i) {
    std::copy(tuple->items(), tuple->items() + tuple->size, result->items() + i * tuple->size);
  }
  return Value::from_object(result);
}

// tuple(iterable): a tuple is returned as is; anything else is collected
// into a list first, since its length may not be known in advance.
Value tuple_new(VM& vm, Type* type, CallArgs args) {
  if (!check_no_keywords(vm, "tuple", args)) return Value::null();
  if (!check_positional(vm, "tuple", args, 0, 1)) return Value::null();
  if (args.nargs == 0) {
    return type == vm.types().tuple ? Value::from_object(empty_tuple(vm))
                                    : Value::from_object(allocate_tuple(vm, type, 0));
  }
  Value iterable = args.values[0];
  if (type == vm.types().tuple && iterable.is_object() &&
      iterable.as_object()->type == vm.types().tuple) {
    return iterable;
  }
  Root<List> items(vm.heap(), make_list(vm));
  bool ok = for_each(vm, iterable, [&](Value item) { return list_append(vm, items.get(), item); });
  if (!ok) return Value::null();
  Tuple* result = allocate_tuple(vm, type, items->size);
  std::copy(items->items, items->items + items->size, result->items());
  return Value::from_object(result);
}

Value tuple_index_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "index", args, 1, 3)) return Value::null();
  Root<Tuple> tuple(vm.heap(), self);
  int64_t start = 0, stop = tuple->size;
  if (args.nargs > 1 && !search_bound(vm, args.values[1], tuple->size, start)) return Value::null();
  if (args.nargs > 2 && !search_bound(vm, args.values[2], tuple->size, stop)) return Value::null();
  for (int64_t i = start; i < stop && i < tuple->size; ++i) {
    int found = equal(vm, tuple->items()[i], args.values[0]);
    if (found < 0) return Value::null();
    if (found) return Value::from_small_int(i);
  }
  return raise(vm, vm.exceptions().ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_count_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "tuple.count", args)) return Value::null();
  Root<Tuple> tuple(vm.heap(), self);
  int64_t count = 0;
  for (int64_t i = 0; i < tuple->size; ++i) {
    int found = equal(vm, tuple->items()[i], args.values[0]);
    if (found < 0) return Value::null();
    count += found;
  }
  return Value::from_small_int(count);
}

constexpr NativeFunctionDef kTupleMethods[] = {
    {"index", tuple_index_method},
    {"count", tuple_count_method},
};

}  // namespace

Tuple* tuple_slice(VM& vm, Tuple* tuple, const SliceIndices& slice) {
  if (slice.step == 1 && slice.length == tuple->size && tuple->type == vm.types().tuple) {
    return tuple;
  }
  Root<Tuple> source(vm.heap(), tuple);
  Tuple* result = allocate_tuple(vm, vm.types().tuple, slice.length);
  for (int64_t i = 0; i < slice.length; ++i) {
    result->items()[i] = source->items()[slice.start + i * slice.step];
  }
  return result;
}

Tuple* make_tuple(VM& vm, std::span<const Value> items) {
  Tuple* tuple = allocate_tuple(vm, vm.types().tuple, static_cast<int64_t>(items.size()));
  std::copy(items.begin(), items.end(), tuple->items());
  return tuple;
}

Tuple* make_tuple(VM& vm, std::initializer_list<Value> items) {
  return make_tuple(vm, std::span<const Value>(items.begin(), items.size()));
}

Tuple* empty_tuple(VM& vm) {
  return allocate_tuple(vm, vm.types().tuple, 0);
}

void init_tuple_type(VM& vm) {
  Type* type = vm.types().tuple;
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.trace = trace_tuple;
  TypeSlots& slots = type->slots;
  slots.repr = tuple_repr;
  slots.hash = tuple_hash;
  slots.richcompare = tuple_richcompare;
  slots.length = tuple_length;
  slots.getitem = tuple_getitem;
  slots.contains = tuple_contains;
  slots.iter = tuple_iter;
  slots.binary[static_cast<int>(BinaryOp::Add)] = tuple_add;
  slots.binary[static_cast<int>(BinaryOp::Multiply)] = tuple_multiply;
  slots.new_instance = tuple_new;
  type->variable_size = [](const Object* object) {
    return static_cast<size_t>(static_cast<const Tuple*>(object)->size) * sizeof(Value);
  };
  add_methods(vm, type, kTupleMethods);

  Type* iterator =
      vm.make_builtin_type("tuple_iterator", vm.types().object, sizeof(SequenceIterator));
  vm.mutable_types().tuple_iterator = iterator;
  iterator->gc.trace = trace_sequence_iterator;
  iterator->slots.iter = iterator_self;
  iterator->slots.next = tuple_iterator_next;
}

}  // namespace eddy::vm

// The lazy builtins: enumerate, zip, map, filter and reversed are types
// (so that type(zip()).__name__ == 'zip', as in CPython) whose instances
// pull one item at a time from the iterators they wrap; iter(callable,
// sentinel) makes a callable_iterator. Each type here owns its state
// struct, its trace hook, its constructor and its `next` slot.
#include "stdlib/builtin_iterators.h"

#include <string>

#include "stdlib/keyword_arguments.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/sequence.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

std::string type_name(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

// iter() of each argument, in a new tuple: the iterators zip and map pull
// from in step.
Tuple* iterators_of(VM& vm, const Value* iterables, size_t count) {
  Root<Tuple> iterators(vm.heap(), make_tuple(vm, std::span<const Value>(iterables, count)));
  for (size_t i = 0; i < count; ++i) {
    Value iterator = get_iterator(vm, iterators->items()[i]);
    if (iterator.is_null()) return nullptr;
    iterators->items()[i] = iterator;
  }
  return iterators.get();
}

// --- enumerate(iterable, start=0)

struct Enumerate : Object {
  Value iterator;
  Value count;  // the index of the next item: any int, so it can grow past 2**48
};

void trace_enumerate(Object* object, Tracer& tracer) {
  auto* self = static_cast<Enumerate*>(object);
  tracer.visit(self->iterator);
  tracer.visit(self->count);
}

Value enumerate_new(VM& vm, Type* type, CallArgs args) {
  if (!check_keywords(vm, "enumerate", args, {"iterable", "start"})) return Value::null();
  if (args.nargs > 2) {
    return raise(
        vm, vm.exceptions().TypeError,
        "enumerate() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
  }
  Value iterable = args.nargs > 0 ? args.values[0] : keyword(args, vm.intern("iterable"));
  Value start = args.nargs > 1 ? args.values[1] : keyword(args, vm.intern("start"));
  if (iterable.is_null()) {
    return raise(vm, vm.exceptions().TypeError,
                 "enumerate() missing required argument 'iterable' (pos 1)");
  }
  Heap& heap = vm.heap();
  Root<Object> count(heap, Value::from_small_int(0));
  if (!start.is_null()) {
    if (!is_int(vm, start) && vm.type_of(start)->slots.index == nullptr) {
      return raise(vm, vm.exceptions().TypeError,
                   "'" + type_name(vm, start) + "' object cannot be interpreted as an integer");
    }
    count.set(index(vm, start));
    if (count.value().is_null()) return Value::null();
  }
  Root<Object> iterator(heap, get_iterator(vm, iterable));
  if (iterator.value().is_null()) return Value::null();
  auto* self = static_cast<Enumerate*>(heap.allocate(type, sizeof(Enumerate)));
  self->iterator = iterator.value();
  self->count = count.value();
  return Value::from_object(self);
}

Value enumerate_next(VM& vm, Value self_value) {
  Root<Enumerate> self(vm.heap(), self_value);
  Root<Object> item(vm.heap(), next(vm, self->iterator));
  if (item.value().is_null()) return Value::null();
  Root<Object> count(vm.heap(), self->count);
  Value following = binary_op(vm, BinaryOp::Add, count.value(), Value::from_small_int(1));
  if (following.is_null()) return following;
  self->count = following;
  return Value::from_object(make_tuple(vm, {count.value(), item.value()}));
}

// --- zip(*iterables, strict=False)

struct Zip : Object {
  Tuple* iterators;
  bool strict;
};

void trace_zip(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<Zip*>(object)->iterators);
}

Value zip_new(VM& vm, Type* type, CallArgs args) {
  if (!check_keywords(vm, "zip", args, {"strict"})) return Value::null();
  Value strict = keyword(args, vm.intern("strict"));
  int is_strict = strict.is_null() ? 0 : truthy(vm, strict);
  if (is_strict < 0) return Value::null();
  Tuple* made = iterators_of(vm, args.values, args.nargs);
  if (!made) return Value::null();
  Root<Tuple> iterators(vm.heap(), made);
  auto* self = static_cast<Zip*>(vm.heap().allocate(type, sizeof(Zip)));
  self->iterators = iterators.get();
  self->strict = is_strict == 1;
  return Value::from_object(self);
}

// "zip() argument 2 is shorter than argument 1", "... argument 3 is
// longer than arguments 1-2": what strict=True reports when the iterator
// at `position` ends at a different time from those before it.
Value raise_unequal_lengths(VM& vm, int64_t position, bool shorter) {
  std::string earlier = position == 1 ? "argument 1" : "arguments 1-" + std::to_string(position);
  return raise(vm, vm.exceptions().ValueError,
               "zip() argument " + std::to_string(position + 1) + " is " +
                   (shorter ? "shorter" : "longer") + " than " + earlier);
}

// With strict=True, once the iterator at `ended` is exhausted every other
// one must be too: those before it are shorter (they had one more item),
// the first later one with an item left is longer.
Value check_strict_end(VM& vm, Tuple* iterators, int64_t ended) {
  Root<Tuple> rooted(vm.heap(), iterators);
  if (ended > 0) return raise_unequal_lengths(vm, ended, true);
  for (int64_t i = 1; i < rooted->size; ++i) {
    Value item = next(vm, rooted->items()[i]);
    if (!item.is_null()) return raise_unequal_lengths(vm, i, false);
    if (vm.has_exception()) return Value::null();
  }
  return Value::null();
}

Value zip_next(VM& vm, Value self_value) {
  Root<Zip> self(vm.heap(), self_value);
  int64_t size = self->iterators->size;
  if (size == 0) return Value::null();
  Root<Tuple> items(vm.heap(),
                    make_tuple(vm, std::span<const Value>(self->iterators->items(), size)));
  for (int64_t i = 0; i < size; ++i) {
    Value item = next(vm, (*self->iterators)[i]);
    if (item.is_null()) {
      if (vm.has_exception() || !self->strict) return Value::null();
      return check_strict_end(vm, self->iterators, i);
    }
    items->items()[i] = item;
  }
  return items.value();
}

// --- map(function, *iterables)

struct Map : Object {
  Value function;
  Tuple* iterators;
};

void trace_map(Object* object, Tracer& tracer) {
  auto* self = static_cast<Map*>(object);
  tracer.visit(self->function);
  tracer.visit(self->iterators);
}

Value map_new(VM& vm, Type* type, CallArgs args) {
  if (!check_no_keywords(vm, "map", args)) return Value::null();
  if (args.nargs < 2) {
    return raise(vm, vm.exceptions().TypeError, "map() must have at least two arguments.");
  }
  Tuple* made = iterators_of(vm, args.values + 1, args.nargs - 1);
  if (!made) return Value::null();
  Root<Tuple> iterators(vm.heap(), made);
  auto* self = static_cast<Map*>(vm.heap().allocate(type, sizeof(Map)));
  self->function = args.values[0];
  self->iterators = iterators.get();
  return Value::from_object(self);
}

Value map_next(VM& vm, Value self_value) {
  Root<Map> self(vm.heap(), self_value);
  int64_t size = self->iterators->size;
  Root<Tuple> arguments(vm.heap(),
                        make_tuple(vm, std::span<const Value>(self->iterators->items(), size)));
  for (int64_t i = 0; i < size; ++i) {
    Value item = next(vm, (*self->iterators)[i]);
    if (item.is_null()) return item;
    arguments->items()[i] = item;
  }
  return call(vm, self->function, CallArgs{arguments->items(), static_cast<size_t>(size), nullptr});
}

// --- filter(function, iterable): function None keeps the true items

struct Filter : Object {
  Value function;
  Value iterator;
};

void trace_filter(Object* object, Tracer& tracer) {
  auto* self = static_cast<Filter*>(object);
  tracer.visit(self->function);
  tracer.visit(self->iterator);
}

Value filter_new(VM& vm, Type* type, CallArgs args) {
  if (!check_positional(vm, "filter", args, 2, 2)) return Value::null();
  Root<Object> iterator(vm.heap(), get_iterator(vm, args.values[1]));
  if (iterator.value().is_null()) return Value::null();
  auto* self = static_cast<Filter*>(vm.heap().allocate(type, sizeof(Filter)));
  self->function = args.values[0];
  self->iterator = iterator.value();
  return Value::from_object(self);
}

Value filter_next(VM& vm, Value self_value) {
  Root<Filter> self(vm.heap(), self_value);
  Root<Object> item(vm.heap(), Value::null());
  for (;;) {
    item.set(next(vm, self->iterator));
    if (item.value().is_null()) return Value::null();
    Value verdict = item.value();
    if (!self->function.is(vm.none())) {
      verdict = call(vm, self->function, {item.value()});
      if (verdict.is_null()) return verdict;
    }
    int keep = truthy(vm, verdict);
    if (keep < 0) return Value::null();
    if (keep == 1) return item.value();
  }
}

// --- reversed(sequence): the sequence's own __reversed__ if it has one,
// else indexing from len(sequence) - 1 down to 0.

Value reversed_new(VM& vm, Type* type, CallArgs args) {
  if (!check_positional(vm, "reversed", args, 1, 1)) return Value::null();
  Value sequence = args.values[0];
  Value reverser = call_special_method(vm, sequence, vm.intern("__reversed__"), {});
  if (!reverser.is_null() || vm.has_exception()) return reverser;
  const TypeSlots& slots = vm.type_of(sequence)->slots;
  bool is_mapping = is_subtype(vm.type_of(sequence), vm.types().dict);
  if (!slots.getitem || !slots.length || is_mapping) {
    return raise(vm, vm.exceptions().TypeError,
                 "'" + type_name(vm, sequence) + "' object is not reversible");
  }
  int64_t size = length(vm, sequence);
  if (size < 0) return Value::null();
  auto* self = static_cast<SequenceIterator*>(vm.heap().allocate(type, sizeof(SequenceIterator)));
  self->sequence = sequence;
  self->index = size - 1;
  return Value::from_object(self);
}

// Stops at index -1, or when the sequence raises IndexError or
// StopIteration (it shrank), as CPython's reversed does.
Value reversed_next(VM& vm, Value self_value) {
  auto* self = static_cast<SequenceIterator*>(self_value.as_object());
  if (self->index < 0 || self->sequence.is_null()) return Value::null();
  Root<SequenceIterator> rooted(vm.heap(), self_value);
  Value item = get_item(vm, self->sequence, Value::from_small_int(self->index));
  if (item.is_null()) {
    Type* raised = vm.type_of(vm.current_exception());
    if (is_subtype(raised, vm.exceptions().IndexError) ||
        is_subtype(raised, vm.exceptions().StopIteration)) {
      vm.take_exception();
      rooted->sequence = Value::null();
    }
    return Value::null();
  }
  rooted->index -= 1;
  return item;
}

// --- iter(callable, sentinel): calls callable() until it returns sentinel

struct CallableIterator : Object {
  Value callable;  // null once the sentinel has been seen
  Value sentinel;
};

void trace_callable_iterator(Object* object, Tracer& tracer) {
  auto* self = static_cast<CallableIterator*>(object);
  tracer.visit(self->callable);
  tracer.visit(self->sentinel);
}

Value callable_iterator_next(VM& vm, Value self_value) {
  Root<CallableIterator> self(vm.heap(), self_value);
  if (self->callable.is_null()) return Value::null();
  Root<Object> result(vm.heap(), call(vm, self->callable, {}));
  if (result.value().is_null()) {
    if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) {
      vm.take_exception();
      self->callable = Value::null();
    }
    return Value::null();
  }
  int same = equal(vm, result.value(), self->sentinel);
  if (same < 0) return Value::null();
  if (same == 0) return result.value();
  self->callable = Value::null();
  return Value::null();
}

// iter(iterable) or iter(callable, sentinel). The builtin is bound to the
// callable_iterator type (its `self`) rather than to the builtins module,
// so that each VM's iter() finds its own type without a global.
Value builtin_iter(VM& vm, Value callable_iterator_type, CallArgs args) {
  if (!check_positional(vm, "iter", args, 1, 2)) return Value::null();
  if (args.nargs == 1) return get_iterator(vm, args.values[0]);
  if (vm.type_of(args.values[0])->slots.call == nullptr) {
    return raise(vm, vm.exceptions().TypeError, "iter(v, w): v must be callable");
  }
  auto* type = static_cast<Type*>(callable_iterator_type.as_object());
  auto* self = static_cast<CallableIterator*>(vm.heap().allocate(type, sizeof(CallableIterator)));
  self->callable = args.values[0];
  self->sentinel = args.values[1];
  return Value::from_object(self);
}

constexpr NativeFunctionDef kIter = {
    "iter", builtin_iter,
    "iter(iterable) -> iterator\n"
    "iter(callable, sentinel) -> iterator\n"
    "\n"
    "Get an iterator from an object.  In the first form, the argument must\n"
    "supply its own iterator, or be a sequence.\n"
    "In the second form, the callable is called until it returns the sentinel."};

// An iterator type named `name`: iter() of an instance is itself.
Type* make_iterator_type(VM& vm, std::string_view name, uint32_t size,
                         void (*trace)(Object*, Tracer&), Value (*next_item)(VM&, Value)) {
  Type* type = vm.make_builtin_type(name, vm.types().object, size);
  type->gc.trace = trace;
  type->slots.iter = iterator_self;
  type->slots.next = next_item;
  return type;
}

}  // namespace

void add_builtin_iterators(VM& vm, Dict* builtins) {
  struct LazyBuiltin {
    std::string_view name;
    uint32_t size;
    void (*trace)(Object*, Tracer&);
    Value (*make)(VM&, Type*, CallArgs);
    Value (*next_item)(VM&, Value);
  };
  const LazyBuiltin lazy_builtins[] = {
      {"enumerate", sizeof(Enumerate), trace_enumerate, enumerate_new, enumerate_next},
      {"zip", sizeof(Zip), trace_zip, zip_new, zip_next},
      {"map", sizeof(Map), trace_map, map_new, map_next},
      {"filter", sizeof(Filter), trace_filter, filter_new, filter_next},
      {"reversed", sizeof(SequenceIterator), trace_sequence_iterator, reversed_new, reversed_next},
  };
  for (const LazyBuiltin& lazy : lazy_builtins) {
    Type* type = make_iterator_type(vm, lazy.name, lazy.size, lazy.trace, lazy.next_item);
    type->slots.new_instance = lazy.make;
    add_slot_wrappers(vm, type);
    dict_set_str(vm, builtins, type->name, Value::from_object(type));
  }
  Type* callable_iterator = make_iterator_type(vm, "callable_iterator", sizeof(CallableIterator),
                                               trace_callable_iterator, callable_iterator_next);
  add_slot_wrappers(vm, callable_iterator);
  Value iter = make_native_function(vm, &kIter, Value::from_object(callable_iterator));
  Root<Object> rooted_iter(vm.heap(), iter);
  dict_set_str(vm, builtins, vm.intern("iter"), iter);
}

}  // namespace eddy::stdlib

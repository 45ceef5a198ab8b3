// What list and tuple share: lexicographic comparison. Both sequences are
// read through a small accessor, because a list may change size while the
// comparison runs Python-level __eq__ code, and must then be re-read.
#pragma once

#include <cstdint>

#include "vm/heap.h"
#include "vm/method_args.h"
#include "vm/protocols.h"
#include "vm/vm.h"

namespace eddy::vm {

// Python's sequence comparison: the first pair of items that differ
// decides (compared with `op`); if one sequence is a prefix of the other,
// the lengths decide. `Items` has size() and at(i), re-read at each step.
template <class Items>
Value compare_sequences(VM& vm, const Items& a, const Items& b, CompareOp op) {
  if (a.size() != b.size() && (op == CompareOp::Equal || op == CompareOp::NotEqual)) {
    return vm.boolean(op == CompareOp::NotEqual);
  }
  int64_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    Root<Object> left(vm.heap(), a.at(i));
    Root<Object> right(vm.heap(), b.at(i));
    int same = equal(vm, left.value(), right.value());
    if (same < 0) return Value::null();
    if (!same) break;
  }
  if (i >= a.size() || i >= b.size()) {
    int64_t x = a.size(), y = b.size();
    switch (op) {
      case CompareOp::Less:
        return vm.boolean(x < y);
      case CompareOp::LessEqual:
        return vm.boolean(x <= y);
      case CompareOp::Equal:
        return vm.boolean(x == y);
      case CompareOp::NotEqual:
        return vm.boolean(x != y);
      case CompareOp::Greater:
        return vm.boolean(x > y);
      case CompareOp::GreaterEqual:
        return vm.boolean(x >= y);
    }
  }
  if (op == CompareOp::Equal) return vm.boolean(false);
  if (op == CompareOp::NotEqual) return vm.boolean(true);
  Root<Object> left(vm.heap(), a.at(i));
  return compare(vm, left.value(), b.at(i), op);
}

}  // namespace eddy::vm

namespace eddy::vm {

// The state of list_iterator, list_reverseiterator and tuple_iterator: the
// sequence (null once exhausted, so that a list that grows afterwards is
// not resumed, as in CPython) and the next position.
struct SequenceIterator : Object {
  Value sequence;
  int64_t index;
};

inline void trace_sequence_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<SequenceIterator*>(object)->sequence);
}

// The `iter` slot of every iterator: iter(it) is it.
inline Value iterator_self(VM&, Value self) {
  return self;
}

// Python code can give an operator's other operand its own __radd__ or
// __rmul__; builtin types cannot. Sequence + and * raise their own errors
// only for builtin operands, and leave user classes their chance.
inline bool is_builtin_operand(VM& vm, Value value) {
  return !(vm.type_of(value)->flags & kTypeIsHeapType);
}

// The int of a repeat count (`seq * n`), or false with no exception set
// when `count` is not int-like.
bool repeat_count(VM& vm, Value count, int64_t& out);

// "can't multiply sequence by non-int of type 'str'"
Value raise_cannot_multiply(VM& vm, Value count);

// Whether `value` is a str, list, tuple, bytes or bytearray (or subclass):
// a sequence with concatenation and repetition.
bool is_builtin_sequence(VM& vm, Value value);

// The TypeError of `sequence + other` when `other` cannot be added:
// "can only concatenate list (not "int") to list", "can't concat int to
// bytes".
Value raise_cannot_concatenate(VM& vm, Value sequence, Value other);

// An optional start or stop argument of index() and count()-style methods
// for a sequence of `length` items: a negative value counts from the end
// and is pulled up to 0 (CPython's _PyEval_SliceIndexNotNone). False with
// a TypeError set when `bound` has no __index__.
bool search_bound(VM& vm, Value bound, int64_t length, int64_t& out);

}  // namespace eddy::vm

// The old sequence protocol's iterator: items by index until IndexError.
#include "vm/sequence_iterator.h"

#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/int.h"
#include "vm/protocols.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

struct SequenceIterator : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

SequenceIterator* as_sequence_iterator(Value value) {
  return static_cast<SequenceIterator*>(value.as_object());
}

void trace_sequence_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<SequenceIterator*>(object)->sequence);
}

// IndexError and StopIteration end the iteration, and stay ended.
Value sequence_iterator_next(VM& vm, Value self) {
  SequenceIterator* iterator = as_sequence_iterator(self);
  if (iterator->sequence.is_null()) return Value::null();
  Root<Object> rooted(vm.heap(), self);
  Value index = make_int(vm, iterator->index);
  Value item = get_item(vm, as_sequence_iterator(rooted.value())->sequence, index);
  iterator = as_sequence_iterator(rooted.value());
  if (item.is_null()) {
    Type* raised = vm.type_of(vm.current_exception());
    if (is_subtype(raised, vm.exceptions().IndexError) ||
        is_subtype(raised, vm.exceptions().StopIteration)) {
      vm.take_exception();
      iterator->sequence = Value::null();
    }
    return Value::null();
  }
  ++iterator->index;
  return item;
}

}  // namespace

bool iterates_by_index(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  return type->slots.getitem && !type->slots.iter && !is_subtype(type, vm.types().dict);
}

Value make_sequence_iterator(VM& vm, Value sequence) {
  Root<Object> rooted(vm.heap(), sequence);
  auto* iterator = static_cast<SequenceIterator*>(
      vm.heap().allocate(vm.types().sequence_iterator, sizeof(SequenceIterator)));
  iterator->sequence = rooted.value();
  iterator->index = 0;
  return Value::from_object(iterator);
}

void init_sequence_iterator_type(VM& vm) {
  Type* type = vm.make_builtin_type("iterator", vm.types().object, sizeof(SequenceIterator));
  vm.mutable_types().sequence_iterator = type;
  type->gc.trace = trace_sequence_iterator;
  type->slots.iter = [](VM&, Value self) { return self; };
  type->slots.next = sequence_iterator_next;
  type->slots.hash = vm.types().object->slots.hash;
}

}  // namespace eddy::vm

// The object protocols: from an operation on any value to the slot that
// implements it, with Python's fallback rules and CPython's error messages.
#include "vm/protocols.h"

#include <cstdio>

#include "vm/attributes.h"
#include "vm/exceptions.h"
#include "vm/sequence.h"
#include "vm/sequence_iterator.h"
#include "vm/str.h"
#include "vm/suggestions.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

std::string type_name(VM& vm, Value value) { return to_utf8(vm.type_of(value)->name); }

Value raise_type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

}  // namespace

Value repr(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  if (type->slots.repr) return type->slots.repr(vm, value);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(value.as_object()));
  return Value::from_object(
      make_str(vm, "<" + to_utf8(type->name) + " object at " + address + ">"));
}

Value str(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  if (type->slots.str) return type->slots.str(vm, value);
  return repr(vm, value);
}

std::string repr_utf8(VM& vm, Value value) {
  Value text = repr(vm, value);
  if (text.is_null()) return {};
  return to_utf8(static_cast<Str*>(text.as_object()));
}

int64_t hash(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  if (type->slots.hash) return type->slots.hash(vm, value);
  raise_type_error(vm, "unhashable type: '" + type_name(vm, value) + "'");
  return -1;
}

int truthy(VM& vm, Value value) {
  if (value.is(vm.boolean(true))) return 1;
  if (value.is(vm.boolean(false)) || value.is(vm.none())) return 0;
  if (value.is_small_int()) return value.as_small_int() != 0;
  if (value.is_double()) return value.as_double() != 0.0;
  Type* type = vm.type_of(value);
  if (type->slots.truth) return type->slots.truth(vm, value);
  if (type->slots.length) {
    int64_t n = type->slots.length(vm, value);
    return n < 0 ? -1 : n != 0;
  }
  return 1;
}

// CPython's do_richcompare: a subclass that overrides the comparison gets
// the first try; then the left operand; then the right one, reflected. If
// both decline, == and != fall back to identity and the rest are errors.
Value compare(VM& vm, Value a, Value b, CompareOp op) {
  Type* left = vm.type_of(a);
  Type* right = vm.type_of(b);
  bool reflected_first = false;
  if (left != right && is_subtype(right, left) && right->slots.richcompare) {
    reflected_first = true;
    Value result = right->slots.richcompare(vm, b, a, swapped(op));
    if (result.is_null() || !result.is(vm.not_implemented())) return result;
  }
  if (left->slots.richcompare) {
    Value result = left->slots.richcompare(vm, a, b, op);
    if (result.is_null() || !result.is(vm.not_implemented())) return result;
  }
  if (!reflected_first && right->slots.richcompare) {
    Value result = right->slots.richcompare(vm, b, a, swapped(op));
    if (result.is_null() || !result.is(vm.not_implemented())) return result;
  }
  if (op == CompareOp::Equal) return vm.boolean(a.is(b));
  if (op == CompareOp::NotEqual) return vm.boolean(!a.is(b));
  return raise_type_error(vm, "'" + std::string(symbol_of(op)) +
                                  "' not supported between instances of '" + to_utf8(left->name) +
                                  "' and '" + to_utf8(right->name) + "'");
}

int equal(VM& vm, Value a, Value b) {
  if (a.is(b)) return 1;
  Value result = compare(vm, a, b, CompareOp::Equal);
  if (result.is_null()) return -1;
  return truthy(vm, result);
}

namespace {

// CPython's binary_op1: the left operand's slot, then the right one's —
// unless the right operand's type is a subclass of the left's, which then
// goes first so that subclasses can override operators of their bases.
Value try_binary_slots(VM& vm, int slot, Value a, Value b) {
  Type* left = vm.type_of(a);
  Type* right = vm.type_of(b);
  auto left_slot = left->slots.binary[slot];
  auto right_slot = right != left ? right->slots.binary[slot] : nullptr;
  if (left_slot == right_slot) right_slot = nullptr;
  if (left_slot) {
    if (right_slot && is_subtype(right, left)) {
      Value result = right_slot(vm, a, b);
      if (result.is_null() || !result.is(vm.not_implemented())) return result;
      right_slot = nullptr;
    }
    Value result = left_slot(vm, a, b);
    if (result.is_null() || !result.is(vm.not_implemented())) return result;
  }
  if (right_slot) return right_slot(vm, a, b);
  return vm.not_implemented();
}

}  // namespace

Value binary_op(VM& vm, BinaryOp op, Value a, Value b) {
  int slot = static_cast<int>(without_inplace(op));
  if (is_inplace(op)) {
    if (auto inplace = vm.type_of(a)->slots.inplace[slot]) {
      Value result = inplace(vm, a, b);
      if (result.is_null() || !result.is(vm.not_implemented())) return result;
    }
  }
  Value result = try_binary_slots(vm, slot, a, b);
  if (result.is_null() || !result.is(vm.not_implemented())) return result;
  // As CPython's PyNumber_Add and PyNumber_Multiply, a sequence operand has
  // the last word: its concatenation or repetition raises its own error.
  BinaryOp plain = without_inplace(op);
  if (plain == BinaryOp::Add && is_builtin_sequence(vm, a)) {
    return raise_cannot_concatenate(vm, a, b);
  }
  if (plain == BinaryOp::Multiply) {
    if (is_builtin_sequence(vm, a)) return raise_cannot_multiply(vm, b);
    if (is_builtin_sequence(vm, b)) return raise_cannot_multiply(vm, a);
  }
  // a ** b is pow(a, b), and the message names both; a **= b only itself.
  std::string symbol = op == BinaryOp::Power ? "** or pow()" : std::string(symbol_of(op));
  return raise_type_error(vm, "unsupported operand type(s) for " + symbol + ": '" +
                                  type_name(vm, a) + "' and '" + type_name(vm, b) + "'");
}

namespace {

Value unary(VM& vm, Value value, Value (*TypeSlots::*slot)(VM&, Value), const char* symbol) {
  Type* type = vm.type_of(value);
  if (auto function = type->slots.*slot) return function(vm, value);
  return raise_type_error(vm, std::string("bad operand type for unary ") + symbol + ": '" +
                                  to_utf8(type->name) + "'");
}

}  // namespace

Value negative(VM& vm, Value value) { return unary(vm, value, &TypeSlots::negative, "-"); }
Value positive(VM& vm, Value value) { return unary(vm, value, &TypeSlots::positive, "+"); }
Value invert(VM& vm, Value value) { return unary(vm, value, &TypeSlots::invert, "~"); }

// Types without their own getattr/setattr slot use object's generic ones.
Value get_attribute(VM& vm, Value object, Str* name) {
  Type* type = vm.type_of(object);
  Value found = type->slots.getattr ? type->slots.getattr(vm, object, name)
                                    : generic_getattr(vm, object, name);
  if (found.is_null()) record_attribute_error_context(vm, object, name);
  return found;
}

bool set_attribute(VM& vm, Value object, Str* name, Value value) {
  Type* type = vm.type_of(object);
  if (type->slots.setattr) return type->slots.setattr(vm, object, name, value);
  return generic_setattr(vm, object, name, value);
}

bool delete_attribute(VM& vm, Value object, Str* name) {
  return set_attribute(vm, object, name, Value::null());
}

Value get_item(VM& vm, Value container, Value key) {
  Type* type = vm.type_of(container);
  if (type->slots.getitem) return type->slots.getitem(vm, container, key);
  // C[x] on a class without a metaclass __getitem__: its
  // __class_getitem__ (PEP 560), as list[int] uses.
  if (is_subtype(type, vm.types().type)) {
    Str* hook_name = vm.intern("__class_getitem__");
    Value hook = get_attribute(vm, container, hook_name);
    if (hook.is_null()) {
      if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
        return hook;
      }
      vm.take_exception();
      return raise_type_error(vm, "type '" +
                                      to_utf8(static_cast<Type*>(container.as_object())->name) +
                                      "' is not subscriptable");
    }
    Root<Object> rooted_hook(vm.heap(), hook);
    return call(vm, hook, CallArgs{&key, 1, nullptr});
  }
  return raise_type_error(vm, "'" + to_utf8(type->name) + "' object is not subscriptable");
}

bool set_item(VM& vm, Value container, Value key, Value value) {
  Type* type = vm.type_of(container);
  if (type->slots.setitem) return type->slots.setitem(vm, container, key, value);
  raise_type_error(vm, "'" + to_utf8(type->name) + "' object does not support item assignment");
  return false;
}

bool delete_item(VM& vm, Value container, Value key) {
  Type* type = vm.type_of(container);
  if (type->slots.setitem) return type->slots.setitem(vm, container, key, Value::null());
  raise_type_error(vm, "'" + to_utf8(type->name) + "' object doesn't support item deletion");
  return false;
}

int contains(VM& vm, Value container, Value item) {
  Type* type = vm.type_of(container);
  if (type->slots.contains) return type->slots.contains(vm, container, item);
  if (!is_iterable(vm, container)) {
    raise_type_error(vm, "argument of type '" + to_utf8(type->name) + "' is not iterable");
    return -1;
  }
  Root<Object> iterator(vm.heap(), get_iterator(vm, container));
  if (iterator.value().is_null()) return -1;
  for (;;) {
    Value element = next(vm, iterator.value());
    if (element.is_null()) return vm.has_exception() ? -1 : 0;
    int found = equal(vm, element, item);
    if (found != 0) return found;
  }
}

int64_t length(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  if (type->slots.length) return type->slots.length(vm, value);
  raise_type_error(vm, "object of type '" + to_utf8(type->name) + "' has no len()");
  return -1;
}

bool is_iterable(VM& vm, Value value) {
  return vm.type_of(value)->slots.iter || iterates_by_index(vm, value);
}

bool is_sequence(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  return type->slots.getitem && !is_subtype(type, vm.types().dict);
}

Value get_iterator(VM& vm, Value iterable) {
  Type* type = vm.type_of(iterable);
  if (type->slots.iter) return type->slots.iter(vm, iterable);
  if (iterates_by_index(vm, iterable)) return make_sequence_iterator(vm, iterable);
  return raise_type_error(vm, "'" + to_utf8(type->name) + "' object is not iterable");
}

Value next(VM& vm, Value iterator) {
  Type* type = vm.type_of(iterator);
  if (type->slots.next) return type->slots.next(vm, iterator);
  return raise_type_error(vm, "'" + to_utf8(type->name) + "' object is not an iterator");
}

Value call(VM& vm, Value callable, CallArgs args) {
  Type* type = vm.type_of(callable);
  if (type->slots.call) return type->slots.call(vm, callable, args);
  return raise_type_error(vm, "'" + to_utf8(type->name) + "' object is not callable");
}

Value call(VM& vm, Value callable, std::initializer_list<Value> positional) {
  return call(vm, callable, CallArgs{positional.begin(), positional.size(), nullptr});
}

Value index(VM& vm, Value value) {
  if (value.is_small_int()) return value;
  Type* type = vm.type_of(value);
  if (type->slots.index) return type->slots.index(vm, value);
  return raise_type_error(vm,
                          "'" + to_utf8(type->name) + "' object cannot be interpreted as an integer");
}

}  // namespace eddy::vm

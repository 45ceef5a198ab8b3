// bool: the type of True and False, a subclass of int that cannot itself
// be subclassed. It behaves as the ints 1 and 0 — int's slots read a bool
// operand as one (int.cc) — except for its repr, its constructor, and
// & | ^ between two bools, which give a bool.
#include <string_view>

#include "vm/int.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value bool_repr(VM& vm, Value self) {
  return Value::from_object(vm.intern(self.is(vm.boolean(true)) ? "True" : "False"));
}

bool is_bool(VM& vm, Value value) {
  return value.is_object() && vm.type_of(value) == vm.types().bool_;
}

// True & False is False, but True & 2 is int's business.
template <BinaryOp op, bool (*combine)(bool, bool)>
Value bool_bitwise_slot(VM& vm, Value a, Value b) {
  if (is_bool(vm, a) && is_bool(vm, b)) {
    return vm.boolean(combine(a.is(vm.boolean(true)), b.is(vm.boolean(true))));
  }
  return vm.types().int_->slots.binary[static_cast<int>(op)](vm, a, b);
}

bool both(bool a, bool b) {
  return a && b;
}
bool either(bool a, bool b) {
  return a || b;
}
bool exactly_one(bool a, bool b) {
  return a != b;
}

// bool(x=False, /): the truth of x.
Value bool_new(VM& vm, Type*, CallArgs args) {
  if (!check_positional(vm, "bool", args, 0, 1)) return Value::null();
  if (args.nargs == 0) return vm.boolean(false);
  int truth = truthy(vm, args.values[0]);
  if (truth < 0) return Value::null();
  return vm.boolean(truth);
}

}  // namespace

// Starts from a copy of int's slots, so init_int_type must run first.
void init_bool_type(VM& vm) {
  Type* type = vm.types().bool_;
  type->slots = vm.types().int_->slots;
  TypeSlots& slots = type->slots;
  slots.repr = bool_repr;
  slots.binary[static_cast<int>(BinaryOp::And)] = bool_bitwise_slot<BinaryOp::And, both>;
  slots.binary[static_cast<int>(BinaryOp::Or)] = bool_bitwise_slot<BinaryOp::Or, either>;
  slots.binary[static_cast<int>(BinaryOp::Xor)] = bool_bitwise_slot<BinaryOp::Xor, exactly_one>;
  slots.new_instance = bool_new;
}

}  // namespace eddy::vm

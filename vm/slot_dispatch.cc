// The slot table: for each TypeSlots entry, its dunder names, the function
// a Python class gets in that slot (a "dispatcher" that calls the dunder),
// and the slot wrapper that exposes a builtin type's slot as a dunder.
#include "vm/slot_dispatch.h"

#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "vm/attributes.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/generator.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/method.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

std::string type_name(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

bool is_not_implemented(VM& vm, Value value) {
  return value.is(vm.not_implemented());
}

// Looks the dunder up on the type of `self` and calls it; null with no
// exception when the type has none.
Value call_dunder(VM& vm, Value self, Str* name, std::initializer_list<Value> args) {
  return call_special_method(vm, self, name, std::span(args.begin(), args.size()));
}
// The same for a dunder that is not among the VM's known names (operators,
// comparisons): its text is interned on each call.
Value call_dunder(VM& vm, Value self, const char* name, std::initializer_list<Value> args) {
  return call_dunder(vm, self, vm.intern(name), args);
}

// A dunder every dispatcher's class has (the dispatcher exists because the
// class defines it): a missing one is an AttributeError, as CPython's
// lookup_method would raise.
Value call_required_dunder(VM& vm, Value self, Str* name, std::initializer_list<Value> args) {
  Value result = call_dunder(vm, self, name, args);
  if (result.is_null() && !vm.has_exception()) {
    raise(vm, vm.exceptions().AttributeError, to_utf8(name));
  }
  return result;
}
Value call_required_dunder(VM& vm, Value self, const char* name,
                           std::initializer_list<Value> args) {
  return call_required_dunder(vm, self, vm.intern(name), args);
}

// ---------------------------------------------------------------------------
// Dispatchers: the slots of a class written in Python.

Value checked_text(VM& vm, Value result, const char* dunder) {
  if (result.is_null() || vm.type_of(result) == vm.types().str ||
      is_subtype(vm.type_of(result), vm.types().str)) {
    return result;
  }
  return raise(vm, vm.exceptions().TypeError,
               std::string(dunder) + " returned non-string (type " + type_name(vm, result) + ")");
}

Value dispatch_repr(VM& vm, Value self) {
  return checked_text(vm, call_required_dunder(vm, self, vm.names().repr, {}), "__repr__");
}

Value dispatch_str(VM& vm, Value self) {
  return checked_text(vm, call_required_dunder(vm, self, vm.names().str, {}), "__str__");
}

int64_t dispatch_hash(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().hash, {});
  if (result.is_null()) return -1;
  if (!is_int(vm, result)) {
    raise(vm, vm.exceptions().TypeError, "__hash__ method should return an integer");
    return -1;
  }
  // A result that fits a machine word is the hash as it is (-1 meaning
  // error, it becomes -2); a bigger one is reduced as int's own hash.
  std::optional<int64_t> word = int_to_int64(vm, result);
  if (!word) return hash(vm, result);
  return *word == -1 ? -2 : *word;
}

constexpr const char* kCompareDunders[] = {"__lt__", "__le__", "__eq__",
                                           "__ne__", "__gt__", "__ge__"};

Value dispatch_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  Value result = call_dunder(vm, self, kCompareDunders[static_cast<int>(op)], {other});
  if (result.is_null() && !vm.has_exception()) return vm.not_implemented();
  return result;
}

// __getattribute__, then __getattr__ if that raised AttributeError.
Value dispatch_getattr(VM& vm, Value self, Str* name) {
  Value name_value = Value::from_object(name);
  Value result = call_required_dunder(vm, self, vm.names().getattribute, {name_value});
  if (!result.is_null() ||
      !is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
    return result;
  }
  Value getattr = lookup_in_mro(vm, vm.type_of(self), vm.names().getattr);
  if (getattr.is_null()) return result;
  vm.take_exception();
  return call_unbound_method(vm, getattr, self, CallArgs{&name_value, 1, nullptr});
}

bool dispatch_setattr(VM& vm, Value self, Str* name, Value value) {
  Value name_value = Value::from_object(name);
  Value result = value.is_null()
                     ? call_required_dunder(vm, self, vm.names().delattr, {name_value})
                     : call_required_dunder(vm, self, vm.names().setattr, {name_value, value});
  return !result.is_null();
}

Value dispatch_call(VM& vm, Value self, CallArgs args) {
  Value method = lookup_in_mro(vm, vm.type_of(self), vm.names().call);
  if (method.is_null()) {
    return raise(vm, vm.exceptions().TypeError,
                 "'" + type_name(vm, self) + "' object is not callable");
  }
  return call_unbound_method(vm, method, self, args);
}

Value dispatch_descr_get(VM& vm, Value self, Value instance, Value owner) {
  return call_required_dunder(
      vm, self, "__get__",
      {instance.is_null() ? vm.none() : instance, owner.is_null() ? vm.none() : owner});
}

bool dispatch_descr_set(VM& vm, Value self, Value instance, Value value) {
  Value result = value.is_null() ? call_required_dunder(vm, self, vm.names().delete_, {instance})
                                 : call_required_dunder(vm, self, vm.names().set, {instance, value});
  return !result.is_null();
}

Value dispatch_iter(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().iter, {});
  if (result.is_null() || vm.type_of(result)->slots.next) return result;
  return raise(vm, vm.exceptions().TypeError,
               "iter() returned non-iterator of type '" + type_name(vm, result) + "'");
}

// The slot's convention: exhaustion is a null result with no exception,
// so a StopIteration raised by __next__ is absorbed here.
Value dispatch_next(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().next, {});
  if (result.is_null() &&
      is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) {
    vm.take_exception();
  }
  return result;
}

// The arithmetic dunders, in BinaryOp order (operators.h).
struct ArithmeticDunders {
  const char* names[3];  // __op__, __rop__, __iop__
};
constexpr ArithmeticDunders kArithmeticDunders[kBinaryOpCount] = {
    {{"__add__", "__radd__", "__iadd__"}},
    {{"__and__", "__rand__", "__iand__"}},
    {{"__floordiv__", "__rfloordiv__", "__ifloordiv__"}},
    {{"__lshift__", "__rlshift__", "__ilshift__"}},
    {{"__matmul__", "__rmatmul__", "__imatmul__"}},
    {{"__mul__", "__rmul__", "__imul__"}},
    {{"__mod__", "__rmod__", "__imod__"}},
    {{"__or__", "__ror__", "__ior__"}},
    {{"__pow__", "__rpow__", "__ipow__"}},
    {{"__rshift__", "__rrshift__", "__irshift__"}},
    {{"__sub__", "__rsub__", "__isub__"}},
    {{"__truediv__", "__rtruediv__", "__itruediv__"}},
    {{"__xor__", "__rxor__", "__ixor__"}},
};

// Calls `name` on `first`'s type with `second`: NotImplemented when the
// type has no such method (CPython's vectorcall_maybe).
Value call_operand_dunder(VM& vm, const char* name, Value first, Value second) {
  Value result = call_dunder(vm, first, name, {second});
  if (result.is_null() && !vm.has_exception()) return vm.not_implemented();
  return result;
}

// True if the right operand's class defines the reflected method
// differently from the left operand's class (CPython's method_is_overloaded).
bool overrides_reflected(VM& vm, Value left, Value right, const char* reflected) {
  Str* name = vm.intern(reflected);
  Value right_method = lookup_in_mro(vm, vm.type_of(right), name);
  if (right_method.is_null()) return false;
  Value left_method = lookup_in_mro(vm, vm.type_of(left), name);
  return left_method.is_null() || !left_method.is(right_method);
}

// The binary slot of a Python class, called with the operands in source
// order whichever of them is the class's instance (CPython's SLOT1BINFULL).
// If the left operand uses this dispatcher it gets __op__ first — unless
// the right operand is an instance of a subclass that overrides __rop__,
// which then goes first, so that subclasses can take over operators of
// their bases. A right operand that also uses this dispatcher gets __rop__
// last. An operand of another kind (an int, say) is left to binary_op,
// which calls its own slot.
template <int Op>
Value dispatch_binary(VM& vm, Value left, Value right) {
  const ArithmeticDunders& dunders = kArithmeticDunders[Op];
  Type* left_type = vm.type_of(left);
  Type* right_type = vm.type_of(right);
  bool try_right = right_type != left_type && right_type->slots.binary[Op] == &dispatch_binary<Op>;
  if (left_type->slots.binary[Op] == &dispatch_binary<Op>) {
    if (try_right && is_subtype(right_type, left_type) &&
        overrides_reflected(vm, left, right, dunders.names[1])) {
      Value result = call_operand_dunder(vm, dunders.names[1], right, left);
      if (result.is_null() || !is_not_implemented(vm, result)) return result;
      try_right = false;
    }
    Value result = call_operand_dunder(vm, dunders.names[0], left, right);
    if (result.is_null() || !is_not_implemented(vm, result) || right_type == left_type) {
      return result;
    }
  }
  if (try_right) return call_operand_dunder(vm, dunders.names[1], right, left);
  return vm.not_implemented();
}

template <int Op>
Value dispatch_inplace(VM& vm, Value left, Value right) {
  return call_operand_dunder(vm, kArithmeticDunders[Op].names[2], left, right);
}

template <const char* const* Name>
Value dispatch_unary(VM& vm, Value self) {
  return call_required_dunder(vm, self, *Name, {});
}
constexpr const char* kNeg = "__neg__";
constexpr const char* kPos = "__pos__";
constexpr const char* kInvert = "__invert__";
constexpr const char* kAbs = "__abs__";
constexpr const char* kAwait = "__await__";
constexpr const char* kAiter = "__aiter__";
constexpr const char* kAnext = "__anext__";

int dispatch_truth(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().bool_, {});
  if (result.is_null()) return -1;
  if (vm.type_of(result) != vm.types().bool_) {
    raise(vm, vm.exceptions().TypeError,
          "__bool__ should return bool, returned " + type_name(vm, result));
    return -1;
  }
  return result.is(vm.boolean(true));
}

Value dispatch_index(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().index, {});
  if (result.is_null() || is_int(vm, result)) return result;
  return raise(vm, vm.exceptions().TypeError,
               "__index__ returned non-int (type " + type_name(vm, result) + ")");
}

int64_t dispatch_length(VM& vm, Value self) {
  Value result = call_required_dunder(vm, self, vm.names().len, {});
  if (result.is_null()) return -1;
  Value length = index(vm, result);
  if (length.is_null()) return -1;
  std::optional<int64_t> n = int_to_int64(vm, length);
  if (n && *n < 0) {
    raise(vm, vm.exceptions().ValueError, "__len__() should return >= 0");
    return -1;
  }
  if (!n || *n > Value::kSmallIntMax) {
    raise(vm, vm.exceptions().OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return *n;
}

Value dispatch_getitem(VM& vm, Value self, Value key) {
  return call_required_dunder(vm, self, vm.names().getitem, {key});
}

bool dispatch_setitem(VM& vm, Value self, Value key, Value value) {
  Value result = value.is_null() ? call_required_dunder(vm, self, vm.names().delitem, {key})
                                 : call_required_dunder(vm, self, vm.names().setitem, {key, value});
  return !result.is_null();
}

int dispatch_contains(VM& vm, Value self, Value item) {
  Value result = call_required_dunder(vm, self, vm.names().contains, {item});
  if (result.is_null()) return -1;
  return truthy(vm, result);
}

// Calling a class whose __new__ is written in Python: __new__ is a static
// method taking the class first.
Value dispatch_new(VM& vm, Type* type, CallArgs args) {
  Value found = lookup_in_mro(vm, type, vm.names().new_);
  if (found.is_null()) return raise(vm, vm.exceptions().AttributeError, "__new__");
  Value type_value = Value::from_object(type);
  if (auto bind = vm.type_of(found)->slots.descr_get) {
    found = bind(vm, found, Value::null(), type_value);
    if (found.is_null()) return found;
  }
  Root<Object> rooted(vm.heap(), found);
  return call_with_self(vm, found, type_value, args);
}

bool dispatch_init(VM& vm, Value self, CallArgs args) {
  Value method = lookup_in_mro(vm, vm.type_of(self), vm.names().init);
  if (method.is_null()) return true;
  Value result = call_unbound_method(vm, method, self, args);
  if (result.is_null()) return false;
  if (!result.is(vm.none())) {
    raise_init_returned_value(vm, result);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Slot wrappers: a builtin type's slot, callable as a dunder method.

struct SlotDef;

struct SlotWrapper : Object {
  const SlotDef* def;
  Type* owner;
  uint32_t dunder;  // which of def's dunders this wrapper is
};

// What a wrapper does: calls `owner`'s slot for `self` with the
// arguments the dunder takes.
using WrapperCall = Value (*)(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args);

// One slot and its dunders. `dunders` are the names that fill the slot
// when a Python class defines any of them.
struct SlotDef {
  std::vector<const char*> dunders;
  bool (*is_set)(const TypeSlots& slots);
  void (*inherit)(TypeSlots& to, const TypeSlots& from);
  void (*use_dispatcher)(TypeSlots& to);
  void (*clear)(TypeSlots& to);
  WrapperCall call_wrapped;
};

template <auto Member, auto Dispatcher>
SlotDef member_slot(std::vector<const char*> dunders, WrapperCall call_wrapped) {
  return SlotDef{std::move(dunders),
                 [](const TypeSlots& slots) { return slots.*Member != nullptr; },
                 [](TypeSlots& to, const TypeSlots& from) { to.*Member = from.*Member; },
                 [](TypeSlots& to) { to.*Member = Dispatcher; },
                 [](TypeSlots& to) { to.*Member = nullptr; },
                 call_wrapped};
}

bool expect_arguments(VM& vm, CallArgs args, size_t count) {
  if (!check_no_keywords(vm, "wrapper", args)) return false;
  if (args.nargs == count) return true;
  raise(vm, vm.exceptions().TypeError,
        "expected " + std::to_string(count) + (count == 1 ? " argument" : " arguments") + ", got " +
            std::to_string(args.nargs));
  return false;
}

Value bool_value(VM& vm, int truth) {
  return truth < 0 ? Value::null() : vm.boolean(truth);
}

Value wrap_repr(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  return owner->slots.repr(vm, self);
}

Value wrap_str(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  return owner->slots.str(vm, self);
}

Value wrap_hash(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  int64_t h = owner->slots.hash(vm, self);
  if (h == -1 && vm.has_exception()) return Value::null();
  return make_int(vm, h);
}

// object.__ne__ is "not __eq__": it asks the instance's own type for ==
// and inverts the answer, so a class defining only __eq__ gets a matching
// !=.
Value wrap_richcompare(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  auto op = static_cast<CompareOp>(dunder);
  Value other = args.values[0];
  if (owner == vm.types().object && op == CompareOp::NotEqual) {
    auto equal_slot = vm.type_of(self)->slots.richcompare;
    Value equal = equal_slot ? equal_slot(vm, self, other, CompareOp::Equal) : vm.not_implemented();
    if (equal.is_null() || is_not_implemented(vm, equal)) return equal;
    int truth = truthy(vm, equal);
    return truth < 0 ? Value::null() : vm.boolean(!truth);
  }
  return owner->slots.richcompare(vm, self, other, op);
}

Value wrap_getattr(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  Value name = args.values[0];
  if (vm.type_of(name) != vm.types().str) {
    return raise(vm, vm.exceptions().TypeError,
                 "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  auto* text = static_cast<Str*>(name.as_object());
  return owner->slots.getattr ? owner->slots.getattr(vm, self, text)
                              : generic_getattr(vm, self, text);
}

// __setattr__ (dunder 0) and __delattr__ (dunder 1).
Value wrap_setattr(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args) {
  bool deleting = dunder == 1;
  if (!expect_arguments(vm, args, deleting ? 1 : 2)) return Value::null();
  Value name = args.values[0];
  if (vm.type_of(name) != vm.types().str) {
    return raise(vm, vm.exceptions().TypeError,
                 "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  auto* text = static_cast<Str*>(name.as_object());
  Value value = deleting ? Value::null() : args.values[1];
  bool ok = owner->slots.setattr ? owner->slots.setattr(vm, self, text, value)
                                 : generic_setattr(vm, self, text, value);
  return ok ? vm.none() : Value::null();
}

Value wrap_call(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  return owner->slots.call(vm, self, args);
}

Value wrap_descr_get(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!check_positional(vm, "__get__", args, 1, 2)) return Value::null();
  Value instance = args.values[0].is(vm.none()) ? Value::null() : args.values[0];
  Value klass = args.nargs == 2 && !args.values[1].is(vm.none()) ? args.values[1] : Value::null();
  if (instance.is_null() && klass.is_null()) {
    return raise(vm, vm.exceptions().TypeError, "__get__(None, None) is invalid");
  }
  return owner->slots.descr_get(vm, self, instance, klass);
}

// __set__ (dunder 0) and __delete__ (dunder 1).
Value wrap_descr_set(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args) {
  bool deleting = dunder == 1;
  if (!expect_arguments(vm, args, deleting ? 1 : 2)) return Value::null();
  bool ok =
      owner->slots.descr_set(vm, self, args.values[0], deleting ? Value::null() : args.values[1]);
  return ok ? vm.none() : Value::null();
}

Value wrap_iter(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  return owner->slots.iter(vm, self);
}

Value wrap_next(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  Value item = owner->slots.next(vm, self);
  if (item.is_null() && !vm.has_exception()) {
    return raise_value(vm, make_exception(vm, vm.exceptions().StopIteration));
  }
  return item;
}

// __op__ (dunder 0) calls the slot as (self, other); __rop__ (dunder 1)
// as (other, self).
template <int Op>
Value wrap_binary(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  Value other = args.values[0];
  return dunder == 0 ? owner->slots.binary[Op](vm, self, other)
                     : owner->slots.binary[Op](vm, other, self);
}

template <int Op>
Value wrap_inplace(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  return owner->slots.inplace[Op](vm, self, args.values[0]);
}

template <auto Member>
Value wrap_unary(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  return (owner->slots.*Member)(vm, self);
}

Value wrap_truth(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  return bool_value(vm, owner->slots.truth(vm, self));
}

Value wrap_length(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 0)) return Value::null();
  int64_t n = owner->slots.length(vm, self);
  return n < 0 ? Value::null() : Value::from_small_int(n);
}

Value wrap_getitem(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  return owner->slots.getitem(vm, self, args.values[0]);
}

// __setitem__ (dunder 0) and __delitem__ (dunder 1).
Value wrap_setitem(VM& vm, Type* owner, uint32_t dunder, Value self, CallArgs args) {
  bool deleting = dunder == 1;
  if (!expect_arguments(vm, args, deleting ? 1 : 2)) return Value::null();
  bool ok =
      owner->slots.setitem(vm, self, args.values[0], deleting ? Value::null() : args.values[1]);
  return ok ? vm.none() : Value::null();
}

Value wrap_contains(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  if (!expect_arguments(vm, args, 1)) return Value::null();
  return bool_value(vm, owner->slots.contains(vm, self, args.values[0]));
}

Value wrap_init(VM& vm, Type* owner, uint32_t, Value self, CallArgs args) {
  return owner->slots.init(vm, self, args) ? vm.none() : Value::null();
}

std::vector<SlotDef> make_slot_defs() {
  using S = TypeSlots;
  std::vector<SlotDef> defs = {
      member_slot<&S::repr, dispatch_repr>({"__repr__"}, wrap_repr),
      member_slot<&S::str, dispatch_str>({"__str__"}, wrap_str),
      member_slot<&S::hash, dispatch_hash>({"__hash__"}, wrap_hash),
      member_slot<&S::richcompare, dispatch_richcompare>(
          {std::begin(kCompareDunders), std::end(kCompareDunders)}, wrap_richcompare),
      member_slot<&S::getattr, dispatch_getattr>({"__getattribute__", "__getattr__"}, wrap_getattr),
      member_slot<&S::setattr, dispatch_setattr>({"__setattr__", "__delattr__"}, wrap_setattr),
      member_slot<&S::call, dispatch_call>({"__call__"}, wrap_call),
      member_slot<&S::descr_get, dispatch_descr_get>({"__get__"}, wrap_descr_get),
      member_slot<&S::descr_set, dispatch_descr_set>({"__set__", "__delete__"}, wrap_descr_set),
      member_slot<&S::iter, dispatch_iter>({"__iter__"}, wrap_iter),
      member_slot<&S::next, dispatch_next>({"__next__"}, wrap_next),
      member_slot<&S::negative, dispatch_unary<&kNeg>>({kNeg}, wrap_unary<&S::negative>),
      member_slot<&S::positive, dispatch_unary<&kPos>>({kPos}, wrap_unary<&S::positive>),
      member_slot<&S::invert, dispatch_unary<&kInvert>>({kInvert}, wrap_unary<&S::invert>),
      member_slot<&S::absolute, dispatch_unary<&kAbs>>({kAbs}, wrap_unary<&S::absolute>),
      member_slot<&S::truth, dispatch_truth>({"__bool__"}, wrap_truth),
      member_slot<&S::index, dispatch_index>({"__index__"}, wrap_unary<&S::index>),
      member_slot<&S::length, dispatch_length>({"__len__"}, wrap_length),
      member_slot<&S::getitem, dispatch_getitem>({"__getitem__"}, wrap_getitem),
      member_slot<&S::setitem, dispatch_setitem>({"__setitem__", "__delitem__"}, wrap_setitem),
      member_slot<&S::contains, dispatch_contains>({"__contains__"}, wrap_contains),
      member_slot<&S::new_instance, dispatch_new>({"__new__"}, nullptr),
      member_slot<&S::init, dispatch_init>({"__init__"}, wrap_init),
      member_slot<&S::await, dispatch_unary<&kAwait>>({kAwait}, wrap_unary<&S::await>),
      member_slot<&S::aiter, dispatch_unary<&kAiter>>({kAiter}, wrap_unary<&S::aiter>),
      member_slot<&S::anext, dispatch_unary<&kAnext>>({kAnext}, wrap_unary<&S::anext>),
  };
  // The arithmetic operators: one binary and one in-place slot each.
  [&]<int... Op>(std::integer_sequence<int, Op...>) {
    (defs.push_back(
         SlotDef{{kArithmeticDunders[Op].names[0], kArithmeticDunders[Op].names[1]},
                 [](const TypeSlots& slots) { return slots.binary[Op] != nullptr; },
                 [](TypeSlots& to, const TypeSlots& from) { to.binary[Op] = from.binary[Op]; },
                 [](TypeSlots& to) { to.binary[Op] = dispatch_binary<Op>; },
                 [](TypeSlots& to) { to.binary[Op] = nullptr; },
                 wrap_binary<Op>}),
     ...);
    (defs.push_back(
         SlotDef{{kArithmeticDunders[Op].names[2]},
                 [](const TypeSlots& slots) { return slots.inplace[Op] != nullptr; },
                 [](TypeSlots& to, const TypeSlots& from) { to.inplace[Op] = from.inplace[Op]; },
                 [](TypeSlots& to) { to.inplace[Op] = dispatch_inplace<Op>; },
                 [](TypeSlots& to) { to.inplace[Op] = nullptr; },
                 wrap_inplace<Op>}),
     ...);
  }
  (std::make_integer_sequence<int, kBinaryOpCount>());
  return defs;
}

const std::vector<SlotDef>& slot_defs() {
  static const std::vector<SlotDef> defs = make_slot_defs();
  return defs;
}

// ---------------------------------------------------------------------------
// The wrapper_descriptor type.

SlotWrapper* as_wrapper(Value value) {
  return static_cast<SlotWrapper*>(value.as_object());
}

void trace_wrapper(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<SlotWrapper*>(object)->owner);
}

const char* wrapper_name(const SlotWrapper* wrapper) {
  return wrapper->def->dunders[wrapper->dunder];
}

// `int.__add__(1, 2)`: the first argument is the receiver, and must be an
// instance of the wrapper's type.
Value call_wrapper(VM& vm, Value callable, CallArgs args) {
  SlotWrapper* wrapper = as_wrapper(callable);
  std::string name = wrapper_name(wrapper);
  std::string owner = to_utf8(wrapper->owner->name);
  if (args.nargs == 0) {
    return raise(vm, vm.exceptions().TypeError,
                 "descriptor '" + name + "' of '" + owner + "' object needs an argument");
  }
  Value self = args.values[0];
  if (!is_subtype(vm.type_of(self), wrapper->owner)) {
    return raise(vm, vm.exceptions().TypeError,
                 "descriptor '" + name + "' requires a '" + owner + "' object but received a '" +
                     type_name(vm, self) + "'");
  }
  CallArgs rest{args.values + 1, args.nargs - 1, args.kwnames};
  return wrapper->def->call_wrapped(vm, wrapper->owner, wrapper->dunder, self, rest);
}

Value bind_wrapper(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) return self;
  return make_method(vm, self, instance);
}

Value repr_wrapper(VM& vm, Value self) {
  SlotWrapper* wrapper = as_wrapper(self);
  return Value::from_object(make_str(vm, "<slot wrapper '" + std::string(wrapper_name(wrapper)) +
                                             "' of '" + to_utf8(wrapper->owner->name) +
                                             "' objects>"));
}

void add_wrapper(VM& vm, Type* type, const SlotDef& def, uint32_t dunder) {
  Str* name = vm.intern(def.dunders[dunder]);
  if (!dict_get_str(vm, type->dict, name).is_null()) return;
  auto* wrapper = static_cast<SlotWrapper*>(
      vm.heap().allocate(vm.types().wrapper_descriptor, sizeof(SlotWrapper)));
  wrapper->def = &def;
  wrapper->owner = type;
  wrapper->dunder = dunder;
  Root<SlotWrapper> rooted(vm.heap(), wrapper);
  dict_set_str(vm, type->dict, name, rooted.value());
}

// T.__new__(cls, ...): a builtin function bound to T that makes an
// instance of cls (a subtype of T) with T's constructor.
Value builtin_new(VM& vm, Value self, CallArgs args) {
  auto* owner = static_cast<Type*>(self.as_object());
  std::string owner_name = to_utf8(owner->name);
  if (args.nargs == 0) {
    return raise(vm, vm.exceptions().TypeError, owner_name + ".__new__(): not enough arguments");
  }
  Value cls = args.values[0];
  if (!is_subtype(vm.type_of(cls), vm.types().type)) {
    return raise(vm, vm.exceptions().TypeError,
                 owner_name + ".__new__(X): X is not a type object (" + type_name(vm, cls) + ")");
  }
  auto* type = static_cast<Type*>(cls.as_object());
  if (!is_subtype(type, owner)) {
    std::string name = to_utf8(type->name);
    return raise(
        vm, vm.exceptions().TypeError,
        owner_name + ".__new__(" + name + "): " + name + " is not a subtype of " + owner_name);
  }
  // T.__new__ must be the constructor of the nearest builtin layout (the
  // first class up the chain that does not define __new__ in Python).
  Type* static_base = type;
  while (static_base && static_base->slots.new_instance == dispatch_new)
    static_base = static_base->base;
  if (static_base && static_base->slots.new_instance != owner->slots.new_instance) {
    return raise(vm, vm.exceptions().TypeError,
                 owner_name + ".__new__(" + to_utf8(type->name) + ") is not safe, use " +
                     to_utf8(static_base->name) + ".__new__()");
  }
  CallArgs rest{args.values + 1, args.nargs - 1, args.kwnames};
  // object.__new__ complains about arguments only when nobody else would
  // take them: when the class overrides __new__ or has no __init__.
  if (owner == vm.types().object) {
    bool has_arguments = rest.nargs > 0 || (rest.kwnames && rest.kwnames->size > 0);
    if (has_arguments && type->slots.new_instance != owner->slots.new_instance) {
      return raise(vm, vm.exceptions().TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (has_arguments && !type->slots.init) {
      return raise(vm, vm.exceptions().TypeError, to_utf8(type->name) + "() takes no arguments");
    }
    rest = CallArgs{rest.values, 0, nullptr};
  }
  return owner->slots.new_instance(vm, type, rest);
}

constexpr NativeFunctionDef kNewDef{"__new__", builtin_new};

// object.__init__(self, *args): like object.__new__, it rejects arguments
// only when the class does not define the other half of construction.
Value object_init(VM& vm, Value self, CallArgs args) {
  Type* type = vm.type_of(self);
  bool has_arguments = args.nargs > 0 || (args.kwnames && args.kwnames->size > 0);
  if (has_arguments && type->slots.init) {
    return raise(vm, vm.exceptions().TypeError,
                 "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  if (has_arguments && type->slots.new_instance == vm.types().object->slots.new_instance) {
    return raise(vm, vm.exceptions().TypeError, to_utf8(type->name) + "() takes no arguments");
  }
  return vm.none();
}

constexpr NativeFunctionDef kObjectInitDef[] = {{"__init__", object_init}};

}  // namespace

void raise_init_returned_value(VM& vm, Value result) {
  raise(vm, vm.exceptions().TypeError,
        "__init__() should return None, not '" + type_name(vm, result) + "'");
}

Value call_unbound_method(VM& vm, Value method, Value self, CallArgs args) {
  Type* method_type = vm.type_of(method);
  const BuiltinTypes& t = vm.types();
  if (method_type == t.function || method_type == t.wrapper_descriptor ||
      method_type == t.method_descriptor || !method_type->slots.descr_get) {
    if (!method_type->slots.descr_get) return call(vm, method, args);
    return call_with_self(vm, method, self, args);
  }
  Root<Object> bound(vm.heap(), method_type->slots.descr_get(vm, method, self,
                                                             Value::from_object(vm.type_of(self))));
  if (bound.value().is_null()) return Value::null();
  return call(vm, bound.value(), args);
}

Value call_special_method(VM& vm, Value self, Str* name, std::span<const Value> args) {
  Value method = lookup_in_mro(vm, vm.type_of(self), name);
  if (method.is_null()) return method;
  return call_unbound_method(vm, method, self, CallArgs{args.data(), args.size(), nullptr});
}

Value next_or_stop_iteration(VM& vm, Value iterator) {
  Type* type = vm.type_of(iterator);
  if (type->slots.next == dispatch_next) return call_required_dunder(vm, iterator, vm.names().next, {});
  // A generator's return value travels in the StopIteration.
  if (type == vm.types().generator) {
    return generator_send(vm, static_cast<Generator*>(iterator.as_object()), vm.none());
  }
  Value item = next(vm, iterator);
  if (item.is_null() && !vm.has_exception()) {
    return raise_value(vm, make_exception(vm, vm.exceptions().StopIteration));
  }
  return item;
}

void update_slots(VM& vm, Type* type) {
  Tuple* mro = type->mro;
  for (const SlotDef& def : slot_defs()) {
    def.clear(type->slots);
    for (int64_t i = 0; i < mro->size; ++i) {
      auto* klass = static_cast<Type*>((*mro)[i].as_object());
      if (!(klass->flags & kTypeIsHeapType)) {
        if (def.is_set(klass->slots)) {
          def.inherit(type->slots, klass->slots);
          break;
        }
        continue;
      }
      Value found;
      for (const char* dunder : def.dunders) {
        found = dict_get_str(vm, klass->dict, vm.intern(dunder));
        if (!found.is_null()) break;
      }
      if (found.is_null()) continue;
      // `__hash__ = None` marks a class unhashable: the slot stays empty.
      if (!(def.dunders[0] == std::string_view("__hash__") && found.is(vm.none()))) {
        def.use_dispatcher(type->slots);
      }
      break;
    }
  }
}

// A builtin type without a hash slot is hashed by identity, as object is,
// unless it defines its own comparison: then, as CPython's
// type_ready_set_hash does, it is unhashable and says so with
// `__hash__ = None` (which collections.abc.Hashable looks for).
void settle_builtin_hash(VM& vm, Type* type) {
  Type* object = vm.types().object;
  if (type == object || type->slots.hash) return;
  if (!type->slots.richcompare || type->slots.richcompare == object->slots.richcompare) {
    type->slots.hash = object->slots.hash;
  } else if (dict_get_str(vm, type->dict, vm.intern("__hash__")).is_null()) {
    dict_set_str(vm, type->dict, vm.intern("__hash__"), vm.none());
  }
}

void add_slot_wrappers(VM& vm, Type* type) {
  Root<Type> rooted(vm.heap(), type);
  settle_builtin_hash(vm, type);
  for (const SlotDef& def : slot_defs()) {
    if (!def.call_wrapped || !def.is_set(type->slots)) continue;
    if (type->base && def.is_set(type->base->slots)) {
      TypeSlots inherited = type->slots;
      def.inherit(inherited, type->base->slots);
      if (std::memcmp(&inherited, &type->slots, sizeof inherited) == 0) continue;
    }
    for (uint32_t i = 0; i < def.dunders.size(); ++i)
      add_wrapper(vm, type, def, i);
  }
  if (type->slots.new_instance &&
      (!type->base || type->base->slots.new_instance != type->slots.new_instance)) {
    Root<Object> function(vm.heap(), make_native_function(vm, &kNewDef, Value::from_object(type)));
    if (dict_get_str(vm, type->dict, vm.intern("__new__")).is_null()) {
      dict_set_str(vm, type->dict, vm.intern("__new__"), function.value());
    }
  }
}

void init_slot_wrappers(VM& vm) {
  Type* wrapper =
      vm.make_builtin_type("wrapper_descriptor", vm.types().object, sizeof(SlotWrapper));
  vm.mutable_types().wrapper_descriptor = wrapper;
  wrapper->gc.trace = trace_wrapper;
  wrapper->slots.call = call_wrapper;
  wrapper->slots.descr_get = bind_wrapper;
  wrapper->slots.repr = repr_wrapper;
  wrapper->slots.hash = vm.types().object->slots.hash;

  // object's attribute and construction dunders exist even though its
  // slots for them are empty (the generic behaviour is the default).
  Type* object = vm.types().object;
  for (const SlotDef& def : slot_defs()) {
    if (def.call_wrapped == wrap_getattr || def.call_wrapped == wrap_setattr) {
      for (uint32_t i = 0; i < def.dunders.size(); ++i) {
        if (def.dunders[i] != std::string_view("__getattr__")) add_wrapper(vm, object, def, i);
      }
    }
  }
  add_methods(vm, object, kObjectInitDef);
  std::vector<Type*> types = vm.builtin_types();
  for (Type* type : types)
    add_slot_wrappers(vm, type);
}

}  // namespace eddy::vm

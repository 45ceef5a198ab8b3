// float: the float type's slots, methods and constructor, and the float
// operations the builtins and math call (float.h).
//
// A float is a double unboxed in its Value; only instances of float
// subclasses are heap objects (FloatObject). Mixed int/float operators live
// here, as in CPython: int's slots decline a float operand, and float's
// convert the int exactly or raise OverflowError. The arithmetic whose
// rules are Python's rather than IEEE's (//, %, **, round, repr, parsing)
// is float_format.h's.
#include "vm/float.h"

#include <bit>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/float_format.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// The double of a float or of an instance of a float subclass.
double float_value(Value value) {
  if (value.is_double()) return value.as_double();
  return static_cast<FloatObject*>(value.as_object())->value;
}

Value make_float_or_raise(VM& vm, NumericResult<double>&& result) {
  return value_or_raise(vm, std::move(result), Value::from_double);
}

// --- binary operators

using FloatOperator = Value (*)(VM&, double, double);

// Two unboxed floats take the first test; any other operands are read as
// doubles if they are ints or floats.
template <FloatOperator float_operator>
Value float_binary_slot(VM& vm, Value a, Value b) {
  if (a.is_double() && b.is_double()) return float_operator(vm, a.as_double(), b.as_double());
  double x, y;
  OperandRead read = read_operands(vm, a, b, read_real_operand, x, y);
  if (read != OperandRead::kRead) return operand_not_read(vm, read);
  return float_operator(vm, x, y);
}

Value add_floats(VM&, double a, double b) {
  return Value::from_double(a + b);
}
Value subtract_floats(VM&, double a, double b) {
  return Value::from_double(a - b);
}
Value multiply_floats(VM&, double a, double b) {
  return Value::from_double(a * b);
}
Value divide_floats(VM& vm, double a, double b) {
  if (b != 0.0) return Value::from_double(a / b);
  return make_float_or_raise(vm, float_divide(a, b));
}
Value floor_divide_floats(VM& vm, double a, double b) {
  return make_float_or_raise(vm, float_floor_divide(a, b));
}
Value modulo_floats(VM& vm, double a, double b) {
  return make_float_or_raise(vm, float_modulo(a, b));
}
Value power_floats(VM& vm, double a, double b) {
  return float_power(vm, a, b);
}

// --- the other slots

Value float_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  double value = float_value(self);
  if (is_float(vm, other)) return vm.boolean(ordering_satisfies(value <=> float_value(other), op));
  if (!is_int(vm, other)) return vm.not_implemented();
  return vm.boolean(ordering_satisfies(compare_int_to_double(vm, other, value), swapped(op)));
}

Value float_repr_slot(VM& vm, Value self) {
  return Value::from_object(make_str(vm, float_repr(float_value(self))));
}

// A NaN is equal to nothing, itself included, so it hashes by identity.
int64_t float_hash_slot(VM&, Value self) {
  double value = float_value(self);
  if (!std::isnan(value)) return float_hash(value);
  return hash_identity(self.is_object() ? reinterpret_cast<uint64_t>(self.as_object())
                                        : self.bits());
}

Value float_negative(VM&, Value self) {
  return Value::from_double(-float_value(self));
}
Value float_positive(VM&, Value self) {
  return Value::from_double(float_value(self));
}
Value float_absolute(VM&, Value self) {
  return Value::from_double(std::fabs(float_value(self)));
}
int float_truth(VM&, Value self) {
  return float_value(self) != 0.0;
}

// --- the constructor

// float(x) for any x: a float's or an int's value, the text of a str or
// bytes, or what __float__ or __index__ returns.
Value float_from_value(VM& vm, Value value) {
  Type* type = vm.type_of(value);
  if (is_float(vm, value) || is_int(vm, value)) {
    bool ok;
    double result = number_to_double(vm, value, ok);
    return ok ? Value::from_double(result) : Value::null();
  }
  if (is_subtype(type, vm.types().str)) {
    return make_float_or_raise(vm, parse_float(to_utf8(static_cast<Str*>(value.as_object()))));
  }
  if (is_bytes_like(vm, value))
    return make_float_or_raise(vm, parse_float_bytes(bytes_like_view(vm, value)));
  Value converted = call_special_method(vm, value, vm.intern("__float__"), {});
  if (!converted.is_null()) {
    if (is_float(vm, converted)) return Value::from_double(float_value(converted));
    return raise(vm, vm.exceptions().TypeError,
                 to_utf8(type->name) + ".__float__ returned non-float (type " +
                     to_utf8(vm.type_of(converted)->name) + ")");
  }
  if (vm.has_exception()) return Value::null();
  if (type->slots.index) {
    Value integer = index(vm, value);
    return integer.is_null() ? integer : float_from_value(vm, integer);
  }
  return raise(
      vm, vm.exceptions().TypeError,
      "float() argument must be a string or a real number, not '" + to_utf8(type->name) + "'");
}

// float(x=0.0, /). A subclass instance is boxed with the value computed
// as for float.
Value float_new(VM& vm, Type* type, CallArgs args) {
  if (!check_positional(vm, "float", args, 0, 1)) return Value::null();
  Value result = args.nargs == 0 ? Value::from_double(0.0) : float_from_value(vm, args.values[0]);
  if (result.is_null() || type == vm.types().float_) return result;
  auto* object = static_cast<FloatObject*>(vm.heap().allocate(type, type->instance_size));
  object->value = result.as_double();
  return Value::from_object(object);
}

// --- methods

Value float_is_integer_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "float.is_integer", args)) return Value::null();
  return vm.boolean(float_is_integer(float_value(self)));
}

// A finite double is m * 2**e for an integer m of at most 53 bits. With
// m's trailing zero bits moved into e, the ratio is m * 2**e or m / 2**-e,
// already in lowest terms.
Value float_as_integer_ratio(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "float.as_integer_ratio", args)) return Value::null();
  double value = float_value(self);
  if (std::isinf(value)) {
    return raise(vm, vm.exceptions().OverflowError, "cannot convert Infinity to integer ratio");
  }
  if (std::isnan(value)) {
    return raise(vm, vm.exceptions().ValueError, "cannot convert NaN to integer ratio");
  }
  int exponent;
  double fraction = std::frexp(value, &exponent);
  auto mantissa = static_cast<int64_t>(std::ldexp(fraction, 53));
  exponent -= 53;
  if (mantissa == 0) {
    exponent = 0;
  } else {
    int zeros = std::countr_zero(static_cast<uint64_t>(mantissa));
    mantissa >>= zeros;
    exponent += zeros;
  }
  BigInt numerator(mantissa);
  BigInt denominator(1);
  if (exponent > 0) {
    numerator = *shift_left(numerator, BigInt(exponent));
  } else {
    denominator = *shift_left(denominator, BigInt(-exponent));
  }
  Root<Object> first(vm.heap(), make_int(vm, std::move(numerator)));
  Root<Object> second(vm.heap(), make_int(vm, std::move(denominator)));
  return Value::from_object(make_tuple(vm, {first.value(), second.value()}));
}

Value float_hex_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "float.hex", args)) return Value::null();
  return Value::from_object(make_str(vm, float_to_hex(float_value(self))));
}

// float.fromhex(string), bound to the float type itself.
Value float_fromhex(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "float.fromhex", args)) return Value::null();
  Value text = args.values[0];
  if (!is_subtype(vm.type_of(text), vm.types().str)) {
    return raise(vm, vm.exceptions().TypeError, "bad argument type for built-in operation");
  }
  return make_float_or_raise(vm, float_from_hex(to_utf8(static_cast<Str*>(text.as_object()))));
}

Value float_conjugate(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "float.conjugate", args)) return Value::null();
  return Value::from_double(float_value(self));
}

// __trunc__, __floor__ and __ceil__ share their shape: no arguments, and
// the float.h function of the same name.
template <const char* qualified_name, Value (*to_int)(VM&, Value)>
Value float_to_int_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, qualified_name, args)) return Value::null();
  return to_int(vm, self);
}
constexpr char kTrunc[] = "float.__trunc__";
constexpr char kFloor[] = "float.__floor__";
constexpr char kCeil[] = "float.__ceil__";

Value float_round_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__round__", args, 0, 1)) return Value::null();
  return float_round(vm, self, args.nargs == 1 ? args.values[0] : Value::null());
}

NumericResult<std::string> layout_float(VM&, Value self, std::string_view spec,
                                        std::string_view type_name) {
  return format_float(float_value(self), spec, type_name);
}

Value float_format_method(VM& vm, Value self, CallArgs args) {
  return format_number(vm, self, args, "float.__format__", layout_float);
}

constexpr NativeFunctionDef kFloatMethods[] = {
    {"is_integer", float_is_integer_method},
    {"as_integer_ratio", float_as_integer_ratio},
    {"hex", float_hex_method},
    {"conjugate", float_conjugate},
    {"__trunc__", float_to_int_method<kTrunc, float_trunc>},
    {"__floor__", float_to_int_method<kFloor, float_floor>},
    {"__ceil__", float_to_int_method<kCeil, float_ceil>},
    {"__round__", float_round_method},
    {"__format__", float_format_method},
};

constexpr NativeFunctionDef kFromHex = {"fromhex", float_fromhex};

constexpr GetSetDef kFloatFields[] = {
    {"real", [](VM&, Value self) { return Value::from_double(float_value(self)); }},
    {"imag", [](VM&, Value) { return Value::from_double(0.0); }},
};

constexpr int slot(BinaryOp op) {
  return static_cast<int>(op);
}

}  // namespace

bool is_float(VM& vm, Value value) {
  return value.is_double() ||
         (value.is_object() && is_subtype(value.as_object()->type, vm.types().float_));
}

double number_to_double(VM& vm, Value value, bool& ok) {
  ok = true;
  if (value.is_double()) return value.as_double();
  if (value.is_small_int()) return static_cast<double>(value.as_small_int());
  if (is_float(vm, value)) return float_value(value);
  if (value.is(vm.boolean(true)) || value.is(vm.boolean(false))) return value.is(vm.boolean(true));
  NumericResult<double> converted = static_cast<IntObject*>(value.as_object())->value.to_double();
  if (converted) return *converted;
  raise_numeric_error(vm, converted.error());
  ok = false;
  return 0.0;
}

OperandRead read_real_operand(VM& vm, Value value, double& out) {
  if (!is_float(vm, value) && !is_int(vm, value)) return OperandRead::kNotANumber;
  bool ok;
  out = number_to_double(vm, value, ok);
  return ok ? OperandRead::kRead : OperandRead::kFailed;
}

Value float_power(VM& vm, double base, double exponent) {
  NumericResult<FloatPower> result = float_power(base, exponent);
  if (!result) return raise_numeric_error(vm, result.error());
  if (result->is_complex) return complex_power(vm, Complex{base, 0.0}, Complex{exponent, 0.0});
  return Value::from_double(result->value);
}

Value float_divmod(VM& vm, Value a, Value b) {
  double x, y;
  OperandRead read = read_operands(vm, a, b, read_real_operand, x, y);
  if (read != OperandRead::kRead) return operand_not_read(vm, read);
  NumericResult<FloatDivmod> result = float_divmod(x, y);
  if (!result) return raise_numeric_error(vm, result.error());
  return Value::from_object(make_tuple(
      vm, {Value::from_double(result->quotient), Value::from_double(result->remainder)}));
}

// round(x, n) with a huge n: an int beyond 64 bits is clamped to the int64
// range by its sign, as CPython clamps to Py_ssize_t.
Value float_round(VM& vm, Value self, Value ndigits) {
  double value = float_value(self);
  if (ndigits.is_null() || ndigits.is(vm.none())) {
    return value_or_raise(vm, float_round_to_int(value),
                          [&](BigInt rounded) { return make_int(vm, std::move(rounded)); });
  }
  Value digits = index(vm, ndigits);
  if (digits.is_null()) return Value::null();
  std::optional<int64_t> places = int_to_int64(vm, digits);
  if (!places) {
    places = int_to_bigint(vm, digits).is_negative() ? std::numeric_limits<int64_t>::min()
                                                     : std::numeric_limits<int64_t>::max();
  }
  return make_float_or_raise(vm, float_round(value, *places));
}

Value float_trunc(VM& vm, Value self) {
  return make_int_from_double(vm, float_value(self));
}
Value float_floor(VM& vm, Value self) {
  return make_int_from_double(vm, std::floor(float_value(self)));
}
Value float_ceil(VM& vm, Value self) {
  return make_int_from_double(vm, std::ceil(float_value(self)));
}

void init_float_type(VM& vm) {
  Type* type = vm.types().float_;
  type->instance_size = sizeof(FloatObject);

  TypeSlots& slots = type->slots;
  slots.repr = float_repr_slot;
  slots.hash = float_hash_slot;
  slots.richcompare = float_richcompare;
  slots.binary[slot(BinaryOp::Add)] = float_binary_slot<add_floats>;
  slots.binary[slot(BinaryOp::Subtract)] = float_binary_slot<subtract_floats>;
  slots.binary[slot(BinaryOp::Multiply)] = float_binary_slot<multiply_floats>;
  slots.binary[slot(BinaryOp::TrueDivide)] = float_binary_slot<divide_floats>;
  slots.binary[slot(BinaryOp::FloorDivide)] = float_binary_slot<floor_divide_floats>;
  slots.binary[slot(BinaryOp::Remainder)] = float_binary_slot<modulo_floats>;
  slots.binary[slot(BinaryOp::Power)] = float_binary_slot<power_floats>;
  slots.negative = float_negative;
  slots.positive = float_positive;
  slots.absolute = float_absolute;
  slots.truth = float_truth;
  slots.new_instance = float_new;
  add_methods(vm, type, kFloatMethods);
  add_getsets(vm, type, kFloatFields);
  Root<Object> fromhex(vm.heap(), make_native_function(vm, &kFromHex, Value::from_object(type)));
  dict_set_str(vm, type->dict, vm.intern("fromhex"), fromhex.value());
}

}  // namespace eddy::vm

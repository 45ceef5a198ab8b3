// int: making and reading int values (int.h), and the int type's slots,
// methods and constructor.
//
// Every operator has two paths. Operands that need no GMP — unboxed ints
// and bools — are computed in int64_t, which cannot overflow for + and -
// of 48-bit values and is checked for * and **; such a path allocates only
// when its result does not fit an unboxed Value. Everything else (big ints,
// instances of int subclasses, overflowing results) goes through BigInt.
// bool's own behaviour is in bool.cc; the eval loop inlines the commonest
// small-int operators before it ever reaches these slots.
#include "vm/int.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include "vm/bytes.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/float.h"
#include "vm/format_spec.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

IntObject* as_int_object(Value value) {
  return static_cast<IntObject*>(value.as_object());
}

// The value of an int that needs no GMP: an unboxed int, or a bool. (Big
// ints and instances of int subclasses are IntObjects.)
inline bool small_int_value(VM& vm, Value value, int64_t& out) {
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  if (value.is(vm.boolean(true)) || value.is(vm.boolean(false))) {
    out = value.is(vm.boolean(true));
    return true;
  }
  return false;
}

// An int operand seen as a BigInt: the IntObject's own value, or a
// temporary for an unboxed int or a bool. The IntObject must stay alive
// while the operand is in use, as the caller's operands do.
class BigIntOperand {
 public:
  BigIntOperand(VM& vm, Value value) {
    int64_t small;
    if (small_int_value(vm, value, small)) {
      storage_ = BigInt(small);
      value_ = &storage_;
    } else {
      value_ = &as_int_object(value)->value;
    }
  }
  BigIntOperand(const BigIntOperand&) = delete;
  BigIntOperand& operator=(const BigIntOperand&) = delete;

  const BigInt& operator*() const { return *value_; }

 private:
  BigInt storage_;
  const BigInt* value_;
};

Value box_int(VM& vm, Type* type, BigInt value) {
  auto* object = static_cast<IntObject*>(vm.heap().allocate(type, type->instance_size));
  new (&object->value) BigInt(std::move(value));
  return Value::from_object(object);
}

void destroy_int(Object* object) {
  static_cast<IntObject*>(object)->value.~BigInt();
}

Value make_int_or_raise(VM& vm, NumericResult<BigInt>&& result) {
  return value_or_raise(vm, std::move(result),
                        [&](BigInt value) { return make_int(vm, std::move(value)); });
}

// int(self): the value itself when its type is exactly int, else a plain
// int equal to it (True gives 1, an int subclass instance its value).
Value exact_int(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return Value::from_small_int(small);
  if (self.as_object()->type == vm.types().int_) return self;
  return make_int(vm, as_int_object(self)->value);
}

Value make_int_pair(VM& vm, Value first, BigInt second) {
  Root<Object> rooted_first(vm.heap(), first);
  Root<Object> rooted_second(vm.heap(), make_int(vm, std::move(second)));
  return Value::from_object(make_tuple(vm, {rooted_first.value(), rooted_second.value()}));
}

Value make_int_pair(VM& vm, BigInt first, BigInt second) {
  return make_int_pair(vm, make_int(vm, std::move(first)), std::move(second));
}

// --- binary operators
//
// Each operator is a pair of functions: one for two operands small enough
// for int64_t, one for BigInts. The small one hands the rare cases it does
// not compute itself (overflow, a zero divisor, a negative shift count) to
// the big one, which owns the results and the error messages for them.

using SmallIntOperator = Value (*)(VM&, int64_t, int64_t);
using BigIntOperator = Value (*)(VM&, const BigInt&, const BigInt&);

template <SmallIntOperator small_operator, BigIntOperator big_operator>
Value int_binary_slot(VM& vm, Value a, Value b) {
  int64_t x, y;
  if (small_int_value(vm, a, x) && small_int_value(vm, b, y)) return small_operator(vm, x, y);
  if (!is_int(vm, a) || !is_int(vm, b)) return vm.not_implemented();
  return big_operator(vm, *BigIntOperand(vm, a), *BigIntOperand(vm, b));
}

Value add_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a + b);
}
Value add_small(VM& vm, int64_t a, int64_t b) {
  return make_int(vm, a + b);
}

Value subtract_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a - b);
}
Value subtract_small(VM& vm, int64_t a, int64_t b) {
  return make_int(vm, a - b);
}

Value multiply_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a * b);
}
Value multiply_small(VM& vm, int64_t a, int64_t b) {
  int64_t product;
  if (__builtin_mul_overflow(a, b, &product)) return multiply_big(vm, BigInt(a), BigInt(b));
  return make_int(vm, product);
}

// C++ division truncates toward zero and Python's floors: a quotient whose
// remainder has the other sign from the divisor moves one down. b != 0.
struct SmallDivmod {
  int64_t quotient;
  int64_t remainder;
};
SmallDivmod floor_divmod(int64_t a, int64_t b) {
  SmallDivmod result{a / b, a % b};
  if (result.remainder != 0 && (result.remainder < 0) != (b < 0)) {
    result.quotient -= 1;
    result.remainder += b;
  }
  return result;
}

Value floor_divide_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int_or_raise(vm, floor_divide(a, b));
}
Value floor_divide_small(VM& vm, int64_t a, int64_t b) {
  if (b == 0) return floor_divide_big(vm, BigInt(a), BigInt(b));
  return make_int(vm, floor_divmod(a, b).quotient);
}

Value modulo_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int_or_raise(vm, modulo(a, b));
}
Value modulo_small(VM& vm, int64_t a, int64_t b) {
  if (b == 0) return modulo_big(vm, BigInt(a), BigInt(b));
  return make_int(vm, floor_divmod(a, b).remainder);
}

Value true_divide_big(VM& vm, const BigInt& a, const BigInt& b) {
  return value_or_raise(vm, true_divide(a, b), Value::from_double);
}
// Both operands have at most 48 bits, so they convert to doubles exactly
// and one IEEE division rounds the quotient correctly.
Value true_divide_small(VM& vm, int64_t a, int64_t b) {
  if (b == 0) return true_divide_big(vm, BigInt(a), BigInt(b));
  return Value::from_double(static_cast<double>(a) / static_cast<double>(b));
}

// Python computes int ** negative int in floats: 2 ** -1 == 0.5.
Value power_big(VM& vm, const BigInt& base, const BigInt& exponent) {
  if (!exponent.is_negative()) return make_int_or_raise(vm, power(base, exponent));
  NumericResult<double> float_base = base.to_double();
  if (!float_base) return raise_numeric_error(vm, float_base.error());
  NumericResult<double> float_exponent = exponent.to_double();
  if (!float_exponent) return raise_numeric_error(vm, float_exponent.error());
  return float_power(vm, *float_base, *float_exponent);
}
// Square-and-multiply in int64_t until something overflows; BigInt then
// starts again from the operands.
Value power_small(VM& vm, int64_t base, int64_t exponent) {
  if (exponent < 0) return power_big(vm, BigInt(base), BigInt(exponent));
  int64_t result = 1;
  int64_t square = base;
  for (uint64_t bits = exponent; bits != 0; bits >>= 1) {
    bool overflow = (bits & 1) && __builtin_mul_overflow(result, square, &result);
    overflow = overflow || (bits > 1 && __builtin_mul_overflow(square, square, &square));
    if (overflow) return power_big(vm, BigInt(base), BigInt(exponent));
  }
  return make_int(vm, result);
}

Value shift_left_big(VM& vm, const BigInt& value, const BigInt& count) {
  return make_int_or_raise(vm, shift_left(value, count));
}
Value shift_left_small(VM& vm, int64_t value, int64_t count) {
  if (count >= 0 && count < 64) {
    auto shifted = static_cast<int64_t>(static_cast<uint64_t>(value) << count);
    if ((shifted >> count) == value) return make_int(vm, shifted);
  }
  return shift_left_big(vm, BigInt(value), BigInt(count));
}

Value shift_right_big(VM& vm, const BigInt& value, const BigInt& count) {
  return make_int_or_raise(vm, shift_right(value, count));
}
// >> of a signed value is an arithmetic shift in C++20: it rounds toward
// minus infinity, as Python's does.
Value shift_right_small(VM& vm, int64_t value, int64_t count) {
  if (count < 0) return shift_right_big(vm, BigInt(value), BigInt(count));
  if (count >= 64) return Value::from_small_int(value < 0 ? -1 : 0);
  return make_int(vm, value >> count);
}

Value and_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a & b);
}
Value and_small(VM& vm, int64_t a, int64_t b) {
  return make_int(vm, a & b);
}

Value or_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a | b);
}
Value or_small(VM& vm, int64_t a, int64_t b) {
  return make_int(vm, a | b);
}

Value xor_big(VM& vm, const BigInt& a, const BigInt& b) {
  return make_int(vm, a ^ b);
}
Value xor_small(VM& vm, int64_t a, int64_t b) {
  return make_int(vm, a ^ b);
}

// --- the other slots

Value int_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  int64_t a, b;
  if (small_int_value(vm, self, a) && small_int_value(vm, other, b)) {
    return vm.boolean(ordering_satisfies(a <=> b, op));
  }
  if (!is_int(vm, other)) return vm.not_implemented();
  return vm.boolean(ordering_satisfies(*BigIntOperand(vm, self) <=> *BigIntOperand(vm, other), op));
}

Value int_negative(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return make_int(vm, -small);
  return make_int(vm, -as_int_object(self)->value);
}

Value int_invert(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return make_int(vm, ~small);
  return make_int(vm, ~as_int_object(self)->value);
}

Value int_absolute(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return make_int(vm, small < 0 ? -small : small);
  return make_int(vm, abs(as_int_object(self)->value));
}

int int_truth(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return small != 0;
  return !as_int_object(self)->value.is_zero();
}

// Small ints are far below the hash modulus 2**61 - 1, so they hash to
// themselves, except -1, which is the slots' error value.
int64_t int_hash(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return small == -1 ? -2 : small;
  return as_int_object(self)->value.hash();
}

Value int_repr(VM& vm, Value self) {
  int64_t small;
  if (small_int_value(vm, self, small)) return Value::from_object(int64_str(vm, small));
  return value_or_raise(
      vm, as_int_object(self)->value.to_decimal_string(vm.int_max_str_digits),
      [&](const std::string& text) { return Value::from_object(make_str(vm, text)); });
}

// --- the constructor

bool is_str(VM& vm, Value value) {
  return is_subtype(vm.type_of(value), vm.types().str);
}

// int(text, base) for a str, bytes or bytearray `text`.
// The common int(text) — a few decimal digits, perhaps signed and padded
// with spaces — read without building a big integer. Anything else
// (underscores, other bases, Unicode digits, errors) returns nullopt and
// takes the general path.
std::optional<int64_t> small_decimal(Str* text) {
  if (!text->ascii || text->length == 0) return std::nullopt;
  std::string_view chars = text->ascii_view();
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t begin = 0, end = chars.size();
  while (begin < end && is_space(chars[begin])) ++begin;
  while (end > begin && is_space(chars[end - 1])) --end;
  bool negative = false;
  if (begin < end && (chars[begin] == '+' || chars[begin] == '-')) {
    negative = chars[begin] == '-';
    ++begin;
  }
  constexpr size_t kMaxDigits = 18;  // below 10**18, so no int64 overflow
  if (begin == end || end - begin > kMaxDigits) return std::nullopt;
  int64_t value = 0;
  for (size_t i = begin; i < end; ++i) {
    if (chars[i] < '0' || chars[i] > '9') return std::nullopt;
    value = value * 10 + (chars[i] - '0');
  }
  return negative ? -value : value;
}

Value int_from_text(VM& vm, Value text, int base) {
  if (is_str(vm, text)) {
    if (base == 10) {
      if (auto value = small_decimal(static_cast<Str*>(text.as_object()))) {
        return make_int(vm, *value);
      }
    }
    return make_int_or_raise(vm, BigInt::parse(to_utf8(static_cast<Str*>(text.as_object())), base,
                                               vm.int_max_str_digits));
  }
  return make_int_or_raise(
      vm, BigInt::parse_bytes(bytes_like_view(vm, text), base, vm.int_max_str_digits));
}

// int(x) for any x: an int's value, a float truncated, the text of a str
// or bytes, or what __int__ or __index__ returns.
Value int_from_value(VM& vm, Value value) {
  if (is_int(vm, value)) return exact_int(vm, value);
  if (is_float(vm, value)) {
    bool ok;
    return make_int_from_double(vm, number_to_double(vm, value, ok));
  }
  if (is_str(vm, value) || is_bytes_like(vm, value)) return int_from_text(vm, value, 10);
  Value converted = call_special_method(vm, value, vm.intern("__int__"), {});
  if (!converted.is_null()) {
    if (is_int(vm, converted)) return exact_int(vm, converted);
    return raise(vm, vm.exceptions().TypeError,
                 "__int__ returned non-int (type " + to_utf8(vm.type_of(converted)->name) + ")");
  }
  if (vm.has_exception()) return Value::null();
  if (vm.type_of(value)->slots.index) return index(vm, value);
  return raise(vm, vm.exceptions().TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '" +
                   to_utf8(vm.type_of(value)->name) + "'");
}

// int(x, base): the base is checked before the argument, as in CPython,
// and a base too large for a machine word counts as out of range.
Value int_from_text_in_base(VM& vm, Value text, Value base_argument) {
  Root<Object> rooted_text(vm.heap(), text);
  Value base_int = index(vm, base_argument);
  if (base_int.is_null()) return Value::null();
  std::optional<int64_t> base = int_to_int64(vm, base_int);
  if (!base || (*base != 0 && *base < 2) || *base > 36) {
    return raise(vm, vm.exceptions().ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  if (!is_str(vm, rooted_text.value()) && !is_bytes_like(vm, rooted_text.value())) {
    return raise(vm, vm.exceptions().TypeError,
                 "int() can't convert non-string with explicit base");
  }
  return int_from_text(vm, rooted_text.value(), static_cast<int>(*base));
}

// int(x=0, /, base=10). For a subclass of int the value is computed as for
// int, then copied into an instance of the subclass.
Value int_new(VM& vm, Type* type, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"", "base"};
  Value arguments[2];
  if (!bind_arguments(vm, "int", args, kParameters, 0, arguments)) return Value::null();
  auto [value, base] = arguments;
  Value result;
  if (!base.is_null()) {
    if (value.is_null())
      return raise(vm, vm.exceptions().TypeError, "int() missing string argument");
    result = int_from_text_in_base(vm, value, base);
  } else {
    result = value.is_null() ? Value::from_small_int(0) : int_from_value(vm, value);
  }
  if (result.is_null() || type == vm.types().int_) return result;
  Root<Object> rooted_result(vm.heap(), result);
  return box_int(vm, type, int_to_bigint(vm, rooted_result.value()));
}

// --- methods

Value int_bit_length(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "int.bit_length", args)) return Value::null();
  int64_t small;
  if (small_int_value(vm, self, small)) {
    return Value::from_small_int(std::bit_width(static_cast<uint64_t>(small < 0 ? -small : small)));
  }
  return make_int(vm, static_cast<int64_t>(as_int_object(self)->value.bit_length()));
}

Value int_bit_count(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "int.bit_count", args)) return Value::null();
  int64_t small;
  if (small_int_value(vm, self, small)) {
    return Value::from_small_int(std::popcount(static_cast<uint64_t>(small < 0 ? -small : small)));
  }
  BigInt magnitude = abs(as_int_object(self)->value);
  return make_int(vm, static_cast<int64_t>(mpz_popcount(magnitude.gmp())));
}

// conjugate(), __trunc__(), __floor__() and __ceil__() of an int are the
// int itself (as a plain int).
template <const char* qualified_name>
Value int_itself_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, qualified_name, args)) return Value::null();
  return exact_int(vm, self);
}
constexpr char kConjugate[] = "int.conjugate";
constexpr char kTrunc[] = "int.__trunc__";
constexpr char kFloor[] = "int.__floor__";
constexpr char kCeil[] = "int.__ceil__";

Value int_as_integer_ratio(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "int.as_integer_ratio", args)) return Value::null();
  return make_int_pair(vm, exact_int(vm, self), BigInt(1));
}

Value int_round_method(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__round__", args, 0, 1)) return Value::null();
  return int_round(vm, self, args.nargs == 1 ? args.values[0] : Value::null());
}

NumericResult<std::string> layout_int(VM& vm, Value self, std::string_view spec,
                                      std::string_view type_name) {
  int64_t small;
  if (small_int_value(vm, self, small)) {
    return format_int(small, spec, type_name, vm.int_max_str_digits);
  }
  return format_int(as_int_object(self)->value, spec, type_name, vm.int_max_str_digits);
}

Value int_format(VM& vm, Value self, CallArgs args) {
  return format_number(vm, self, args, "int.__format__", layout_int);
}

// to_bytes and from_bytes take `signed` by keyword only.
bool bind_bytes_conversion_arguments(VM& vm, std::string_view name, CallArgs args,
                                     std::span<const std::string_view> parameters, size_t required,
                                     Value* out) {
  if (args.nargs > 2) {
    raise(vm, vm.exceptions().TypeError,
          std::string(name) + "() takes at most 2 positional arguments (" +
              std::to_string(args.nargs) + " given)");
    return false;
  }
  return bind_arguments(vm, name, args, parameters, required, out);
}

// The byteorder argument, 'big' when not given: true for 'little'.
bool read_byteorder(VM& vm, std::string_view function, Value argument, bool& little) {
  little = false;
  if (argument.is_null()) return true;
  if (!is_str(vm, argument)) {
    raise(vm, vm.exceptions().TypeError,
          std::string(function) + "() argument 'byteorder' must be str, not " +
              to_utf8(vm.type_of(argument)->name));
    return false;
  }
  std::string byteorder = to_utf8(static_cast<Str*>(argument.as_object()));
  if (byteorder == "little" || byteorder == "big") {
    little = byteorder == "little";
    return true;
  }
  raise(vm, vm.exceptions().ValueError, "byteorder must be either 'little' or 'big'");
  return false;
}

bool read_signed(VM& vm, Value argument, bool& is_signed) {
  int truth = argument.is_null() ? 0 : truthy(vm, argument);
  is_signed = truth == 1;
  return truth >= 0;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False): self in
// `length` bytes of two's complement. A negative value is first made
// non-negative by adding 2 ** (8 * length), which leaves its low bytes as
// they are; GMP then writes the magnitude, most significant byte first.
Value int_to_bytes(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"length", "byteorder", "signed"};
  Value arguments[3];
  if (!bind_bytes_conversion_arguments(vm, "to_bytes", args, kParameters, 0, arguments)) {
    return Value::null();
  }
  Root<Object> rooted_self(vm.heap(), self);
  int64_t length = 1;
  if (!arguments[0].is_null() && !ssize_argument(vm, arguments[0], length)) return Value::null();
  if (length < 0)
    return raise(vm, vm.exceptions().ValueError, "length argument must be non-negative");
  bool little, is_signed;
  if (!read_byteorder(vm, "to_bytes", arguments[1], little) ||
      !read_signed(vm, arguments[2], is_signed)) {
    return Value::null();
  }
  BigInt value = int_to_bigint(vm, rooted_self.value());
  if (value.is_negative() && !is_signed) {
    return raise(vm, vm.exceptions().OverflowError, "can't convert negative int to unsigned");
  }
  uint64_t magnitude_bits = value.is_negative() ? (~value).bit_length() : value.bit_length();
  uint64_t needed_bits = magnitude_bits + (is_signed && !value.is_zero() ? 1 : 0);
  if (needed_bits > 8 * static_cast<uint64_t>(length)) {
    return raise(vm, vm.exceptions().OverflowError, "int too big to convert");
  }
  if (value.is_negative()) value = value + *shift_left(BigInt(1), BigInt(8 * length));
  std::string bytes(length, '\0');
  size_t used = (value.bit_length() + 7) / 8;
  mpz_export(bytes.data() + (length - used), nullptr, 1, 1, 1, 0, value.gmp());
  if (little) std::reverse(bytes.begin(), bytes.end());
  return Value::from_object(make_bytes(vm, bytes));
}

// What from_bytes accepts besides bytes and bytearray is what bytes() makes
// of it (a list of ints) — except an int or a str, which bytes() would
// read as a size or as text.
Value bytes_argument(VM& vm, Value argument) {
  if (is_bytes_like(vm, argument)) return argument;
  if (is_int(vm, argument) || is_str(vm, argument)) {
    return raise(vm, vm.exceptions().TypeError,
                 "cannot convert '" + to_utf8(vm.type_of(argument)->name) + "' object to bytes");
  }
  return call(vm, Value::from_object(vm.types().bytes), {argument});
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), bound to the int
// type itself. A signed value whose top bit is set is 2 ** (8 * size)
// below its unsigned reading.
Value int_from_bytes(VM& vm, Value, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"bytes", "byteorder", "signed"};
  Value arguments[3];
  if (!bind_bytes_conversion_arguments(vm, "from_bytes", args, kParameters, 1, arguments)) {
    return Value::null();
  }
  Root<Object> data(vm.heap(), arguments[0]);
  bool little, is_signed;
  if (!read_byteorder(vm, "from_bytes", arguments[1], little) ||
      !read_signed(vm, arguments[2], is_signed)) {
    return Value::null();
  }
  data.set(bytes_argument(vm, data.value()));
  if (data.value().is_null()) return Value::null();
  std::string_view bytes = bytes_like_view(vm, data.value());
  BigInt value;
  mpz_import(value.gmp(), bytes.size(), little ? -1 : 1, 1, 1, 0, bytes.data());
  bool negative = is_signed && !bytes.empty() &&
                  (static_cast<uint8_t>(little ? bytes.back() : bytes.front()) & 0x80);
  if (negative) {
    value = value - *shift_left(BigInt(1), BigInt(8 * static_cast<int64_t>(bytes.size())));
  }
  return make_int(vm, std::move(value));
}

constexpr NativeFunctionDef kFromBytes = {"from_bytes", int_from_bytes};

constexpr NativeFunctionDef kIntMethods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"conjugate", int_itself_method<kConjugate>},
    {"as_integer_ratio", int_as_integer_ratio},
    {"__trunc__", int_itself_method<kTrunc>},
    {"__floor__", int_itself_method<kFloor>},
    {"__ceil__", int_itself_method<kCeil>},
    {"__round__", int_round_method},
    {"__format__", int_format},
    {"to_bytes", int_to_bytes},
};

constexpr GetSetDef kIntFields[] = {
    {"real", exact_int},
    {"imag", [](VM&, Value) { return Value::from_small_int(0); }},
    {"numerator", exact_int},
    {"denominator", [](VM&, Value) { return Value::from_small_int(1); }},
};

constexpr int slot(BinaryOp op) {
  return static_cast<int>(op);
}

}  // namespace

Str* int64_str(VM& vm, int64_t value) {
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  auto length = static_cast<size_t>(end - digits);
  Str* text = allocate_blank_str(vm, static_cast<int64_t>(length), 1, true);
  std::memcpy(text->data(), digits, length);
  return text;
}

Value make_int(VM& vm, int64_t value) {
  if (Value::fits_small_int(value)) return Value::from_small_int(value);
  return box_int(vm, vm.types().int_, BigInt(value));
}

Value make_int(VM& vm, BigInt value) {
  std::optional<int64_t> small = value.to_int64();
  if (small && Value::fits_small_int(*small)) return Value::from_small_int(*small);
  return box_int(vm, vm.types().int_, std::move(value));
}

Value make_int_from_decimal(VM& vm, std::string_view digits) {
  int64_t small;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), small);
  if (error == std::errc() && end == digits.data() + digits.size()) return make_int(vm, small);
  // A constant in the source is not subject to the str() digit limit.
  return make_int_or_raise(vm, BigInt::parse(digits, 10, /*max_str_digits=*/0));
}

// Doubles below 2**47 in magnitude truncate straight to an unboxed int; the
// comparison is false for a NaN, which BigInt::from_double then rejects.
Value make_int_from_double(VM& vm, double value) {
  constexpr double kSmallLimit = static_cast<double>(Value::kSmallIntMax);
  if (std::fabs(value) < kSmallLimit) return Value::from_small_int(static_cast<int64_t>(value));
  return make_int_or_raise(vm, BigInt::from_double(value));
}

bool is_int(VM& vm, Value value) {
  if (value.is_small_int()) return true;
  if (!value.is_object()) return false;
  Type* type = value.as_object()->type;
  return type == vm.types().int_ || type == vm.types().bool_ || is_subtype(type, vm.types().int_);
}

BigInt int_to_bigint(VM& vm, Value value) {
  return *BigIntOperand(vm, value);
}

std::optional<int64_t> int_to_int64(VM& vm, Value value) {
  int64_t small;
  if (small_int_value(vm, value, small)) return small;
  return as_int_object(value)->value.to_int64();
}

// A small int has at most 48 bits, so it converts to a double exactly.
std::partial_ordering compare_int_to_double(VM& vm, Value integer, double value) {
  int64_t small;
  if (small_int_value(vm, integer, small)) return static_cast<double>(small) <=> value;
  return compare(as_int_object(integer)->value, value);
}

Value int_divmod(VM& vm, Value a, Value b) {
  int64_t x, y;
  if (small_int_value(vm, a, x) && small_int_value(vm, b, y) && y != 0) {
    SmallDivmod result = floor_divmod(x, y);
    return make_int_pair(vm, make_int(vm, result.quotient), BigInt(result.remainder));
  }
  if (!is_int(vm, a) || !is_int(vm, b)) return vm.not_implemented();
  NumericResult<BigIntDivmod> result = divmod(*BigIntOperand(vm, a), *BigIntOperand(vm, b));
  if (!result) return raise_numeric_error(vm, result.error());
  return make_int_pair(vm, std::move(result->quotient), std::move(result->remainder));
}

Value int_power_mod(VM& vm, Value base, Value exponent, Value modulus) {
  if (!is_int(vm, base) || !is_int(vm, exponent) || !is_int(vm, modulus)) {
    return vm.not_implemented();
  }
  return make_int_or_raise(vm, power_mod(*BigIntOperand(vm, base), *BigIntOperand(vm, exponent),
                                         *BigIntOperand(vm, modulus)));
}

// round(x, -n) rounds to a multiple of 10**n, ties to the even multiple.
// divmod leaves a remainder in [0, 10**n), so the quotient goes up when
// the remainder is past half, or exactly half with an odd quotient.
Value int_round(VM& vm, Value self, Value ndigits) {
  if (ndigits.is_null() || ndigits.is(vm.none())) return exact_int(vm, self);
  Root<Object> rooted_self(vm.heap(), self);
  Value digits = index(vm, ndigits);
  if (digits.is_null()) return Value::null();
  BigInt places = int_to_bigint(vm, digits);
  if (!places.is_negative()) return exact_int(vm, rooted_self.value());
  NumericResult<BigInt> scale = power(BigInt(10), -places);
  if (!scale) return raise_numeric_error(vm, scale.error());
  NumericResult<BigIntDivmod> parts = divmod(int_to_bigint(vm, rooted_self.value()), *scale);
  BigInt twice_remainder = parts->remainder + parts->remainder;
  auto half = twice_remainder <=> *scale;
  BigInt quotient = std::move(parts->quotient);
  if (half > 0 || (half == 0 && quotient.is_odd())) quotient = quotient + BigInt(1);
  return make_int(vm, quotient * *scale);
}

void init_int_type(VM& vm) {
  Type* type = vm.types().int_;
  type->instance_size = sizeof(IntObject);
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.destroy = destroy_int;

  TypeSlots& slots = type->slots;
  slots.repr = int_repr;
  slots.hash = int_hash;
  slots.richcompare = int_richcompare;
  slots.binary[slot(BinaryOp::Add)] = int_binary_slot<add_small, add_big>;
  slots.binary[slot(BinaryOp::Subtract)] = int_binary_slot<subtract_small, subtract_big>;
  slots.binary[slot(BinaryOp::Multiply)] = int_binary_slot<multiply_small, multiply_big>;
  slots.binary[slot(BinaryOp::FloorDivide)] = int_binary_slot<floor_divide_small, floor_divide_big>;
  slots.binary[slot(BinaryOp::Remainder)] = int_binary_slot<modulo_small, modulo_big>;
  slots.binary[slot(BinaryOp::TrueDivide)] = int_binary_slot<true_divide_small, true_divide_big>;
  slots.binary[slot(BinaryOp::Power)] = int_binary_slot<power_small, power_big>;
  slots.binary[slot(BinaryOp::LShift)] = int_binary_slot<shift_left_small, shift_left_big>;
  slots.binary[slot(BinaryOp::RShift)] = int_binary_slot<shift_right_small, shift_right_big>;
  slots.binary[slot(BinaryOp::And)] = int_binary_slot<and_small, and_big>;
  slots.binary[slot(BinaryOp::Or)] = int_binary_slot<or_small, or_big>;
  slots.binary[slot(BinaryOp::Xor)] = int_binary_slot<xor_small, xor_big>;
  slots.negative = int_negative;
  slots.positive = exact_int;
  slots.invert = int_invert;
  slots.absolute = int_absolute;
  slots.truth = int_truth;
  slots.index = exact_int;
  slots.new_instance = int_new;
  add_methods(vm, type, kIntMethods);
  add_getsets(vm, type, kIntFields);
  Root<Object> from_bytes(vm.heap(),
                          make_native_function(vm, &kFromBytes, Value::from_object(type)));
  dict_set_str(vm, type->dict, vm.intern("from_bytes"), from_bytes.value());
}

}  // namespace eddy::vm

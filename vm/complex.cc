// complex: the complex type's slots, constructor and arithmetic (see
// complex.h for what follows CPython to the bit).
#include "vm/complex.h"

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/float.h"
#include "vm/float_format.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/numeric_text.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Complex complex_value(Value value) {
  return static_cast<ComplexObject*>(value.as_object())->value;
}

Value make_complex_of_type(VM& vm, Type* type, Complex value) {
  auto* object = static_cast<ComplexObject*>(vm.heap().allocate(type, type->instance_size));
  object->value = value;
  return Value::from_object(object);
}

// --- arithmetic on Complex values

Complex add(Complex a, Complex b) {
  return {a.real + b.real, a.imag + b.imag};
}
Complex subtract(Complex a, Complex b) {
  return {a.real - b.real, a.imag - b.imag};
}
Complex multiply(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Dividing numerator and denominator by the larger part of the divisor
// first (Smith's method) keeps the intermediate products from overflowing
// where the quotient itself is representable. Null for a zero divisor. A
// NaN in the divisor fails both comparisons and gives nan+nanj.
std::optional<Complex> divide(Complex a, Complex b) {
  double abs_real = std::fabs(b.real);
  double abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) return std::nullopt;
    double ratio = b.imag / b.real;
    double denominator = b.real + b.imag * ratio;
    return Complex{(a.real + a.imag * ratio) / denominator,
                   (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    double ratio = b.real / b.imag;
    double denominator = b.real * ratio + b.imag;
    return Complex{(a.real * ratio + a.imag) / denominator,
                   (a.imag * ratio - a.real) / denominator};
  }
  return Complex{NAN, NAN};
}

// How a power went: as C's errno would tell it for CPython's _Py_c_pow.
enum class PowerError { kNone, kDomain, kRange };

struct PowerResult {
  Complex value;
  PowerError error;
};

// base ** n for n >= 0 by squaring, starting from 1+0j as CPython does (the
// first product with 1+0j matters for infinities and signed zeros).
Complex power_by_squaring(Complex base, int64_t n) {
  Complex result{1.0, 0.0};
  Complex square = base;
  for (int64_t mask = 1; mask <= n; mask <<= 1) {
    if (n & mask) result = multiply(result, square);
    square = multiply(square, square);
  }
  return result;
}

PowerResult integer_power(Complex base, int64_t n) {
  if (n > 0) return {power_by_squaring(base, n), PowerError::kNone};
  std::optional<Complex> inverse = divide({1.0, 0.0}, power_by_squaring(base, -n));
  if (!inverse) return {{0.0, 0.0}, PowerError::kDomain};
  return {*inverse, PowerError::kNone};
}

// The polar form: |base| ** exponent, turned by the angle.
PowerResult general_power(Complex base, Complex exponent) {
  if (exponent.real == 0.0 && exponent.imag == 0.0) return {{1.0, 0.0}, PowerError::kNone};
  if (base.real == 0.0 && base.imag == 0.0) {
    bool domain = exponent.imag != 0.0 || exponent.real < 0.0;
    return {{0.0, 0.0}, domain ? PowerError::kDomain : PowerError::kNone};
  }
  double magnitude = std::hypot(base.real, base.imag);
  double length = std::pow(magnitude, exponent.real);
  bool overflow = std::isinf(length) && std::isfinite(magnitude) && std::isfinite(exponent.real);
  double angle = std::atan2(base.imag, base.real);
  double phase = angle * exponent.real;
  if (exponent.imag != 0.0) {
    length /= std::exp(angle * exponent.imag);
    phase += exponent.imag * std::log(magnitude);
  }
  return {{length * std::cos(phase), length * std::sin(phase)},
          overflow ? PowerError::kRange : PowerError::kNone};
}

// --- slots

OperandRead read_complex_operand(VM& vm, Value value, Complex& out) {
  if (is_complex(vm, value)) {
    out = complex_value(value);
    return OperandRead::kRead;
  }
  out.imag = 0.0;
  return read_real_operand(vm, value, out.real);
}

using ComplexOperator = Value (*)(VM&, Complex, Complex);

template <ComplexOperator complex_operator>
Value complex_binary_slot(VM& vm, Value a, Value b) {
  Complex x, y;
  OperandRead read = read_operands(vm, a, b, read_complex_operand, x, y);
  if (read != OperandRead::kRead) return operand_not_read(vm, read);
  return complex_operator(vm, x, y);
}

Value make(VM& vm, Complex value) {
  return make_complex(vm, value.real, value.imag);
}

Value add_complex(VM& vm, Complex a, Complex b) {
  return make(vm, add(a, b));
}
Value subtract_complex(VM& vm, Complex a, Complex b) {
  return make(vm, subtract(a, b));
}
Value multiply_complex(VM& vm, Complex a, Complex b) {
  return make(vm, multiply(a, b));
}
Value divide_complex(VM& vm, Complex a, Complex b) {
  std::optional<Complex> quotient = divide(a, b);
  if (!quotient) return raise(vm, vm.exceptions().ZeroDivisionError, "complex division by zero");
  return make(vm, *quotient);
}
Value power_complex(VM& vm, Complex a, Complex b) {
  return complex_power(vm, a, b);
}

// Complex numbers are not ordered; == compares an int exactly with the
// real part, so complex(2**53 + 1) != 2**53 + 1.
Value complex_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (op != CompareOp::Equal && op != CompareOp::NotEqual) return vm.not_implemented();
  Complex value = complex_value(self);
  bool equal;
  if (is_complex(vm, other)) {
    Complex other_value = complex_value(other);
    equal = value.real == other_value.real && value.imag == other_value.imag;
  } else if (is_int(vm, other)) {
    equal = value.imag == 0.0 && compare_int_to_double(vm, other, value.real) == 0;
  } else if (is_float(vm, other)) {
    bool ok;
    equal = value.imag == 0.0 && value.real == number_to_double(vm, other, ok);
  } else {
    return vm.not_implemented();
  }
  return vm.boolean(equal == (op == CompareOp::Equal));
}

// "1j", "(1+2j)", "(-0-1j)": the real part is left out only when it is +0.
std::string complex_text(Complex value) {
  if (value.real == 0.0 && !std::signbit(value.real))
    return format_double(value.imag, 'r', 0) + "j";
  return "(" + format_double(value.real, 'r', 0) +
         format_double(value.imag, 'r', 0, {.always_sign = true}) + "j)";
}

Value complex_repr(VM& vm, Value self) {
  return Value::from_object(make_str(vm, complex_text(complex_value(self))));
}

// hash(x + yj) combines hash(x) and hash(y) so that a complex with a zero
// imaginary part hashes like its real part: equal numbers, equal hashes.
int64_t complex_hash(VM&, Value self) {
  Complex value = complex_value(self);
  auto part_hash = [&](double part) -> uint64_t {
    if (std::isnan(part)) return hash_identity(reinterpret_cast<uint64_t>(self.as_object()));
    return float_hash(part);
  };
  constexpr uint64_t kImaginaryMultiplier = 1000003;
  auto hash =
      static_cast<int64_t>(part_hash(value.real) + kImaginaryMultiplier * part_hash(value.imag));
  return hash == -1 ? -2 : hash;
}

Value complex_negative(VM& vm, Value self) {
  Complex value = complex_value(self);
  return make_complex(vm, -value.real, -value.imag);
}

Value complex_positive(VM& vm, Value self) {
  if (self.as_object()->type == vm.types().complex) return self;
  return make(vm, complex_value(self));
}

// An infinite part makes the magnitude infinite even beside a NaN.
Value complex_absolute(VM& vm, Value self) {
  Complex value = complex_value(self);
  if (std::isinf(value.real) || std::isinf(value.imag)) {
    return Value::from_double(std::isinf(value.real) ? std::fabs(value.real)
                                                     : std::fabs(value.imag));
  }
  double magnitude = std::hypot(value.real, value.imag);
  if (std::isinf(magnitude))
    return raise(vm, vm.exceptions().OverflowError, "absolute value too large");
  return Value::from_double(magnitude);
}

int complex_truth(VM&, Value self) {
  Complex value = complex_value(self);
  return value.real != 0.0 || value.imag != 0.0;
}

// --- the constructor

// The longest prefix of `text` that reads as a float: a sign, then "inf",
// "infinity" or "nan", or digits with a point and an exponent.
size_t float_prefix_length(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  for (std::string_view word : {"infinity", "inf", "nan"}) {
    std::string_view candidate = text.substr(i, word.size());
    bool matches = candidate.size() == word.size();
    for (size_t k = 0; matches && k < word.size(); ++k) {
      matches = (candidate[k] | 0x20) == word[k];
    }
    if (matches) return i + word.size();
  }
  auto skip_digits = [&](size_t from) {
    while (from < text.size() && text[from] >= '0' && text[from] <= '9') {
      ++from;
    }
    return from;
  };
  size_t mantissa_start = i;
  i = skip_digits(i);
  bool has_digits = i > mantissa_start;
  if (i < text.size() && text[i] == '.') {
    size_t fraction_end = skip_digits(i + 1);
    has_digits = has_digits || fraction_end > i + 1;
    i = fraction_end;
  }
  if (!has_digits) return 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    size_t exponent_start = i + 1;
    if (exponent_start < text.size() &&
        (text[exponent_start] == '+' || text[exponent_start] == '-')) {
      ++exponent_start;
    }
    size_t exponent_end = skip_digits(exponent_start);
    if (exponent_end > exponent_start) i = exponent_end;
  }
  return i;
}

// complex(text): white space, an optional pair of parentheses (with white
// space inside), and one of "x", "yj", "x+yj" or "x-yj", where y may be
// left out ("j", "-j", "1+j"). Null when the text is anything else.
class ComplexTextParser {
 public:
  explicit ComplexTextParser(std::string_view text) : text_(text) {}

  std::optional<Complex> parse() {
    skip_spaces();
    bool parenthesised = take('(');
    if (parenthesised) skip_spaces();
    std::optional<Complex> value = parse_number();
    if (!value) return std::nullopt;
    skip_spaces();
    if (parenthesised) {
      if (!take(')')) return std::nullopt;
      skip_spaces();
    }
    if (position_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  std::optional<Complex> parse_number() {
    std::optional<double> first = read_float();
    if (malformed_) return std::nullopt;
    if (!first) {
      std::optional<double> unit = read_signed_unit();
      if (!unit) return std::nullopt;
      return Complex{0.0, *unit};
    }
    if (take_j()) return Complex{0.0, *first};
    if (!at_sign()) return Complex{*first, 0.0};
    std::optional<double> second = read_float();
    if (malformed_) return std::nullopt;
    if (second) {
      if (!take_j()) return std::nullopt;
      return Complex{*first, *second};
    }
    std::optional<double> unit = read_signed_unit();
    if (!unit) return std::nullopt;
    return Complex{*first, *unit};
  }

  std::optional<double> read_float() {
    size_t length = float_prefix_length(text_.substr(position_));
    if (length == 0) return std::nullopt;
    NumericResult<double> value = parse_float(text_.substr(position_, length));
    if (!value) {
      malformed_ = true;
      return std::nullopt;
    }
    position_ += length;
    return *value;
  }

  // "j", "+j" or "-j": an imaginary unit without digits.
  std::optional<double> read_signed_unit() {
    double sign = 1.0;
    if (at_sign()) sign = text_[position_++] == '-' ? -1.0 : 1.0;
    if (!take_j()) return std::nullopt;
    return sign;
  }

  bool at_sign() const {
    return position_ < text_.size() && (text_[position_] == '+' || text_[position_] == '-');
  }
  bool take_j() { return take('j') || take('J'); }
  bool take(char c) {
    if (position_ >= text_.size() || text_[position_] != c) return false;
    ++position_;
    return true;
  }
  void skip_spaces() {
    while (position_ < text_.size() && is_ascii_number_space(text_[position_]))
      ++position_;
  }

  std::string_view text_;
  size_t position_ = 0;
  bool malformed_ = false;
};

bool is_str(VM& vm, Value value) {
  return is_subtype(vm.type_of(value), vm.types().str);
}

// Underscores may stand only between two digits (CPython checks this for
// int(), float() and complex() alike before removing them).
bool underscores_are_between_digits(std::string_view text) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '_') continue;
    if (i == 0 || i + 1 == text.size() || !is_digit(text[i - 1]) || !is_digit(text[i + 1])) {
      return false;
    }
  }
  return true;
}

Value complex_from_text(VM& vm, Str* text) {
  std::string utf8 = to_utf8(text);
  std::optional<std::string> ascii = fold_to_ascii_numeral(utf8);
  if (ascii && !underscores_are_between_digits(*ascii)) {
    return raise(vm, vm.exceptions().ValueError,
                 "could not convert string to complex: " + quote_str_for_message(utf8));
  }
  std::optional<Complex> value;
  if (ascii) {
    std::erase(*ascii, '_');
    value = ComplexTextParser(*ascii).parse();
  }
  if (!value) return raise(vm, vm.exceptions().ValueError, "complex() arg is a malformed string");
  return make(vm, *value);
}

// x.__complex__() when x's class defines it; null with no exception when
// it does not.
Value call_complex_method(VM& vm, Value value) {
  Value result = call_special_method(vm, value, vm.intern("__complex__"), {});
  if (result.is_null() || is_complex(vm, result)) return result;
  return raise(vm, vm.exceptions().TypeError,
               "__complex__ returned non-complex (type " + to_utf8(vm.type_of(result)->name) + ")");
}

// What complex() accepts as a part: a number, or an object with __index__.
bool is_number_part(VM& vm, Value value) {
  return is_complex(vm, value) || is_float(vm, value) || is_int(vm, value) ||
         vm.type_of(value)->slots.index;
}

// One argument of complex(real, imag) as a complex value; `was_complex`
// tells whether it was one already.
bool read_part(VM& vm, Value part, Complex& out, bool& was_complex) {
  was_complex = is_complex(vm, part);
  if (was_complex) {
    out = complex_value(part);
    return true;
  }
  Root<Object> number(vm.heap(), part);
  if (!is_float(vm, part) && !is_int(vm, part)) number.set(index(vm, part));
  if (number.value().is_null()) return false;
  bool ok;
  out = {number_to_double(vm, number.value(), ok), 0.0};
  return ok;
}

// complex(real=0, imag=0) is real + imag * 1j, computed part by part so
// that complex parts combine: complex(1j, 1j) == (-1+1j).
Value complex_from_parts(VM& vm, Value real, Value imag) {
  Root<Object> rooted_real(vm.heap(), real);
  Root<Object> rooted_imag(vm.heap(), imag);
  if (!real.is_null() && !is_complex(vm, real)) {
    Value converted = call_complex_method(vm, real);
    if (vm.has_exception()) return Value::null();
    if (!converted.is_null()) rooted_real.set(converted);
  }
  real = rooted_real.value();
  if (!real.is_null() && !is_number_part(vm, real)) {
    return raise(vm, vm.exceptions().TypeError,
                 "complex() first argument must be a string or a number, not '" +
                     to_utf8(vm.type_of(real)->name) + "'");
  }
  if (!imag.is_null() && !is_number_part(vm, imag)) {
    return raise(vm, vm.exceptions().TypeError,
                 "complex() second argument must be a number, not '" +
                     to_utf8(vm.type_of(imag)->name) + "'");
  }
  Complex real_part{0.0, 0.0};
  Complex imag_part{0.0, 0.0};
  bool real_was_complex = false;
  bool imag_was_complex = false;
  if (!real.is_null() && !read_part(vm, rooted_real.value(), real_part, real_was_complex)) {
    return Value::null();
  }
  if (!imag.is_null() && !read_part(vm, rooted_imag.value(), imag_part, imag_was_complex)) {
    return Value::null();
  }
  // Only a complex part adds a cross term, so that complex(1, -0.0) keeps
  // its negative zero.
  Complex result{real_part.real, imag_part.real};
  if (imag_was_complex) result.real -= imag_part.imag;
  if (real_was_complex)
    result.imag = imag.is_null() ? real_part.imag : result.imag + real_part.imag;
  return make(vm, result);
}

Value complex_new(VM& vm, Type* type, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"real", "imag"};
  Value arguments[2];
  if (!bind_arguments(vm, "complex", args, kParameters, 0, arguments)) return Value::null();
  auto [real, imag] = arguments;
  Value result;
  if (!real.is_null() && is_str(vm, real)) {
    if (!imag.is_null()) {
      return raise(vm, vm.exceptions().TypeError,
                   "complex() can't take second arg if first is a string");
    }
    result = complex_from_text(vm, static_cast<Str*>(real.as_object()));
  } else if (!imag.is_null() && is_str(vm, imag)) {
    return raise(vm, vm.exceptions().TypeError, "complex() second arg can't be a string");
  } else if (imag.is_null() && !real.is_null() && vm.type_of(real) == vm.types().complex) {
    result = real;
  } else {
    result = complex_from_parts(vm, real, imag);
  }
  if (result.is_null() || type == vm.types().complex) return result;
  return make_complex_of_type(vm, type, complex_value(result));
}

// --- methods

Value complex_conjugate(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "complex.conjugate", args)) return Value::null();
  Complex value = complex_value(self);
  return make_complex(vm, value.real, -value.imag);
}

constexpr NativeFunctionDef kComplexMethods[] = {
    {"conjugate", complex_conjugate},
};

constexpr GetSetDef kComplexFields[] = {
    {"real", [](VM&, Value self) { return Value::from_double(complex_value(self).real); }},
    {"imag", [](VM&, Value self) { return Value::from_double(complex_value(self).imag); }},
};

constexpr int slot(BinaryOp op) {
  return static_cast<int>(op);
}

}  // namespace

Value make_complex(VM& vm, double real, double imag) {
  return make_complex_of_type(vm, vm.types().complex, Complex{real, imag});
}

bool is_complex(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().complex);
}

// CPython multiplies out exponents that are small integers (|n| <= 100),
// which is exact where the polar form is not: (1+2j) ** 2 == (-3+4j).
Value complex_power(VM& vm, Complex base, Complex exponent) {
  bool small_integer = exponent.imag == 0.0 && exponent.real == std::floor(exponent.real) &&
                       std::fabs(exponent.real) <= 100.0;
  PowerResult result = small_integer ? integer_power(base, static_cast<int64_t>(exponent.real))
                                     : general_power(base, exponent);
  if (result.error == PowerError::kDomain) {
    return raise(vm, vm.exceptions().ZeroDivisionError, "0.0 to a negative or complex power");
  }
  if (result.error == PowerError::kRange || std::isinf(result.value.real) ||
      std::isinf(result.value.imag)) {
    return raise(vm, vm.exceptions().OverflowError, "complex exponentiation");
  }
  return make(vm, result.value);
}

void init_complex_type(VM& vm) {
  Type* type = vm.make_builtin_type("complex", vm.types().object, sizeof(ComplexObject));
  vm.mutable_types().complex = type;
  type->flags |= kTypeAcceptsSubclasses;

  TypeSlots& slots = type->slots;
  slots.repr = complex_repr;
  slots.hash = complex_hash;
  slots.richcompare = complex_richcompare;
  slots.binary[slot(BinaryOp::Add)] = complex_binary_slot<add_complex>;
  slots.binary[slot(BinaryOp::Subtract)] = complex_binary_slot<subtract_complex>;
  slots.binary[slot(BinaryOp::Multiply)] = complex_binary_slot<multiply_complex>;
  slots.binary[slot(BinaryOp::TrueDivide)] = complex_binary_slot<divide_complex>;
  slots.binary[slot(BinaryOp::Power)] = complex_binary_slot<power_complex>;
  slots.negative = complex_negative;
  slots.positive = complex_positive;
  slots.absolute = complex_absolute;
  slots.truth = complex_truth;
  slots.new_instance = complex_new;
  add_methods(vm, type, kComplexMethods);
  add_getsets(vm, type, kComplexFields);
}

}  // namespace eddy::vm

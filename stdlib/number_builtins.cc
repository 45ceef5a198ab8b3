// The builtins about numbers and characters: abs, divmod, pow, round,
// bin, oct, hex, chr, ord, format and ascii. The arithmetic itself is the
// number types' (int.h, float.h); these functions dispatch to it and raise
// CPython's errors for operands no number type accepts.
#include "stdlib/number_builtins.h"

#include <string>

#include "stdlib/keyword_arguments.h"
#include "vm/exceptions.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_format.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

std::string type_name(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

Value builtin_abs(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "abs", args)) {
    return Value::null();
  }
  Value x = args.values[0];
  auto absolute = vm.type_of(x)->slots.absolute;
  if (!absolute) {
    return raise(vm, vm.exceptions().TypeError,
                 "bad operand type for abs(): '" + type_name(vm, x) + "'");
  }
  return absolute(vm, x);
}

// divmod(a, b): ints first, then floats (which accept an int on either
// side), then the operands' own __divmod__ / __rdivmod__.
Value builtin_divmod(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "divmod", args, 2, 2)) {
    return Value::null();
  }
  Value a = args.values[0], b = args.values[1];
  Value result = int_divmod(vm, a, b);
  if (result.is(vm.not_implemented())) result = float_divmod(vm, a, b);
  if (!result.is(vm.not_implemented())) return result;
  Value special = call_special_method(vm, a, vm.intern("__divmod__"), {&b, 1});
  if (special.is_null() && vm.has_exception()) return special;
  if (!special.is_null() && !special.is(vm.not_implemented())) return special;
  special = call_special_method(vm, b, vm.intern("__rdivmod__"), {&a, 1});
  if (special.is_null() && vm.has_exception()) return special;
  if (!special.is_null() && !special.is(vm.not_implemented())) return special;
  return raise(vm, vm.exceptions().TypeError,
               "unsupported operand type(s) for divmod(): '" + type_name(vm, a) + "' and '" +
                   type_name(vm, b) + "'");
}

// pow(base, exp, mod=None): with a modulus only ints qualify.
Value builtin_pow(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "pow", args, {"base", "exp", "mod"})) return Value::null();
  Value base = args.nargs > 0 ? args.values[0] : keyword(args, vm.intern("base"));
  Value exponent = args.nargs > 1 ? args.values[1] : keyword(args, vm.intern("exp"));
  Value modulus = args.nargs > 2 ? args.values[2] : keyword(args, vm.intern("mod"));
  if (args.nargs > 3) {
    return raise(vm, vm.exceptions().TypeError,
                 "pow() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  }
  if (base.is_null() || exponent.is_null()) {
    return raise(vm, vm.exceptions().TypeError,
                 std::string("pow() missing required argument '") +
                     (base.is_null() ? "base' (pos 1)" : "exp' (pos 2)"));
  }
  if (modulus.is_null() || modulus.is(vm.none())) {
    return binary_op(vm, BinaryOp::Power, base, exponent);
  }
  Value result = int_power_mod(vm, base, exponent, modulus);
  if (!result.is(vm.not_implemented())) return result;
  // float's pow takes int and float operands, and refuses any modulus.
  auto is_float = [&](Value v) { return is_subtype(vm.type_of(v), vm.types().float_); };
  auto is_real = [&](Value v) { return is_int(vm, v) || is_float(v); };
  if (is_real(base) && is_real(exponent) &&
      (is_float(base) || is_float(exponent) || is_float(modulus))) {
    return raise(vm, vm.exceptions().TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return raise(vm, vm.exceptions().TypeError,
               "unsupported operand type(s) for ** or pow(): '" + type_name(vm, base) + "', '" +
                   type_name(vm, exponent) + "', '" + type_name(vm, modulus) + "'");
}

// round(number, ndigits=None): ints and floats directly, anything else
// through its type's __round__.
Value builtin_round(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "round", args, {"number", "ndigits"})) return Value::null();
  if (args.nargs > 2) {
    return raise(vm, vm.exceptions().TypeError,
                 "round() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
  }
  Value number = args.nargs > 0 ? args.values[0] : keyword(args, vm.intern("number"));
  Value ndigits = args.nargs > 1 ? args.values[1] : keyword(args, vm.intern("ndigits"));
  if (number.is_null()) {
    return raise(vm, vm.exceptions().TypeError,
                 "round() missing required argument 'number' (pos 1)");
  }
  Type* type = vm.type_of(number);
  if (type == vm.types().float_) return float_round(vm, number, ndigits);
  if (type == vm.types().int_ || type == vm.types().bool_) return int_round(vm, number, ndigits);
  bool has_ndigits = !ndigits.is_null() && !ndigits.is(vm.none());
  Value result = call_special_method(vm, number, vm.intern("__round__"),
                                     {&ndigits, has_ndigits ? size_t{1} : size_t{0}});
  if (!result.is_null() || vm.has_exception()) return result;
  return raise(vm, vm.exceptions().TypeError,
               "type " + type_name(vm, number) + " doesn't define __round__ method");
}

// bin(), oct() and hex(): any int-like, with its 0b / 0o / 0x prefix.
Value int_in_base(VM& vm, std::string_view name, CallArgs args, int base) {
  if (!check_one_argument(vm, name, args)) {
    return Value::null();
  }
  Value integer = index(vm, args.values[0]);
  if (integer.is_null()) return integer;
  return Value::from_object(make_str(vm, int_to_bigint(vm, integer).to_prefixed_string(base)));
}

Value builtin_bin(VM& vm, Value, CallArgs args) {
  return int_in_base(vm, "bin", args, 2);
}
Value builtin_oct(VM& vm, Value, CallArgs args) {
  return int_in_base(vm, "oct", args, 8);
}
Value builtin_hex(VM& vm, Value, CallArgs args) {
  return int_in_base(vm, "hex", args, 16);
}

Value builtin_chr(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "chr", args)) {
    return Value::null();
  }
  Value code = args.values[0];
  if (!is_int(vm, code)) {
    if (vm.type_of(code)->slots.index == nullptr) {
      return raise(vm, vm.exceptions().TypeError,
                   "'" + type_name(vm, code) + "' object cannot be interpreted as an integer");
    }
    code = index(vm, code);
    if (code.is_null()) return code;
  }
  std::optional<int64_t> value = int_to_int64(vm, code);
  if (!value) {
    return raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
  }
  if (*value < 0 || *value > 0x10FFFF) {
    return raise(vm, vm.exceptions().ValueError, "chr() arg not in range(0x110000)");
  }
  return Value::from_object(str_from_code_point(vm, static_cast<char32_t>(*value)));
}

// ord(c) of a one-character str, or of a one-byte bytes or bytearray.
Value builtin_ord(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "ord", args)) {
    return Value::null();
  }
  Value c = args.values[0];
  Type* type = vm.type_of(c);
  if (is_subtype(type, vm.types().str)) {
    auto* text = static_cast<Str*>(c.as_object());
    if (text->length == 1) return Value::from_small_int(text->at(0));
    return raise(vm, vm.exceptions().TypeError,
                 "ord() expected a character, but string of length " +
                     std::to_string(text->length) + " found");
  }
  if (is_subtype(type, vm.types().bytes) || is_subtype(type, vm.types().bytearray)) {
    int64_t size = length(vm, c);
    if (size < 0) return Value::null();
    if (size == 1) return get_item(vm, c, Value::from_small_int(0));
    return raise(
        vm, vm.exceptions().TypeError,
        "ord() expected a character, but string of length " + std::to_string(size) + " found");
  }
  return raise(vm, vm.exceptions().TypeError,
               "ord() expected string of length 1, but " + type_name(vm, c) + " found");
}

Value builtin_format(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "format", args, 1, 2)) {
    return Value::null();
  }
  Str* spec = nullptr;
  if (args.nargs == 2) {
    Value given = args.values[1];
    if (!is_subtype(vm.type_of(given), vm.types().str)) {
      return raise(vm, vm.exceptions().TypeError,
                   "format() argument 2 must be str, not " + type_name(vm, given));
    }
    spec = static_cast<Str*>(given.as_object());
  }
  return format_value(vm, args.values[0], spec);
}

Value builtin_ascii(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "ascii", args)) {
    return Value::null();
  }
  return ascii_of(vm, args.values[0]);
}

constexpr NativeFunctionDef kFunctions[] = {
    {"abs", builtin_abs, "Return the absolute value of the argument."},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"round", builtin_round},
    {"bin", builtin_bin},
    {"oct", builtin_oct},
    {"hex", builtin_hex},
    {"chr", builtin_chr},
    {"ord", builtin_ord},
    {"format", builtin_format},
    {"ascii", builtin_ascii},
};

}  // namespace

std::span<const NativeFunctionDef> number_builtin_functions() {
  return kFunctions;
}

}  // namespace eddy::stdlib

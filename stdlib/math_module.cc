// The math module: CPython 3.11's functions on floats and ints, with its
// special values and its errors ("math domain error" for a result outside
// the reals, "math range error" for an overflow). Float functions follow
// C99 Annex F through libm; integer functions work on GMP.
#include <gmp.h>

#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "stdlib/keyword_arguments.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/exceptions.h"
#include "vm/float.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/iteration.h"
#include "vm/method_args.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

Value domain_error(VM& vm) {
  return raise(vm, vm.exceptions().ValueError, "math domain error");
}
Value range_error(VM& vm) {
  return raise(vm, vm.exceptions().OverflowError, "math range error");
}

std::string type_name(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

// PyFloat_AsDouble: a float, an int, or what __float__ (then __index__)
// gives. "must be real number, not str".
bool to_double(VM& vm, Value value, double& out) {
  if (value.is_double()) {
    out = value.as_double();
    return true;
  }
  if (is_float(vm, value) || is_int(vm, value)) {
    bool ok;
    out = number_to_double(vm, value, ok);
    return ok;
  }
  Value converted = call_special_method(vm, value, vm.intern("__float__"), {});
  if (!converted.is_null()) {
    if (!is_float(vm, converted)) {
      raise(vm, vm.exceptions().TypeError,
            type_name(vm, value) + ".__float__ returned non-float (type " +
                type_name(vm, converted) + ")");
      return false;
    }
    bool ok;
    out = number_to_double(vm, converted, ok);
    return ok;
  }
  if (vm.has_exception()) return false;
  if (vm.type_of(value)->slots.index) {
    Value integer = index(vm, value);
    return !integer.is_null() && to_double(vm, integer, out);
  }
  raise(vm, vm.exceptions().TypeError, "must be real number, not " + type_name(vm, value));
  return false;
}

// operator.index(value) as a BigInt.
bool to_bigint(VM& vm, Value value, BigInt& out) {
  Value integer = index(vm, value);
  if (integer.is_null()) return false;
  out = int_to_bigint(vm, integer);
  return true;
}

// CPython's math_1: applies `f`, then reads a NaN from a non-NaN argument
// as a domain error, and an infinity from a finite one as an overflow
// (when the function can overflow) or a pole (a domain error).
Value apply_1(VM& vm, Value argument, double (*f)(double), bool can_overflow) {
  double x;
  if (!to_double(vm, argument, x)) return Value::null();
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return Value::from_double(r);
}

// The one-argument float functions: name, libm function, whether a
// finite argument can overflow.
template <double (*F)(double), bool kCanOverflow, const char* kName>
Value float_function(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, kName, args)) return Value::null();
  return apply_1(vm, args.values[0], F, kCanOverflow);
}

#define MATH_FUNCTION_1(name, overflow)             \
  constexpr char k_##name##_name[] = "math." #name; \
  double libm_##name(double x) {                    \
    return std::name(x);                            \
  }                                                 \
  constexpr auto math_##name = float_function<libm_##name, overflow, k_##name##_name>;

MATH_FUNCTION_1(acos, false)
MATH_FUNCTION_1(acosh, false)
MATH_FUNCTION_1(asin, false)
MATH_FUNCTION_1(asinh, false)
MATH_FUNCTION_1(atan, false)
MATH_FUNCTION_1(atanh, false)
MATH_FUNCTION_1(cbrt, false)
MATH_FUNCTION_1(cos, false)
MATH_FUNCTION_1(cosh, true)
MATH_FUNCTION_1(erf, false)
MATH_FUNCTION_1(erfc, false)
MATH_FUNCTION_1(exp, true)
MATH_FUNCTION_1(exp2, true)
MATH_FUNCTION_1(expm1, true)
MATH_FUNCTION_1(fabs, false)
MATH_FUNCTION_1(sin, false)
MATH_FUNCTION_1(sinh, true)
MATH_FUNCTION_1(sqrt, false)
MATH_FUNCTION_1(tan, false)
MATH_FUNCTION_1(tanh, false)
MATH_FUNCTION_1(log1p, false)
#undef MATH_FUNCTION_1

// gamma and lgamma: poles at zero and the negative integers are domain
// errors; beyond the float range the result overflows.
bool is_gamma_pole(double x) {
  return (x <= 0 && x == std::floor(x)) || x == -INFINITY;
}

Value math_gamma(VM& vm, Value, CallArgs args) {
  double x;
  if (!vm::check_one_argument(vm, "math.gamma", args) || !to_double(vm, args.values[0], x)) {
    return Value::null();
  }
  if (is_gamma_pole(x)) return domain_error(vm);
  double r = std::tgamma(x);
  if (std::isinf(r) && std::isfinite(x)) return range_error(vm);
  return Value::from_double(r);
}

Value math_lgamma(VM& vm, Value, CallArgs args) {
  double x;
  if (!vm::check_one_argument(vm, "math.lgamma", args) || !to_double(vm, args.values[0], x)) {
    return Value::null();
  }
  if (std::isinf(x)) return Value::from_double(INFINITY);
  if (x <= 0 && x == std::floor(x)) return domain_error(vm);
  double r = std::lgamma(x);
  if (std::isinf(r) && std::isfinite(x)) return range_error(vm);
  return Value::from_double(r);
}

// --- the log family

// log, log2 and log10 of an int are exact however large it is: a value
// past the float range is split as m * 2**e first.
bool log_of(VM& vm, Value argument, double (*f)(double), double& out) {
  if (is_int(vm, argument)) {
    BigInt value = int_to_bigint(vm, argument);
    if (value.sign() <= 0) {
      domain_error(vm);
      return false;
    }
    NumericResult<double> converted = value.to_double();
    if (!converted) {
      long exponent;
      double mantissa = mpz_get_d_2exp(&exponent, value.gmp());
      out = f(mantissa) + static_cast<double>(exponent) * f(2.0);
      return true;
    }
    argument = Value::from_double(*converted);
  }
  Value result = apply_1(vm, argument, f, false);
  if (result.is_null()) return false;
  out = result.as_double();
  return true;
}

// C's log functions, except that zero and negatives give NaN (a domain
// error) rather than -inf at zero.
double real_log(double x) {
  return x > 0 || std::isinf(x) || std::isnan(x) ? std::log(x) : NAN;
}
double real_log2(double x) {
  return x > 0 || std::isinf(x) || std::isnan(x) ? std::log2(x) : NAN;
}
double real_log10(double x) {
  return x > 0 || std::isinf(x) || std::isnan(x) ? std::log10(x) : NAN;
}

// log(x[, base])
Value math_log(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "log", args)) return Value::null();
  if (args.nargs < 1 || args.nargs > 2) {
    return raise(vm, vm.exceptions().TypeError, "math.log requires 1 to 2 arguments");
  }
  double numerator;
  if (!log_of(vm, args.values[0], real_log, numerator)) return Value::null();
  if (args.nargs == 1) return Value::from_double(numerator);
  double denominator;
  if (!log_of(vm, args.values[1], real_log, denominator)) return Value::null();
  if (denominator == 0.0) {
    return raise(vm, vm.exceptions().ZeroDivisionError, "float division by zero");
  }
  return Value::from_double(numerator / denominator);
}

template <double (*F)(double), const char* kName>
Value log_function(VM& vm, Value, CallArgs args) {
  double result;
  if (!vm::check_one_argument(vm, kName, args) || !log_of(vm, args.values[0], F, result)) {
    return Value::null();
  }
  return Value::from_double(result);
}
constexpr char kLog2[] = "math.log2";
constexpr char kLog10[] = "math.log10";

// --- two-argument float functions

bool two_doubles(VM& vm, std::string_view name, CallArgs args, double& x, double& y) {
  return check_no_keywords(vm, name, args) && check_positional(vm, name, args, 2, 2) &&
         to_double(vm, args.values[0], x) && to_double(vm, args.values[1], y);
}

Value math_atan2(VM& vm, Value, CallArgs args) {
  double y, x;
  if (!two_doubles(vm, "atan2", args, y, x)) return Value::null();
  return Value::from_double(std::atan2(y, x));
}

Value math_copysign(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "copysign", args, x, y)) return Value::null();
  return Value::from_double(std::copysign(x, y));
}

Value math_fmod(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "fmod", args, x, y)) return Value::null();
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return Value::from_double(r);
}

Value math_remainder(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "remainder", args, x, y)) return Value::null();
  if (std::isnan(x)) return Value::from_double(x);
  if (std::isnan(y)) return Value::from_double(y);
  if (std::isinf(x) || y == 0.0) return domain_error(vm);
  if (std::isinf(y)) return Value::from_double(x);
  return Value::from_double(std::remainder(x, y));
}

Value math_nextafter(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "nextafter", args, x, y)) return Value::null();
  return Value::from_double(std::nextafter(x, y));
}

// pow(x, y): C99's special values, with a zero to a negative power a
// domain error and a finite overflow a range error.
Value math_pow(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "pow", args, x, y)) return Value::null();
  if (std::isfinite(x) && std::isfinite(y)) {
    double r = std::pow(x, y);
    if (std::isnan(r)) return domain_error(vm);
    if (std::isinf(r)) return x == 0.0 ? domain_error(vm) : range_error(vm);
    return Value::from_double(r);
  }
  if (std::isnan(x)) return Value::from_double(y == 0.0 ? 1.0 : x);
  if (std::isnan(y)) return Value::from_double(x == 1.0 ? 1.0 : y);
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0) return Value::from_double(odd_y ? x : std::fabs(x));
    if (y == 0) return Value::from_double(1.0);
    return Value::from_double(odd_y ? std::copysign(0.0, x) : 0.0);
  }
  // y is infinite.
  if (std::fabs(x) == 1.0) return Value::from_double(1.0);
  if (y > 0 && std::fabs(x) > 1.0) return Value::from_double(y);
  if (y < 0 && std::fabs(x) < 1.0) return Value::from_double(-y);
  return Value::from_double(0.0);
}

// ldexp(x, i): i is an int of any size; past the exponent range the
// result overflows (a range error) or underflows to zero.
Value math_ldexp(VM& vm, Value, CallArgs args) {
  double x;
  if (!check_no_keywords(vm, "ldexp", args) || !check_positional(vm, "ldexp", args, 2, 2) ||
      !to_double(vm, args.values[0], x)) {
    return Value::null();
  }
  if (!is_int(vm, args.values[1])) {
    return raise(vm, vm.exceptions().TypeError, "Expected an int as second argument to ldexp.");
  }
  if (x == 0.0 || !std::isfinite(x)) return Value::from_double(x);
  BigInt exponent = int_to_bigint(vm, args.values[1]);
  std::optional<int64_t> small = exponent.to_int64();
  int64_t e = small ? *small : (exponent.is_negative() ? INT64_MIN : INT64_MAX);
  if (e > INT32_MAX) return range_error(vm);
  if (e < INT32_MIN) return Value::from_double(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error(vm);
  return Value::from_double(r);
}

// --- one-argument functions with other results

template <const char* kName>
bool one_double(VM& vm, CallArgs args, double& x) {
  return vm::check_one_argument(vm, kName, args) && to_double(vm, args.values[0], x);
}
constexpr char kIsFinite[] = "math.isfinite";
constexpr char kIsInf[] = "math.isinf";
constexpr char kIsNan[] = "math.isnan";
constexpr char kDegrees[] = "math.degrees";
constexpr char kRadians[] = "math.radians";
constexpr char kModf[] = "math.modf";
constexpr char kFrexp[] = "math.frexp";
constexpr char kUlp[] = "math.ulp";

Value math_isfinite(VM& vm, Value, CallArgs args) {
  double x;
  return one_double<kIsFinite>(vm, args, x) ? vm.boolean(std::isfinite(x)) : Value::null();
}
Value math_isinf(VM& vm, Value, CallArgs args) {
  double x;
  return one_double<kIsInf>(vm, args, x) ? vm.boolean(std::isinf(x)) : Value::null();
}
Value math_isnan(VM& vm, Value, CallArgs args) {
  double x;
  return one_double<kIsNan>(vm, args, x) ? vm.boolean(std::isnan(x)) : Value::null();
}

constexpr double kPi = 3.141592653589793238462643383279502884;

Value math_degrees(VM& vm, Value, CallArgs args) {
  double x;
  return one_double<kDegrees>(vm, args, x) ? Value::from_double(x * (180.0 / kPi)) : Value::null();
}
Value math_radians(VM& vm, Value, CallArgs args) {
  double x;
  return one_double<kRadians>(vm, args, x) ? Value::from_double(x * (kPi / 180.0)) : Value::null();
}

Value math_modf(VM& vm, Value, CallArgs args) {
  double x;
  if (!one_double<kModf>(vm, args, x)) return Value::null();
  if (std::isinf(x)) {
    return Value::from_object(
        make_tuple(vm, {Value::from_double(std::copysign(0.0, x)), Value::from_double(x)}));
  }
  double integral;
  double fraction = std::modf(x, &integral);
  return Value::from_object(
      make_tuple(vm, {Value::from_double(fraction), Value::from_double(integral)}));
}

Value math_frexp(VM& vm, Value, CallArgs args) {
  double x;
  if (!one_double<kFrexp>(vm, args, x)) return Value::null();
  int exponent = 0;
  double mantissa = std::isfinite(x) && x != 0.0 ? std::frexp(x, &exponent) : x;
  return Value::from_object(
      make_tuple(vm, {Value::from_double(mantissa), Value::from_small_int(exponent)}));
}

// ulp(x): the gap from |x| to the next float away from zero (for the
// largest float, the gap below it).
Value math_ulp(VM& vm, Value, CallArgs args) {
  double x;
  if (!one_double<kUlp>(vm, args, x)) return Value::null();
  if (std::isnan(x) || std::isinf(x)) return Value::from_double(std::fabs(x));
  x = std::fabs(x);
  double above = std::nextafter(x, INFINITY);
  if (std::isinf(above)) return Value::from_double(x - std::nextafter(x, -INFINITY));
  return Value::from_double(above - x);
}

// --- floor, ceil, trunc: ints, through the argument's own __floor__,
// __ceil__ or __trunc__ when it has one.

template <double (*Round)(double), const char* kName, const char* kDunder>
Value rounding_function(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, kName, args)) return Value::null();
  Value number = args.values[0];
  if (number.is_double()) return make_int_from_double(vm, Round(number.as_double()));
  if (vm.type_of(number) == vm.types().int_) return number;
  Value result = call_special_method(vm, number, vm.intern(kDunder), {});
  if (!result.is_null() || vm.has_exception()) return result;
  double x;
  if (!to_double(vm, number, x)) return Value::null();
  return make_int_from_double(vm, Round(x));
}
double floor_of(double x) {
  return std::floor(x);
}
double ceil_of(double x) {
  return std::ceil(x);
}
constexpr char kFloor[] = "math.floor";
constexpr char kFloorDunder[] = "__floor__";
constexpr char kCeil[] = "math.ceil";
constexpr char kCeilDunder[] = "__ceil__";

Value math_trunc(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, "math.trunc", args)) return Value::null();
  Value number = args.values[0];
  if (number.is_double()) return float_trunc(vm, number);
  Value result = call_special_method(vm, number, vm.intern("__trunc__"), {});
  if (!result.is_null() || vm.has_exception()) return result;
  return raise(vm, vm.exceptions().TypeError,
               "type " + type_name(vm, number) + " doesn't define __trunc__ method");
}

// --- hypot and dist

// The Euclidean norm of `values` (absolute values, `max` the largest),
// as CPython computes it: scaled so that the largest is below 1, squared
// and summed exactly in double-double arithmetic, then square-rooted
// with one step of correction, so the result is almost always correctly
// rounded and independent of the order of the values.
double vector_norm(std::vector<double>& values, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || values.size() <= 1) return max;
  int max_exponent;
  std::frexp(max, &max_exponent);
  if (max_exponent < -1023) {
    // ldexp(1.0, -max_exponent) would overflow: make subnormals normal.
    for (double& x : values)
      x /= DBL_MIN;
    return DBL_MIN * vector_norm(values, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_exponent);
  double sum = 1.0, low_products = 0.0, low_sums = 0.0;
  // Adds x * y to the sum exactly: the rounding errors of the product
  // (by fma) and of the addition (Fast2Sum, as |sum| >= |product|) are
  // kept apart.
  auto add_product = [&](double x, double y) {
    double product = x * y;
    low_products += std::fma(x, y, -product);
    double total = sum + product;
    low_sums += product - (total - sum);
    sum = total;
  };
  for (double x : values) {
    x *= scale;
    add_product(x, x);
  }
  double h = std::sqrt(sum - 1.0 + (low_products + low_sums));
  add_product(-h, h);
  double x = sum - 1.0 + (low_products + low_sums);
  h += x / (2.0 * h);
  return h / scale;
}

Value math_hypot(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "hypot", args)) return Value::null();
  std::vector<double> values;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < args.nargs; ++i) {
    double x;
    if (!to_double(vm, args.values[i], x)) return Value::null();
    x = std::fabs(x);
    values.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(values, max, found_nan));
}

// The coordinates of a point: a tuple as is, anything else as tuple(x).
Value point_tuple(VM& vm, Value point) {
  if (vm.type_of(point) == vm.types().tuple) return point;
  return call(vm, Value::from_object(vm.types().tuple), {point});
}

Value math_dist(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "dist", args) || !check_positional(vm, "dist", args, 2, 2)) {
    return Value::null();
  }
  Root<Tuple> p(vm.heap(), point_tuple(vm, args.values[0]));
  if (p.value().is_null()) return Value::null();
  Root<Tuple> q(vm.heap(), point_tuple(vm, args.values[1]));
  if (q.value().is_null()) return Value::null();
  if (p->size != q->size) {
    return raise(vm, vm.exceptions().ValueError,
                 "both points must have the same number of dimensions");
  }
  std::vector<double> values;
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < p->size; ++i) {
    double px, qx;
    if (!to_double(vm, (*p.get())[i], px) || !to_double(vm, (*q.get())[i], qx)) {
      return Value::null();
    }
    double x = std::fabs(px - qx);
    values.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(values, max, found_nan));
}

// --- sums and products

// fsum(iterable): the correctly rounded sum, by Shewchuk's algorithm:
// `partials` holds non-overlapping floats whose exact sum is the running
// total. Infinities and NaNs are summed apart, as plain floats.
Value math_fsum(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, "math.fsum", args)) return Value::null();
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  bool ok = for_each(vm, args.values[0], [&](Value item) {
    double x;
    if (!to_double(vm, item, x)) return false;
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double high = x + y;
      double low = y - (high - x);
      if (low != 0.0) partials[kept++] = low;
      x = high;
    }
    partials.resize(kept);
    if (x == 0.0) return true;
    if (std::isfinite(x)) {
      partials.push_back(x);
      return true;
    }
    // A non-finite sum: from finite inputs it is an overflow.
    if (std::isfinite(original)) {
      raise(vm, vm.exceptions().OverflowError, "intermediate overflow in fsum");
      return false;
    }
    if (std::isinf(original)) inf_sum += original;
    special_sum += original;
    partials.clear();
    return true;
  });
  if (!ok) return Value::null();
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) {
      return raise(vm, vm.exceptions().ValueError, "-inf + inf in fsum");
    }
    return Value::from_double(special_sum);
  }
  // Add the partials from the top down until the sum becomes inexact;
  // then the next partial decides the rounding of a half-way case.
  double high = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    high = partials[--n];
    double low = 0.0;
    while (n > 0) {
      double x = high;
      double y = partials[--n];
      high = x + y;
      low = y - (high - x);
      if (low != 0.0) break;
    }
    if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
      double y = low * 2;
      double x = high + y;
      if (y == x - high) high = x;
    }
  }
  return Value::from_double(high);
}

// prod(iterable, /, *, start=1)
Value math_prod(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "prod", args, {"start"})) return Value::null();
  if (args.nargs != 1) {
    return raise(
        vm, vm.exceptions().TypeError,
        "prod() takes exactly 1 positional argument (" + std::to_string(args.nargs) + " given)");
  }
  Value start = keyword(args, vm.intern("start"));
  Root<Object> product(vm.heap(), start.is_null() ? Value::from_small_int(1) : start);
  bool ok = for_each(vm, args.values[0], [&](Value item) {
    product.set(binary_op(vm, BinaryOp::Multiply, product.value(), item));
    return !product.value().is_null();
  });
  return ok ? product.value() : Value::null();
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value math_isclose(VM& vm, Value, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"a", "b", "rel_tol", "abs_tol"};
  if (args.nargs > 2) {
    return raise(vm, vm.exceptions().TypeError,
                 "isclose() takes exactly 2 positional arguments (" + std::to_string(args.nargs) +
                     " given)");
  }
  Value bound[4];
  if (!bind_arguments(vm, "isclose", args, kParameters, 2, bound)) return Value::null();
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(vm, bound[0], a) || !to_double(vm, bound[1], b) ||
      (!bound[2].is_null() && !to_double(vm, bound[2], rel_tol)) ||
      (!bound[3].is_null() && !to_double(vm, bound[3], abs_tol))) {
    return Value::null();
  }
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return raise(vm, vm.exceptions().ValueError, "tolerances must be non-negative");
  }
  if (a == b) return vm.boolean(true);
  // Infinities of the same sign were caught above; any other infinity is
  // far from everything.
  if (std::isinf(a) || std::isinf(b)) return vm.boolean(false);
  double difference = std::fabs(b - a);
  return vm.boolean((difference <= std::fabs(rel_tol * b)) ||
                    (difference <= std::fabs(rel_tol * a)) || difference <= abs_tol);
}

// --- integer functions

// gcd(*integers) and lcm(*integers) fold GMP's two-argument versions.
template <void (*Fold)(mpz_ptr, mpz_srcptr, mpz_srcptr), int kEmpty>
Value integer_fold(VM& vm, std::string_view name, CallArgs args) {
  if (!check_no_keywords(vm, name, args)) return Value::null();
  BigInt result(kEmpty);
  for (size_t i = 0; i < args.nargs; ++i) {
    BigInt value;
    if (!to_bigint(vm, args.values[i], value)) return Value::null();
    if (i == 0) {
      mpz_abs(result.gmp(), value.gmp());
    } else {
      Fold(result.gmp(), result.gmp(), value.gmp());
    }
  }
  return make_int(vm, std::move(result));
}
Value math_gcd(VM& vm, Value, CallArgs args) {
  return integer_fold<mpz_gcd, 0>(vm, "gcd", args);
}
Value math_lcm(VM& vm, Value, CallArgs args) {
  return integer_fold<mpz_lcm, 1>(vm, "lcm", args);
}

Value math_isqrt(VM& vm, Value, CallArgs args) {
  BigInt n;
  if (!vm::check_one_argument(vm, "math.isqrt", args) || !to_bigint(vm, args.values[0], n)) {
    return Value::null();
  }
  if (n.is_negative()) {
    return raise(vm, vm.exceptions().ValueError, "isqrt() argument must be nonnegative");
  }
  BigInt root;
  mpz_sqrt(root.gmp(), n.gmp());
  return make_int(vm, std::move(root));
}

constexpr char kLongMax[] = "9223372036854775807";

Value math_factorial(VM& vm, Value, CallArgs args) {
  BigInt n;
  if (!vm::check_one_argument(vm, "math.factorial", args) || !to_bigint(vm, args.values[0], n)) {
    return Value::null();
  }
  std::optional<int64_t> small = n.to_int64();
  if (!small) {
    if (n.is_negative()) {
      return raise(vm, vm.exceptions().ValueError, "factorial() not defined for negative values");
    }
    return raise(vm, vm.exceptions().OverflowError,
                 std::string("factorial() argument should not exceed ") + kLongMax);
  }
  if (*small < 0) {
    return raise(vm, vm.exceptions().ValueError, "factorial() not defined for negative values");
  }
  BigInt result;
  mpz_fac_ui(result.gmp(), static_cast<unsigned long>(*small));
  return make_int(vm, std::move(result));
}

// Reads comb's and perm's n and k: non-negative ints.
bool read_n_and_k(VM& vm, Value n_value, Value k_value, BigInt& n, BigInt& k) {
  if (!to_bigint(vm, n_value, n) || !to_bigint(vm, k_value, k)) return false;
  if (n.is_negative()) {
    raise(vm, vm.exceptions().ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k.is_negative()) {
    raise(vm, vm.exceptions().ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

// min(n - k, k) as an unsigned long for GMP, or an OverflowError.
bool small_count(VM& vm, const BigInt& count, std::string_view what, unsigned long& out) {
  std::optional<int64_t> small = count.to_int64();
  if (!small) {
    raise(vm, vm.exceptions().OverflowError, std::string(what) + " must not exceed " + kLongMax);
    return false;
  }
  out = static_cast<unsigned long>(*small);
  return true;
}

Value math_comb(VM& vm, Value, CallArgs args) {
  BigInt n, k;
  if (!check_no_keywords(vm, "comb", args) || !check_positional(vm, "comb", args, 2, 2) ||
      !read_n_and_k(vm, args.values[0], args.values[1], n, k)) {
    return Value::null();
  }
  if (k > n) return Value::from_small_int(0);
  BigInt other = n - k;
  unsigned long count;
  if (!small_count(vm, other < k ? other : k, "min(n - k, k)", count)) return Value::null();
  BigInt result;
  mpz_bin_ui(result.gmp(), n.gmp(), count);
  return make_int(vm, std::move(result));
}

// perm(n, k=None): n! / (n - k)!, the product of the k factors below n.
Value math_perm(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "perm", args) || !check_positional(vm, "perm", args, 1, 2)) {
    return Value::null();
  }
  if (args.nargs == 1 || args.values[1].is(vm.none())) {
    return math_factorial(vm, Value::null(), CallArgs{args.values, 1, nullptr});
  }
  BigInt n, k;
  if (!read_n_and_k(vm, args.values[0], args.values[1], n, k)) return Value::null();
  if (k > n) return Value::from_small_int(0);
  unsigned long count;
  if (!small_count(vm, k, "k", count)) return Value::null();
  BigInt result(1);
  BigInt factor = n;
  for (unsigned long i = 0; i < count; ++i) {
    mpz_mul(result.gmp(), result.gmp(), factor.gmp());
    mpz_sub_ui(factor.gmp(), factor.gmp(), 1);
  }
  return make_int(vm, std::move(result));
}

constexpr NativeFunctionDef kFunctions[] = {
    {"acos", math_acos},
    {"acosh", math_acosh},
    {"asin", math_asin},
    {"asinh", math_asinh},
    {"atan", math_atan},
    {"atan2", math_atan2},
    {"atanh", math_atanh},
    {"cbrt", math_cbrt},
    {"ceil", rounding_function<ceil_of, kCeil, kCeilDunder>},
    {"comb", math_comb},
    {"copysign", math_copysign},
    {"cos", math_cos},
    {"cosh", math_cosh},
    {"degrees", math_degrees},
    {"dist", math_dist},
    {"erf", math_erf},
    {"erfc", math_erfc},
    {"exp", math_exp},
    {"exp2", math_exp2},
    {"expm1", math_expm1},
    {"fabs", math_fabs},
    {"factorial", math_factorial},
    {"floor", rounding_function<floor_of, kFloor, kFloorDunder>},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"fsum", math_fsum},
    {"gamma", math_gamma},
    {"gcd", math_gcd},
    {"hypot", math_hypot},
    {"isclose", math_isclose},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"isqrt", math_isqrt},
    {"lcm", math_lcm},
    {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},
    {"log", math_log},
    {"log10", log_function<real_log10, kLog10>},
    {"log1p", math_log1p},
    {"log2", log_function<real_log2, kLog2>},
    {"modf", math_modf},
    {"nextafter", math_nextafter},
    {"perm", math_perm},
    {"pow", math_pow},
    {"prod", math_prod},
    {"radians", math_radians},
    {"remainder", math_remainder},
    {"sin", math_sin},
    {"sinh", math_sinh},
    {"sqrt", math_sqrt},
    {"tan", math_tan},
    {"tanh", math_tanh},
    {"trunc", math_trunc},
    {"ulp", math_ulp},
};

Module* make_math_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "math", kFunctions));
  if (module.value().is_null()) return nullptr;
  struct Constant {
    const char* name;
    double value;
  };
  constexpr Constant kConstants[] = {
      {"pi", kPi},      {"e", 2.718281828459045235360287471352662498},
      {"tau", 2 * kPi}, {"inf", INFINITY},
      {"nan", NAN},
  };
  for (const Constant& constant : kConstants) {
    if (!set_module_value(vm, module.get(), constant.name, Value::from_double(constant.value))) {
      return nullptr;
    }
  }
  return module.get();
}

}  // namespace

void register_math_module() {
  register_native_module("math", make_math_module);
}

}  // namespace eddy::stdlib

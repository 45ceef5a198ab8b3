// NumbersTest: a VM and small helpers that spell Python expressions over
// numbers in C++ (`1 + 2.5` is bin(BinaryOp::Add, I("1"), F(2.5))), for the
// hand-written tests in numbers_test.cc and the ones regen_numbers_tests.py
// generates from CPython's results in numbers_cases_test.cc.
//
// Every helper keeps its result alive in a list the fixture roots, so that
// nested calls stay correct when each allocation collects (the suite runs
// with and without heap stress). A helper given a null argument (an
// exception raised further in) returns null at once, as the VM would.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

class NumbersTest : public ::testing::TestWithParam<bool> {
 protected:
  NumbersTest() : kept_(vm_.heap(), make_list(vm_)) { vm_.heap().set_stress(GetParam()); }

  // --- literals
  Value I(std::string_view decimal) { return keep(make_int_from_decimal(vm_, decimal)); }
  Value F(double value) { return Value::from_double(value); }
  Value C(double real, double imag) { return keep(make_complex(vm_, real, imag)); }
  Value S(std::string_view utf8) { return keep(Value::from_object(make_str(vm_, utf8))); }
  Value B(std::string_view data) { return keep(Value::from_object(make_bytes(vm_, data))); }
  Value True_() { return vm_.boolean(true); }
  Value False_() { return vm_.boolean(false); }
  Value None_() { return vm_.none(); }
  Value list_of(std::initializer_list<Value> items) {
    if (any_null(items)) return Value::null();
    return keep(Value::from_object(make_list(vm_, std::span<const Value>(items))));
  }
  Value type(Type* type) { return Value::from_object(type); }

  // --- operators
  Value bin(BinaryOp op, Value a, Value b) {
    if (a.is_null() || b.is_null()) return Value::null();
    return keep(binary_op(vm_, op, a, b));
  }
  Value cmp(CompareOp op, Value a, Value b) {
    if (a.is_null() || b.is_null()) return Value::null();
    return keep(compare(vm_, a, b, op));
  }
  Value neg(Value a) { return a.is_null() ? a : keep(negative(vm_, a)); }
  Value pos(Value a) { return a.is_null() ? a : keep(positive(vm_, a)); }
  Value inv(Value a) { return a.is_null() ? a : keep(invert(vm_, a)); }

  // --- builtins
  Value abs_of(Value a) {
    if (a.is_null()) return a;
    return keep(vm_.type_of(a)->slots.absolute(vm_, a));
  }
  Value hash_of(Value a) {
    if (a.is_null()) return a;
    int64_t h = hash(vm_, a);
    return h == -1 ? Value::null() : keep(make_int(vm_, h));
  }
  Value repr_of(Value a) { return a.is_null() ? a : keep(repr(vm_, a)); }
  Value str_of(Value a) { return a.is_null() ? a : keep(str(vm_, a)); }
  Value bool_of(Value a) {
    if (a.is_null()) return a;
    int truth = truthy(vm_, a);
    return truth < 0 ? Value::null() : vm_.boolean(truth);
  }
  // divmod(a, b) as the builtin will try it: int's, then float's.
  Value divmod_of(Value a, Value b) {
    if (a.is_null() || b.is_null()) return Value::null();
    Value result = int_divmod(vm_, a, b);
    if (!result.is_null() && result.is(vm_.not_implemented())) result = float_divmod(vm_, a, b);
    return keep(result);
  }
  Value round_of(Value x, Value ndigits = Value::null()) {
    if (x.is_null()) return x;
    return keep(is_int(vm_, x) ? int_round(vm_, x, ndigits) : float_round(vm_, x, ndigits));
  }
  Value pow_of(Value base, Value exponent, Value modulus) {
    if (base.is_null() || exponent.is_null() || modulus.is_null()) return Value::null();
    return keep(int_power_mod(vm_, base, exponent, modulus));
  }

  // --- calls: positional arguments, then one per keyword name
  Value make(Type* type, std::initializer_list<Value> args,
             std::initializer_list<std::string_view> keywords = {}) {
    if (any_null(args)) return Value::null();
    return keep(type->slots.new_instance(vm_, type, call_args(args, keywords)));
  }
  Value attr(Value self, std::string_view name) {
    if (self.is_null()) return self;
    return keep(get_attribute(vm_, self, vm_.intern(name)));
  }
  Value method(Value self, std::string_view name, std::initializer_list<Value> args = {},
               std::initializer_list<std::string_view> keywords = {}) {
    Value callable = attr(self, name);
    if (callable.is_null() || any_null(args)) return Value::null();
    return keep(call(vm_, callable, call_args(args, keywords)));
  }

  // What Python shows for the outcome: repr() of the value, or
  // "ExceptionType: message" for the exception raised.
  std::string outcome(Value value) {
    if (value.is_null()) {
      if (!vm_.has_exception()) return "<null without an exception>";
      Root<Object> exception(vm_.heap(), vm_.take_exception());
      std::string text = to_utf8(vm_.type_of(exception.value())->name);
      Value message = str(vm_, exception.value());
      if (message.is_null()) return text + ": <str() failed>";
      std::string message_text = to_utf8(static_cast<Str*>(message.as_object()));
      return message_text.empty() ? text : text + ": " + message_text;
    }
    std::string text = repr_utf8(vm_, value);
    if (vm_.has_exception()) return "<repr() failed: " + outcome(Value::null()) + ">";
    return text;
  }

  void expect(std::string_view source, Value value, std::string_view expected) {
    EXPECT_EQ(outcome(value), expected) << "for " << source;
  }

  VM vm_;

 private:
  Value keep(Value value) {
    if (value.is_null() || !value.is_object()) return value;
    Root<Object> rooted(vm_.heap(), value);
    list_append(vm_, kept_.get(), value);
    return value;
  }
  static bool any_null(std::initializer_list<Value> values) {
    for (Value value : values) {
      if (value.is_null()) return true;
    }
    return false;
  }
  CallArgs call_args(std::initializer_list<Value> args,
                     std::initializer_list<std::string_view> keywords) {
    Tuple* names = nullptr;
    if (keywords.size() > 0) {
      std::vector<Value> name_values;
      for (std::string_view keyword : keywords) {
        name_values.push_back(Value::from_object(vm_.intern(keyword)));
      }
      names = vm::make_tuple(vm_, name_values);
      keep(Value::from_object(names));
    }
    return CallArgs{args.begin(), args.size() - keywords.size(), names};
  }

  Root<List> kept_;
};

}  // namespace eddy::vm

// A fixture for testing str and bytes from C++: it makes values, calls
// their methods the way Python code would (attribute lookup, then a call
// with positional and keyword arguments), and shows each result as
// python3.11 would print it: its repr, or "ExceptionType: message".
//
// Every value a test makes is kept alive in one rooted list, so the tests
// can run with a collection at every allocation (EDDY_GC_STRESS=1).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/str_methods.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

class TextTest : public ::testing::Test {
 protected:
  TextTest() : kept_(vm_.heap(), make_list(vm_)) {
    const char* stress = std::getenv("EDDY_GC_STRESS");
    vm_.heap().set_stress(stress && *stress == '1');
  }

  Value keep(Value value) {
    if (!value.is_null()) list_append(vm_, kept_.get(), value);
    return value;
  }
  Value s(std::string_view utf8) { return keep(Value::from_object(make_str(vm_, utf8))); }
  Value b(std::string_view data) { return keep(Value::from_object(make_bytes(vm_, data))); }
  Value ba(std::string_view data) { return keep(Value::from_object(make_bytearray(vm_, data))); }
  Value n(int64_t value) { return Value::from_small_int(value); }
  Value none() { return vm_.none(); }
  Value f(double value) { return Value::from_double(value); }
  Value boolean(bool value) { return vm_.boolean(value); }
  Value big(std::string_view decimal) { return keep(make_int_from_decimal(vm_, decimal)); }
  Value type_value(Type* type) { return Value::from_object(type); }
  Value dict(std::initializer_list<std::pair<Value, Value>> items) {
    Value result = keep(Value::from_object(make_dict(vm_)));
    for (auto& [key, value] : items)
      dict_set(vm_, static_cast<Dict*>(result.as_object()), key, value);
    return result;
  }
  Value slice(Value start, Value stop, Value step) {
    return keep(Value::from_object(make_slice(vm_, start, stop, step)));
  }
  Value tuple(std::initializer_list<Value> items) {
    return keep(Value::from_object(vm::make_tuple(vm_, items)));
  }
  Value list(std::initializer_list<Value> items) {
    return keep(
        Value::from_object(make_list(vm_, std::span<const Value>(items.begin(), items.size()))));
  }

  // self.method(*positional, **keywords)
  Value call_method(Value self, std::string_view method, std::vector<Value> positional,
                    std::vector<std::pair<std::string_view, Value>> keywords = {}) {
    Value bound = keep(get_attribute(vm_, self, vm_.intern(method)));
    if (bound.is_null()) return bound;
    std::vector<Value> names;
    for (auto& [name, value] : keywords) {
      names.push_back(Value::from_object(vm_.intern(name)));
      positional.push_back(value);
    }
    Tuple* kwnames = nullptr;
    if (!names.empty())
      kwnames = static_cast<Tuple*>(
          keep(Value::from_object(vm::make_tuple(vm_, std::span<const Value>(names)))).as_object());
    return keep(
        call(vm_, bound, CallArgs{positional.data(), positional.size() - names.size(), kwnames}));
  }

  // What Python prints for a result: repr(value), or the exception.
  std::string show(Value result) {
    if (result.is_null()) {
      if (!vm_.has_exception()) return "<null without exception>";
      Value exception = keep(vm_.take_exception());
      std::string message = to_utf8(static_cast<Str*>(keep(str(vm_, exception)).as_object()));
      return to_utf8(vm_.type_of(exception)->name) + ": " + message;
    }
    return repr_utf8(vm_, result);
  }

  // repr(self.method(...)), the usual shape of an assertion.
  std::string m(Value self, std::string_view method, std::vector<Value> positional = {},
                std::vector<std::pair<std::string_view, Value>> keywords = {}) {
    return show(call_method(self, method, std::move(positional), std::move(keywords)));
  }

  // type(*positional, **keywords), as str(b, 'utf-8') or bytes(3).
  std::string construct(Type* type, std::vector<Value> positional,
                        std::vector<std::pair<std::string_view, Value>> keywords = {}) {
    std::vector<Value> names;
    for (auto& [name, value] : keywords) {
      names.push_back(Value::from_object(vm_.intern(name)));
      positional.push_back(value);
    }
    Tuple* kwnames = nullptr;
    if (!names.empty())
      kwnames = static_cast<Tuple*>(
          keep(Value::from_object(vm::make_tuple(vm_, std::span<const Value>(names)))).as_object());
    return show(keep(call(vm_, type_value(type),
                          CallArgs{positional.data(), positional.size() - names.size(), kwnames})));
  }

  std::string item(Value container, Value key) { return show(keep(get_item(vm_, container, key))); }
  std::string in(Value item, Value container) {
    int found = contains(vm_, container, item);
    return found < 0 ? show(Value()) : found ? "True" : "False";
  }
  std::string compare_values(Value left, Value right, CompareOp which) {
    return show(keep(compare(vm_, left, right, which)));
  }
  std::string len(Value value) {
    int64_t size = length(vm_, value);
    return size < 0 ? show(Value()) : std::to_string(size);
  }
  // list(iterable), and the name of the iterator's type.
  std::string iterate(Value iterable) {
    Value iterator = keep(get_iterator(vm_, iterable));
    if (iterator.is_null()) return show(iterator);
    Value items = keep(Value::from_object(make_list(vm_)));
    for (;;) {
      Value element = next(vm_, iterator);
      if (element.is_null()) break;
      list_append(vm_, static_cast<List*>(items.as_object()), element);
    }
    return vm_.has_exception() ? show(Value()) : show(items);
  }
  // repr(type(iter(iterable)).__name__)
  std::string iterator_type(Value iterable) {
    return "'" + to_utf8(vm_.type_of(keep(get_iterator(vm_, iterable)))->name) + "'";
  }

  std::string op(BinaryOp which, Value left, Value right) {
    return show(keep(binary_op(vm_, which, left, right)));
  }

  VM vm_;
  Root<List> kept_;
};

}  // namespace eddy::vm

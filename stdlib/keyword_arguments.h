// Keyword arguments of builtin functions: finding one by name and
// rejecting the unknown ones with CPython's message.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/exceptions.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::stdlib {

// The value of keyword argument `name`, or null if it was not passed.
inline vm::Value keyword(vm::CallArgs args, vm::Str* name) {
  if (!args.kwnames) return vm::Value::null();
  for (int64_t i = 0; i < args.kwnames->size; ++i) {
    if (vm::equal_str(static_cast<vm::Str*>((*args.kwnames)[i].as_object()), name)) {
      return args.values[args.nargs + i];
    }
  }
  return vm::Value::null();
}

// Rejects keyword arguments other than `allowed`:
// "'x' is an invalid keyword argument for print()".
inline bool check_keywords(vm::VM& vm, std::string_view function, vm::CallArgs args,
                           std::initializer_list<std::string_view> allowed) {
  if (!args.kwnames) return true;
  for (int64_t i = 0; i < args.kwnames->size; ++i) {
    std::string name = vm::to_utf8(static_cast<vm::Str*>((*args.kwnames)[i].as_object()));
    bool known = false;
    for (std::string_view a : allowed)
      known |= a == name;
    if (!known) {
      vm::raise(
          vm, vm.exceptions().TypeError,
          "'" + name + "' is an invalid keyword argument for " + std::string(function) + "()");
      return false;
    }
  }
  return true;
}

// For builtins that take exactly one positional argument (CPython's
// METH_O): "len() takes exactly one argument (0 given)".
using vm::check_one_argument;

// The positional part of `args`, for check_positional in a function that
// also takes keyword arguments (checked separately by check_keywords).
inline vm::CallArgs positional_part(vm::CallArgs args) {
  return vm::CallArgs{args.values, args.nargs, nullptr};
}

}  // namespace eddy::stdlib

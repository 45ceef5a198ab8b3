// Argument checks and conversions for builtin methods, with CPython's
// messages (see method_args.h for which machinery each one imitates).
#include "vm/method_args.h"

#include <limits>
#include <string>

#include "vm/exceptions.h"
#include "vm/protocols.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

size_t keyword_count(CallArgs args) {
  return args.kwnames ? args.kwnames->size : 0;
}

std::string arguments(size_t count, std::string_view adjective = "") {
  return std::to_string(count) + " " + std::string(adjective) +
         (count == 1 ? "argument" : "arguments");
}

bool type_error(VM& vm, const std::string& message) {
  raise(vm, vm.exceptions().TypeError, message);
  return false;
}

}  // namespace

bool reject_no_arguments(VM& vm, std::string_view qualified_name, CallArgs args) {
  if (has_keywords(args)) return reject_keywords(vm, qualified_name);
  return type_error(vm, std::string(qualified_name) + "() takes no arguments (" +
                            std::to_string(args.nargs) + " given)");
}

bool reject_one_argument(VM& vm, std::string_view qualified_name, CallArgs args) {
  if (has_keywords(args)) return reject_keywords(vm, qualified_name);
  return type_error(vm, std::string(qualified_name) + "() takes exactly one argument (" +
                            std::to_string(args.nargs) + " given)");
}

bool reject_argument_range(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max) {
  if (has_keywords(args)) return reject_keywords(vm, name);
  if (args.nargs < min) {
    return type_error(vm, std::string(name) + "() takes at least " + arguments(min) + " (" +
                              std::to_string(args.nargs) + " given)");
  }
  return type_error(vm, std::string(name) + "() takes at most " + arguments(max) + " (" +
                            std::to_string(args.nargs) + " given)");
}

bool bind_arguments(VM& vm, std::string_view name, CallArgs args,
                    std::span<const std::string_view> parameters, size_t required, Value* out) {
  // The name is only needed for an error message: built when one is.
  auto function = [name] { return std::string(name) + "()"; };
  size_t keywords = keyword_count(args);
  size_t given = args.nargs + keywords;
  if (given > parameters.size()) {
    std::string_view adjective = args.nargs == 0 ? "keyword " : "";
    return type_error(vm, function() + " takes at most " + arguments(parameters.size(), adjective) +
                              " (" + std::to_string(given) + " given)");
  }
  for (size_t i = 0; i < parameters.size(); ++i)
    out[i] = i < args.nargs ? args.values[i] : Value();
  for (size_t k = 0; k < keywords; ++k) {
    auto* keyword = static_cast<Str*>((*args.kwnames)[static_cast<int64_t>(k)].as_object());
    std::string keyword_text = to_utf8(keyword);
    size_t position = parameters.size();
    for (size_t i = 0; i < parameters.size(); ++i) {
      if (parameters[i] == keyword_text) position = i;
    }
    if (position == parameters.size()) {
      return type_error(vm,
                        "'" + keyword_text + "' is an invalid keyword argument for " + function());
    }
    if (position < args.nargs) {
      return type_error(vm, "argument for " + function() + " given by name ('" + keyword_text +
                                "') and position (" + std::to_string(position + 1) + ")");
    }
    out[position] = args.values[args.nargs + k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (out[i].is_null()) {
      return type_error(vm, function() + " missing required argument '" +
                                std::string(parameters[i]) + "' (pos " + std::to_string(i + 1) +
                                ")");
    }
  }
  return true;
}

bool ssize_argument(VM& vm, Value value, int64_t& out) {
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  Value integer = index(vm, value);
  if (integer.is_null()) return false;
  if (!index_as_int64(vm, integer, out)) return false;
  if (out == std::numeric_limits<int64_t>::max() || out == std::numeric_limits<int64_t>::min()) {
    raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool slice_bound_argument(VM& vm, Value value, int64_t& out) {
  if (value.is_null() || value.is(vm.none())) return true;
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  if (!vm.type_of(value)->slots.index) {
    return type_error(vm, "slice indices must be integers or None or have an __index__ method");
  }
  return index_as_int64(vm, value, out);
}

void adjust_bounds(int64_t length, int64_t& start, int64_t& end) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
}

}  // namespace eddy::vm

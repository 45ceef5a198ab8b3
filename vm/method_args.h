// The argument checks of builtin methods that native.h's check_positional
// does not cover, each with the message CPython's own machinery gives:
// METH_NOARGS and METH_O methods, PyArg_ParseTuple-style ranges, and
// Argument Clinic's binding of positional-or-keyword parameters. Also the
// int conversions of arguments (widths, counts, slice bounds).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "vm/native.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// Out of line, the TypeErrors of the three checks below (they return false).
bool reject_no_arguments(VM& vm, std::string_view qualified_name, CallArgs args);
bool reject_one_argument(VM& vm, std::string_view qualified_name, CallArgs args);
bool reject_argument_range(VM& vm, std::string_view name, CallArgs args, size_t min, size_t max);

// Each check runs on every call of its method, so the test that passes is
// inline.
// "str.upper() takes no arguments (1 given)" / "... takes no keyword arguments".
inline bool check_no_arguments(VM& vm, std::string_view qualified_name, CallArgs args) {
  if (args.nargs == 0 && !has_keywords(args)) return true;
  return reject_no_arguments(vm, qualified_name, args);
}

// "str.join() takes exactly one argument (0 given)".
inline bool check_one_argument(VM& vm, std::string_view qualified_name, CallArgs args) {
  if (args.nargs == 1 && !has_keywords(args)) return true;
  return reject_one_argument(vm, qualified_name, args);
}

// "find() takes at least 1 argument (0 given)", "... at most 3 arguments (4
// given)", "find() takes no keyword arguments".
inline bool check_argument_range(VM& vm, std::string_view name, CallArgs args, size_t min,
                                 size_t max) {
  if (args.nargs >= min && args.nargs <= max && !has_keywords(args)) return true;
  return reject_argument_range(vm, name, args, min, max);
}

// Binds positional and keyword arguments to `parameters` in order, as
// Argument Clinic does; out[i] is null for an optional parameter not
// given. Messages: "split() takes at most 2 arguments (3 given)", "'x' is an
// invalid keyword argument for split()", "argument for split() given by
// name ('sep') and position (1)", "encode() missing required argument
// 'encoding' (pos 1)".
bool bind_arguments(VM& vm, std::string_view name, CallArgs args,
                    std::span<const std::string_view> parameters, size_t required, Value* out);

// operator.index(value) as an int64 for a size or a count: "'str' object
// cannot be interpreted as an integer", OverflowError "Python int too large
// to convert to C ssize_t".
bool ssize_argument(VM& vm, Value value, int64_t& out);

// An optional slice bound (find's start and end): None or missing keeps
// `out`; otherwise the int, clamped. "slice indices must be integers or
// None or have an __index__ method".
bool slice_bound_argument(VM& vm, Value value, int64_t& out);

// Resolves find-style [start, end) bounds against a sequence of `length`,
// as CPython's ADJUST_INDICES: negative bounds count from the end, and the
// result is clamped to [0, length] (start may exceed end).
void adjust_bounds(int64_t length, int64_t& start, int64_t& end);

}  // namespace eddy::vm

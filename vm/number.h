// What the number types (int, bool, float, complex) share: raising the
// numeric core's errors as exceptions, answering a comparison from an
// ordering, hashing by identity, reading operands, and __format__. The
// types' own slots live in int.cc, bool.cc, float.cc and complex.cc.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "vm/numeric_error.h"
#include "vm/operators.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;

// Raises the exception a NumericError names (see numeric_error.h for the
// errno form of OverflowError); returns null.
Value raise_numeric_error(VM& vm, const NumericError& error);

// `make(value)` for a successful result, or the result's exception raised.
template <class T, class Make>
Value value_or_raise(VM& vm, NumericResult<T>&& result, Make&& make) {
  if (!result) return raise_numeric_error(vm, result.error());
  return make(std::move(*result));
}

// Whether a <=> b == `ordering` answers `a op b`. An unordered pair (a NaN)
// answers only != with true.
bool ordering_satisfies(std::partial_ordering ordering, CompareOp op);

// hash() of a value whose equality is identity (a float NaN since 3.10):
// CPython's pointer hash, applied to the object's address or to the bits
// of an unboxed value.
int64_t hash_identity(uint64_t identity);

// How a binary operator's operand reads as the number its type computes
// with: read; not a number this type knows (the operator returns
// NotImplemented, leaving the other operand's type to try); or failed with
// an exception set (an int too large for a float).
enum class OperandRead { kRead, kNotANumber, kFailed };

// Reads both operands of a binary operator with `read`, the first one
// first; stops at the first that is not read.
template <class Number>
OperandRead read_operands(VM& vm, Value a, Value b, OperandRead (*read)(VM&, Value, Number&),
                          Number& x, Number& y) {
  OperandRead result = read(vm, a, x);
  return result == OperandRead::kRead ? read(vm, b, y) : result;
}

// What an operator returns when an operand was not read: NotImplemented,
// or null when reading it raised.
Value operand_not_read(VM& vm, OperandRead read);

// __format__(spec) of a number, as int.__format__ and float.__format__
// behave: CPython's TypeErrors for a missing or non-str spec ("int.__format__()
// takes exactly one argument (0 given)", "__format__() argument must be
// str, not int"); str(self) for the empty spec, so that format(True, '') is
// 'True'; any other spec laid out by `layout` (format_spec.h), which names
// `self`'s type in its errors.
using NumberLayout = NumericResult<std::string> (*)(VM& vm, Value self, std::string_view spec,
                                                    std::string_view type_name);
Value format_number(VM& vm, Value self, CallArgs args, std::string_view qualified_name,
                    NumberLayout layout);

}  // namespace eddy::vm

// The pieces int, bool, float and complex share (see number.h).
#include "vm/number.h"

#include <bit>
#include <span>

#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/method_args.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// Raises type(*arguments) — for the exceptions whose args are not a single
// message: OverflowError(34, 'Numerical result out of range') and the bare
// MemoryError().
Value raise_with_arguments(VM& vm, Type* type, std::span<const Value> arguments) {
  Value exception =
      type->slots.new_instance(vm, type, CallArgs{arguments.data(), arguments.size(), nullptr});
  if (exception.is_null()) return Value::null();
  return raise_value(vm, exception);
}

}  // namespace

Value raise_numeric_error(VM& vm, const NumericError& error) {
  const ExceptionTypes& types = vm.exceptions();
  switch (error.kind) {
    case NumericErrorKind::ValueError:
      return raise(vm, types.ValueError, error.message);
    case NumericErrorKind::ZeroDivisionError:
      return raise(vm, types.ZeroDivisionError, error.message);
    case NumericErrorKind::OverflowError: {
      if (error.os_errno == 0) return raise(vm, types.OverflowError, error.message);
      Root<Str> message(vm.heap(), make_str(vm, error.message));
      Value arguments[] = {Value::from_small_int(error.os_errno), message.value()};
      return raise_with_arguments(vm, types.OverflowError, arguments);
    }
    case NumericErrorKind::MemoryError:
      return raise_with_arguments(vm, types.MemoryError, {});
  }
  return Value::null();
}

bool ordering_satisfies(std::partial_ordering ordering, CompareOp op) {
  switch (op) {
    case CompareOp::Less:
      return ordering < 0;
    case CompareOp::LessEqual:
      return ordering <= 0;
    case CompareOp::Equal:
      return ordering == 0;
    case CompareOp::NotEqual:
      return ordering != 0;
    case CompareOp::Greater:
      return ordering > 0;
    case CompareOp::GreaterEqual:
      return ordering >= 0;
  }
  return false;
}

// The low four bits of an address are always zero (objects are 16-byte
// aligned), so CPython rotates them to the top where they spoil nothing.
int64_t hash_identity(uint64_t identity) {
  auto hash = static_cast<int64_t>(std::rotr(identity, 4));
  return hash == -1 ? -2 : hash;
}

Value operand_not_read(VM& vm, OperandRead read) {
  return read == OperandRead::kFailed ? Value::null() : vm.not_implemented();
}

Value format_number(VM& vm, Value self, CallArgs args, std::string_view qualified_name,
                    NumberLayout layout) {
  if (!check_one_argument(vm, qualified_name, args)) return Value::null();
  Value spec = args.values[0];
  Type* type = vm.type_of(self);
  if (!is_subtype(vm.type_of(spec), vm.types().str)) {
    return raise(vm, vm.exceptions().TypeError,
                 "__format__() argument must be str, not " + to_utf8(vm.type_of(spec)->name));
  }
  auto* spec_text = static_cast<Str*>(spec.as_object());
  if (spec_text->length == 0) return str(vm, self);
  return value_or_raise(
      vm, layout(vm, self, to_utf8(spec_text), to_utf8(type->name)),
      [&](const std::string& text) { return Value::from_object(make_str(vm, text)); });
}

}  // namespace eddy::vm

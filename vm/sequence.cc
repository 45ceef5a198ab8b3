// The helpers sequence.h declares for list and tuple operators.
#include "vm/sequence.h"

#include <string>

#include "vm/exceptions.h"
#include "vm/slice.h"
#include "vm/str.h"

namespace eddy::vm {

bool repeat_count(VM& vm, Value count, int64_t& out) {
  if (count.is_small_int()) {
    out = count.as_small_int();
    return true;
  }
  if (!vm.type_of(count)->slots.index) return false;
  return index_as_int64(vm, count, out);
}

Value raise_cannot_multiply(VM& vm, Value count) {
  return raise(
      vm, vm.exceptions().TypeError,
      "can't multiply sequence by non-int of type '" + to_utf8(vm.type_of(count)->name) + "'");
}

bool is_builtin_sequence(VM& vm, Value value) {
  const BuiltinTypes& t = vm.types();
  Type* type = vm.type_of(value);
  for (Type* sequence : {t.str, t.list, t.tuple, t.bytes, t.bytearray}) {
    if (is_subtype(type, sequence)) return true;
  }
  return false;
}

// str, list and tuple name their own type even for a subclass; bytes and
// bytearray name both operands' types.
Value raise_cannot_concatenate(VM& vm, Value sequence, Value other) {
  const BuiltinTypes& t = vm.types();
  Type* type = vm.type_of(sequence);
  std::string other_name = to_utf8(vm.type_of(other)->name);
  for (Type* named : {t.str, t.list, t.tuple}) {
    if (!is_subtype(type, named)) continue;
    std::string name = to_utf8(named->name);
    return raise(vm, vm.exceptions().TypeError,
                 "can only concatenate " + name + " (not \"" + other_name + "\") to " + name);
  }
  return raise(vm, vm.exceptions().TypeError,
               "can't concat " + other_name + " to " + to_utf8(type->name));
}

bool search_bound(VM& vm, Value bound, int64_t length, int64_t& out) {
  if (!bound.is_small_int() && !vm.type_of(bound)->slots.index) {
    raise(vm, vm.exceptions().TypeError,
          "slice indices must be integers or have an __index__ method");
    return false;
  }
  if (!index_as_int64(vm, bound, out)) return false;
  if (out < 0) {
    out += length;
    if (out < 0) out = 0;
  }
  return true;
}

}  // namespace eddy::vm

// Reading path arguments (see path_argument.h).
#include "stdlib/path_argument.h"

#include <string>

#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// A str or bytes `value` as the path's bytes; false if it is neither.
bool read_text_or_bytes(VM& vm, Value value, PathArgument& out) {
  Type* type = vm.type_of(value);
  if (is_subtype(type, vm.types().str)) {
    out.path = to_utf8(static_cast<Str*>(value.as_object()));
    out.is_bytes = false;
    return true;
  }
  if (is_subtype(type, vm.types().bytes)) {
    out.path = std::string(static_cast<Bytes*>(value.as_object())->view());
    out.is_bytes = true;
    return true;
  }
  return false;
}

}  // namespace

bool path_argument(VM& vm, std::string_view function, Value value, PathArgument& out,
                   bool allow_fd) {
  out.original = value;
  std::string type_name = to_utf8(vm.type_of(value)->name);
  if (allow_fd && is_int(vm, value)) {
    std::optional<int64_t> fd = int_to_int64(vm, value);
    if (!fd || *fd < INT32_MIN || *fd > INT32_MAX) {
      raise(vm, vm.exceptions().OverflowError, "fd is greater than maximum");
      return false;
    }
    out.fd = static_cast<int>(*fd);
    return true;
  }
  if (!read_text_or_bytes(vm, value, out)) {
    Value converted = call_special_method(vm, value, vm.intern("__fspath__"), {});
    if (converted.is_null()) {
      if (!vm.has_exception()) {
        std::string message =
            function.empty() ? "expected str, bytes or os.PathLike object, not " + type_name
                             : std::string(function) + ": path should be string, bytes" +
                                   (allow_fd ? ", os.PathLike or integer" : " or os.PathLike") +
                                   ", not " + type_name;
        raise(vm, vm.exceptions().TypeError, message);
      }
      return false;
    }
    if (!read_text_or_bytes(vm, converted, out)) {
      raise(vm, vm.exceptions().TypeError,
            "expected " + type_name + ".__fspath__() to return str or bytes, not " +
                to_utf8(vm.type_of(converted)->name));
      return false;
    }
  }
  if (out.path.find('\0') != std::string::npos) {
    raise(vm, vm.exceptions().ValueError,
          function.empty() ? std::string("embedded null character")
                           : std::string(function) + ": embedded null character in path");
    return false;
  }
  return true;
}

}  // namespace eddy::stdlib

// OSError's constructor, attributes and str (see os_error.h).
#include "vm/os_error.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/int.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// The subclass OSError(errno, ...) creates instead of OSError itself, as
// CPython's errno map (PEP 3151); null for other errnos.
Type* subclass_for_errno(const ExceptionTypes& types, int64_t error_number) {
  switch (error_number) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return types.BlockingIOError;
    case ECHILD:
      return types.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return types.BrokenPipeError;
    case ECONNABORTED:
      return types.ConnectionAbortedError;
    case ECONNREFUSED:
      return types.ConnectionRefusedError;
    case ECONNRESET:
      return types.ConnectionResetError;
    case EEXIST:
      return types.FileExistsError;
    case ENOENT:
      return types.FileNotFoundError;
    case EISDIR:
      return types.IsADirectoryError;
    case ENOTDIR:
      return types.NotADirectoryError;
    case EINTR:
      return types.InterruptedError;
    case EACCES:
    case EPERM:
      return types.PermissionError;
    case ESRCH:
      return types.ProcessLookupError;
    case ETIMEDOUT:
      return types.TimeoutError;
    default:
      return nullptr;
  }
}

Value attribute(VM& vm, Value self, const char* name) {
  return get_attribute(vm, self, vm.intern(name));
}

// OSError(*args): with 2 to 5 arguments they are errno, strerror,
// filename, winerror (ignored here) and filename2, and `args` keeps only
// the first two when a filename is given. Other arities leave the four
// attributes None.
Value new_os_error(VM& vm, Type* type, CallArgs args) {
  const ExceptionTypes& types = vm.exceptions();
  bool has_details = args.nargs >= 2 && args.nargs <= 5;
  if (type == types.OSError && has_details && is_int(vm, args.values[0])) {
    std::optional<int64_t> error_number = int_to_int64(vm, args.values[0]);
    if (Type* subclass = error_number ? subclass_for_errno(types, *error_number) : nullptr) {
      type = subclass;
    }
  }
  Root<Object> exception(vm.heap(), types.BaseException->slots.new_instance(vm, type, args));
  if (exception.value().is_null()) return Value::null();
  Value none = vm.none();
  Value fields[4] = {none, none, none, none};  // errno, strerror, filename, filename2
  if (has_details) {
    fields[0] = args.values[0];
    fields[1] = args.values[1];
    if (args.nargs >= 3 && !args.values[2].is(none)) {
      fields[2] = args.values[2];
      if (args.nargs == 5) fields[3] = args.values[4];
      auto* e = static_cast<Exception*>(exception.get());
      e->args = make_tuple(vm, {args.values[0], args.values[1]});
    }
  }
  static constexpr const char* kNames[] = {"errno", "strerror", "filename", "filename2"};
  for (int i = 0; i < 4; ++i) {
    if (!set_attribute(vm, exception.value(), vm.intern(kNames[i]), fields[i])) {
      return Value::null();
    }
  }
  return exception.value();
}

std::string str_of(VM& vm, Value value) {
  Value text = str(vm, value);
  return text.is_null() ? std::string() : to_utf8(static_cast<Str*>(text.as_object()));
}

// "[Errno 2] No such file or directory: 'x'", "... : 'a' -> 'b'" with
// filename2, "[Errno 2] text" without a filename; otherwise as any
// exception.
Value os_error_str(VM& vm, Value self) {
  Root<Object> error_number(vm.heap(), attribute(vm, self, "errno"));
  Root<Object> strerror(vm.heap(), attribute(vm, self, "strerror"));
  Root<Object> filename(vm.heap(), attribute(vm, self, "filename"));
  Root<Object> filename2(vm.heap(), attribute(vm, self, "filename2"));
  if (error_number.value().is_null() || strerror.value().is_null() || filename.value().is_null() ||
      filename2.value().is_null()) {
    return Value::null();
  }
  Value none = vm.none();
  std::string text;
  if (!filename.value().is(none)) {
    text = "[Errno " + str_of(vm, error_number.value()) + "] " + str_of(vm, strerror.value()) +
           ": " + repr_utf8(vm, filename.value());
    if (!filename2.value().is(none)) text += " -> " + repr_utf8(vm, filename2.value());
  } else if (!error_number.value().is(none) && !strerror.value().is(none)) {
    text = "[Errno " + str_of(vm, error_number.value()) + "] " + str_of(vm, strerror.value());
  } else {
    return vm.exceptions().BaseException->slots.str(vm, self);
  }
  if (vm.has_exception()) return Value::null();
  return Value::from_object(make_str(vm, text));
}

}  // namespace

void init_os_error_types(VM&, ExceptionTypes& types) {
  // The attributes live in the exception's own dict.
  static const Exception sample{};
  auto dict_offset = static_cast<uint32_t>(reinterpret_cast<const char*>(&sample.dict) -
                                           reinterpret_cast<const char*>(&sample));
#define EXCEPTION(name, base)                      \
  if (is_subtype(types.name, types.OSError)) {     \
    types.name->slots.new_instance = new_os_error; \
    types.name->slots.str = os_error_str;          \
    types.name->dict_offset = dict_offset;         \
  }
#include "vm/exceptions.def"
}

Value raise_os_error(VM& vm, int error_number, Value filename, Value filename2) {
  Root<Object> first(vm.heap(), filename);
  Root<Object> second(vm.heap(), filename2);
  Root<Object> message(vm.heap(), Value::from_object(make_str(vm, std::strerror(error_number))));
  Value arguments[5] = {Value::from_small_int(error_number), message.value(), filename,
                        Value::from_small_int(0), filename2};
  size_t count = filename.is_null() ? 2 : filename2.is_null() ? 3 : 5;
  Root<Object> exception(vm.heap(), call(vm, Value::from_object(vm.exceptions().OSError),
                                         CallArgs{arguments, count, nullptr}));
  if (exception.value().is_null()) return Value::null();
  return raise_value(vm, exception.value());
}

}  // namespace eddy::vm

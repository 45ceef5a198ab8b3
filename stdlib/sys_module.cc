// The sys module: the interpreter's view of itself (argv, path, modules,
// the standard streams, version, recursion limit, the exception being
// handled). The import machinery it exposes lives in vm/import.cc.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "stdlib/file_object.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// sys.stdout, sys.stderr and sys.stdin: text streams over the C streams,
// so that they interleave correctly with print()'s own output.
struct StandardStream : Object {
  std::FILE* file;
  const char* name;  // "<stdout>", ...
  const char* mode;
};

StandardStream* as_stream(Value self) {
  return static_cast<StandardStream*>(self.as_object());
}

// write(s): writes the text and returns the number of characters written.
Value stream_write(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "write", args) || !check_positional(vm, "write", args, 1, 1)) {
    return Value::null();
  }
  Value text = args.values[0];
  if (vm.type_of(text) != vm.types().str && !is_subtype(vm.type_of(text), vm.types().str)) {
    return raise(vm, vm.exceptions().TypeError,
                 "write() argument must be str, not " + to_utf8(vm.type_of(text)->name));
  }
  std::string utf8 = to_utf8(static_cast<Str*>(text.as_object()));
  std::fwrite(utf8.data(), 1, utf8.size(), as_stream(self)->file);
  int64_t characters = 0;
  for (unsigned char byte : utf8)
    characters += (byte & 0xC0) != 0x80;
  return make_int(vm, characters);
}

Value stream_flush(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "flush", args, 0, 0)) return Value::null();
  std::fflush(as_stream(self)->file);
  return vm.none();
}

// readline(): one line including its '\n', or "" at end of input.
Value stream_readline(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "readline", args, 0, 0)) return Value::null();
  std::string line;
  if (!read_line(vm, as_stream(self)->file, line)) return Value::null();
  return Value::from_object(make_str(vm, line));
}

Value stream_fileno(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "fileno", args, 0, 0)) return Value::null();
  return make_int(vm, fileno(as_stream(self)->file));
}

Value stream_isatty(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "isatty", args, 0, 0)) return Value::null();
  return vm.boolean(false);
}

// readable() and writable(): what the stream's mode allows.
Value stream_readable(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "readable", args, 0, 0)) return Value::null();
  return vm.boolean(as_stream(self)->mode[0] == 'r');
}

Value stream_writable(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "writable", args, 0, 0)) return Value::null();
  return vm.boolean(as_stream(self)->mode[0] == 'w');
}

Value repr_stream(VM& vm, Value self) {
  StandardStream* stream = as_stream(self);
  return Value::from_object(make_str(vm, std::string("<_io.TextIOWrapper name='") + stream->name +
                                             "' mode='" + stream->mode + "' encoding='utf-8'>"));
}

constexpr NativeFunctionDef kStreamMethods[] = {
    {"write", stream_write},       {"flush", stream_flush},   {"readline", stream_readline},
    {"fileno", stream_fileno},     {"isatty", stream_isatty}, {"readable", stream_readable},
    {"writable", stream_writable},
};

constexpr GetSetDef kStreamFields[] = {
    {"encoding", [](VM& vm, Value) { return Value::from_object(vm.intern("utf-8")); }},
    {"name",
     [](VM& vm, Value self) { return Value::from_object(vm.intern(as_stream(self)->name)); }},
    {"mode",
     [](VM& vm, Value self) { return Value::from_object(vm.intern(as_stream(self)->mode)); }},
};

Value sys_exit(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "exit", args) || !check_positional(vm, "exit", args, 0, 1)) {
    return Value::null();
  }
  Root<Object> exception(vm.heap(), Value::null());
  if (args.nargs == 0) {
    exception.set(make_exception(vm, vm.exceptions().SystemExit));
  } else {
    // As PyErr_SetObject does, a tuple status is the exception's arguments.
    Value status = args.values[0];
    CallArgs arguments{&args.values[0], 1, nullptr};
    if (vm.type_of(status) == vm.types().tuple) {
      auto* tuple = static_cast<Tuple*>(status.as_object());
      arguments = CallArgs{tuple->items(), static_cast<size_t>(tuple->size), nullptr};
    }
    exception.set(call(vm, Value::from_object(vm.exceptions().SystemExit), arguments));
    if (exception.value().is_null()) return Value::null();
  }
  return raise_value(vm, exception.value());
}

Value sys_getrecursionlimit(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "getrecursionlimit", args, 0, 0)) return Value::null();
  return make_int(vm, vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "setrecursionlimit", args) ||
      !check_positional(vm, "setrecursionlimit", args, 1, 1)) {
    return Value::null();
  }
  Value given = args.values[0];
  if (!is_int(vm, given)) {
    return raise(
        vm, vm.exceptions().TypeError,
        "'" + to_utf8(vm.type_of(given)->name) + "' object cannot be interpreted as an integer");
  }
  std::optional<int64_t> limit = int_to_int64(vm, given);
  if (!limit || *limit > INT32_MAX) {
    return raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
  }
  if (*limit < 1) {
    return raise(vm, vm.exceptions().ValueError, "recursion limit must be greater or equal than 1");
  }
  if (*limit <= vm.call_depth) {
    return raise(vm, vm.exceptions().RecursionError,
                 "cannot set the recursion limit to " + std::to_string(*limit) +
                     " at the recursion depth " + std::to_string(vm.call_depth) +
                     ": the limit is too low");
  }
  vm.recursion_limit = static_cast<int>(*limit);
  return vm.none();
}

// exc_info(): (type, value, traceback) of the exception being handled, or
// three Nones outside an except block.
Value sys_exc_info(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "exc_info", args, 0, 0)) return Value::null();
  Value handled = vm.handled_exception();
  if (handled.is_null() || handled.is(vm.none())) {
    return Value::from_object(make_tuple(vm, {vm.none(), vm.none(), vm.none()}));
  }
  Value traceback = static_cast<Exception*>(handled.as_object())->traceback;
  if (traceback.is_null()) traceback = vm.none();
  return Value::from_object(
      make_tuple(vm, {Value::from_object(vm.type_of(handled)), handled, traceback}));
}

// exception(): the exception being handled, or None (new in 3.11).
Value sys_exception(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "exception", args, 0, 0)) return Value::null();
  Value handled = vm.handled_exception();
  return handled.is_null() ? vm.none() : handled;
}

// excepthook(type, value, traceback): prints the exception and its
// traceback to stderr, as an uncaught exception is printed. Event loops
// use it to report errors they cannot raise to anyone.
Value sys_excepthook(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "excepthook", args)) return Value::null();
  if (args.nargs != 3) {
    return raise(vm, vm.exceptions().TypeError,
                 "excepthook expected 3 arguments, got " + std::to_string(args.nargs));
  }
  Value value = args.values[1];
  if (!is_subtype(vm.type_of(value), vm.exceptions().BaseException)) {
    return raise(vm, vm.exceptions().TypeError,
                 "print_exception(): Exception expected for value, " +
                     to_utf8(vm.type_of(value)->name) + " found");
  }
  std::string text = format_exception(vm, value);
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  return vm.none();
}

Value sys_intern(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "intern", args, 1, 1)) return Value::null();
  Value text = args.values[0];
  if (vm.type_of(text) != vm.types().str) {
    return raise(vm, vm.exceptions().TypeError,
                 "intern() argument must be str, not " + to_utf8(vm.type_of(text)->name));
  }
  return Value::from_object(vm.intern(to_utf8(static_cast<Str*>(text.as_object()))));
}

// _getframe(depth=0): the frame object of the caller, or of the frame
// `depth` calls further out.
Value sys_getframe(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "_getframe", args, 0, 1)) return Value::null();
  int64_t depth = 0;
  if (args.nargs == 1) {
    if (!args.values[0].is_small_int()) {
      return raise(vm, vm.exceptions().TypeError,
                   "'" + to_utf8(vm.type_of(args.values[0])->name) +
                       "' object cannot be interpreted as an integer");
    }
    depth = args.values[0].as_small_int();
  }
  Frame* frame = vm.current_frame();
  for (; frame && depth > 0; --depth)
    frame = frame->previous;
  if (!frame) return raise(vm, vm.exceptions().ValueError, "call stack is not deep enough");
  return Value::from_object(frame_object_of(vm, frame));
}

// set_coroutine_origin_tracking_depth(depth): how many frames a new
// coroutine's cr_origin records (0: none, cr_origin is None).
Value sys_set_coroutine_origin_tracking_depth(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "set_coroutine_origin_tracking_depth", args, 1, 1)) {
    return Value::null();
  }
  Value given = index(vm, args.values[0]);
  if (given.is_null()) return given;
  std::optional<int64_t> depth = int_to_int64(vm, given);
  if (!depth) {
    return raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
  }
  if (*depth < 0) return raise(vm, vm.exceptions().ValueError, "depth must be >= 0");
  vm.coroutine_origin_tracking_depth =
      static_cast<int>(std::min<int64_t>(*depth, std::numeric_limits<int>::max()));
  return vm.none();
}

Value sys_get_coroutine_origin_tracking_depth(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "get_coroutine_origin_tracking_depth", args, 0, 0)) {
    return Value::null();
  }
  return Value::from_small_int(vm.coroutine_origin_tracking_depth);
}

Value sys_get_int_max_str_digits(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "get_int_max_str_digits", args, 0, 0)) return Value::null();
  return make_int(vm, vm.int_max_str_digits);
}

// set_int_max_str_digits(maxdigits): 0 lifts the limit; below 640 (CPython's
// threshold for the quadratic conversions) is refused.
Value sys_set_int_max_str_digits(VM& vm, Value, CallArgs args) {
  constexpr std::string_view kParameters[] = {"maxdigits"};
  Value given;
  if (!bind_arguments(vm, "set_int_max_str_digits", args, kParameters, 1, &given)) {
    return Value::null();
  }
  int64_t digits;
  if (!ssize_argument(vm, given, digits)) return Value::null();
  if (digits > INT32_MAX || digits < INT32_MIN) {
    return raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
  }
  if (digits != 0 && digits < 640) {
    return raise(vm, vm.exceptions().ValueError, "maxdigits must be 0 or larger than 640");
  }
  vm.int_max_str_digits = static_cast<int>(digits);
  return vm.none();
}

constexpr NativeFunctionDef kFunctions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"intern", sys_intern},
    {"excepthook", sys_excepthook},
    {"_getframe", sys_getframe},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth},
};

// The parts of sys that read better in Python: version_info is a named
// tuple (CPython's struct sequence); implementation and float_info are
// plain namespaces; displayhook; __excepthook__ is the original excepthook.
constexpr std::string_view kPythonPart = R"py(
__excepthook__ = excepthook

class version_info(tuple):
    __slots__ = ()
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % (self[0], self[1], self[2], self[3], self[4]))

version_info = version_info((3, 11, 7, "final", 0))

class _Implementation:
    name = "eddy"
    cache_tag = None
    version = version_info

implementation = _Implementation()
del _Implementation

class _FloatInfo:
    max = 1.7976931348623157e308
    min = 2.2250738585072014e-308
    epsilon = 2.220446049250313e-16
    dig = 15
    mant_dig = 53
    radix = 2

float_info = _FloatInfo()
del _FloatInfo

# What PRINT_EXPR calls for an expression statement compiled in 'single'
# mode: the repr goes to sys.stdout, and builtins._ keeps the value.
def displayhook(value):
    if value is None:
        return
    builtins = modules["builtins"]
    builtins._ = None
    text = repr(value)
    if stdout is None:
        raise RuntimeError("lost sys.stdout")
    stdout.write(text)
    stdout.write("\n")
    builtins._ = value

__displayhook__ = displayhook
)py";

Value make_stream(VM& vm, Type* type, std::FILE* file, const char* name, const char* mode) {
  auto* stream = static_cast<StandardStream*>(vm.heap().allocate(type, sizeof(StandardStream)));
  stream->file = file;
  stream->name = name;
  stream->mode = mode;
  return Value::from_object(stream);
}

Value str_value(VM& vm, std::string_view text) {
  return Value::from_object(make_str(vm, text));
}

Module* make_sys_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "sys", kFunctions));
  if (module.value().is_null()) return nullptr;

  Type* stream_type =
      vm.make_builtin_type("TextIOWrapper", vm.types().object, sizeof(StandardStream));
  stream_type->slots.repr = repr_stream;
  add_methods(vm, stream_type, kStreamMethods);
  add_getsets(vm, stream_type, kStreamFields);
  Root<Object> out(vm.heap(), make_stream(vm, stream_type, stdout, "<stdout>", "w"));
  Root<Object> err(vm.heap(), make_stream(vm, stream_type, stderr, "<stderr>", "w"));
  Root<Object> in(vm.heap(), make_stream(vm, stream_type, stdin, "<stdin>", "r"));

  Root<List> argv(vm.heap(), make_list(vm));
  for (const std::string& argument : vm.argv) {
    Root<Object> text(vm.heap(), str_value(vm, argument));
    if (!list_append(vm, argv.get(), text.value())) return nullptr;
  }

  Module* sys = module.get();
  bool ok = set_module_value(vm, sys, "argv", argv.value()) &&
            set_module_value(vm, sys, "path", Value::from_object(vm.module_search_path)) &&
            set_module_value(vm, sys, "modules", Value::from_object(vm.sys_modules)) &&
            set_module_value(vm, sys, "stdout", out.value()) &&
            set_module_value(vm, sys, "stderr", err.value()) &&
            set_module_value(vm, sys, "stdin", in.value()) &&
            set_module_value(vm, sys, "__stdout__", out.value()) &&
            set_module_value(vm, sys, "__stderr__", err.value()) &&
            set_module_value(vm, sys, "__stdin__", in.value()) &&
            set_module_value(vm, sys, "version", str_value(vm, "3.11.7 (Eddy)")) &&
            set_module_value(vm, sys, "platform", str_value(vm, "linux")) &&
            set_module_value(vm, sys, "byteorder", str_value(vm, "little")) &&
            set_module_value(vm, sys, "maxsize", make_int(vm, INT64_MAX)) &&
            set_module_value(vm, sys, "executable", str_value(vm, "")) &&
            set_module_value(vm, sys, "__builtins__", Value::from_object(vm.builtins())) &&
            add_asyncgen_hook_functions(vm, sys);
  if (!ok) return nullptr;
  return run_python_part(vm, sys, "<frozen sys>", kPythonPart) ? sys : nullptr;
}

}  // namespace

void register_sys_module() {
  register_native_module("sys", make_sys_module);
}

}  // namespace eddy::stdlib

// The builtin exception classes and raising from C++.
#include "vm/exceptions.h"

#include <cerrno>
#include <unordered_map>

#include "vm/class_builder.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Exception* as_exception(Value value) {
  return static_cast<Exception*>(value.as_object());
}

void trace_exception(Object* object, Tracer& tracer) {
  auto* exception = static_cast<Exception*>(object);
  tracer.visit(exception->args);
  tracer.visit(exception->traceback);
  tracer.visit(exception->cause);
  tracer.visit(exception->context);
  tracer.visit(exception->dict);
}

// BaseException.__new__: any arguments are accepted and kept in `args`.
Value new_exception(VM& vm, Type* type, CallArgs args) {
  Root<Tuple> arguments(vm.heap(), make_tuple(vm, std::span(args.values, args.nargs)));
  auto* exception = static_cast<Exception*>(vm.heap().allocate(type, type->instance_size));
  exception->args = arguments.get();
  exception->traceback = Value::null();
  exception->cause = Value::null();
  exception->context = Value::null();
  return Value::from_object(exception);
}

bool has_keywords(CallArgs args) {
  return args.kwnames && args.kwnames->size > 0;
}

// BaseException.__init__: the arguments replace `args`; keywords are an
// error ("ValueError() takes no keyword arguments").
bool init_exception(VM& vm, Value self, CallArgs args) {
  if (has_keywords(args)) {
    raise(vm, vm.exceptions().TypeError,
          to_utf8(vm.type_of(self)->name) + "() takes no keyword arguments");
    return false;
  }
  Tuple* arguments = make_tuple(vm, std::span(args.values, args.nargs));
  as_exception(self)->args = arguments;
  return true;
}

Value new_system_exit(VM& vm, Type* type, CallArgs args) {
  Value exception = new_exception(vm, type, args);
  if (exception.is_null()) return exception;
  static_cast<SystemExitObject*>(exception.as_object())->code = Value::null();
  return exception;
}

// SystemExit.code: None without arguments, the argument alone, or the
// whole tuple of them.
bool init_system_exit(VM& vm, Value self, CallArgs args) {
  if (!init_exception(vm, self, args)) return false;
  Tuple* arguments = as_exception(self)->args;
  static_cast<SystemExitObject*>(self.as_object())->code =
      arguments->size == 0   ? Value::null()
      : arguments->size == 1 ? (*arguments)[0]
                             : Value::from_object(arguments);
  return true;
}

OSErrorObject* as_os_error(Value value) {
  return static_cast<OSErrorObject*>(value.as_object());
}

// The OSError subclass CPython raises for an errno: OSError(2, ...) makes
// a FileNotFoundError.
Type* os_error_subclass_for(VM& vm, int64_t error_number) {
  const ExceptionTypes& e = vm.exceptions();
  switch (error_number) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
      return e.BlockingIOError;
    case ECHILD:
      return e.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return e.BrokenPipeError;
    case ECONNABORTED:
      return e.ConnectionAbortedError;
    case ECONNREFUSED:
      return e.ConnectionRefusedError;
    case ECONNRESET:
      return e.ConnectionResetError;
    case EEXIST:
      return e.FileExistsError;
    case ENOENT:
      return e.FileNotFoundError;
    case EISDIR:
      return e.IsADirectoryError;
    case ENOTDIR:
      return e.NotADirectoryError;
    case EINTR:
      return e.InterruptedError;
    case EACCES:
    case EPERM:
      return e.PermissionError;
    case ESRCH:
      return e.ProcessLookupError;
    case ETIMEDOUT:
      return e.TimeoutError;
    default:
      return nullptr;
  }
}

Value new_os_error(VM& vm, Type* type, CallArgs args);
bool init_os_error(VM& vm, Value self, CallArgs args);

// A class that overrides __init__ but not __new__ parses its arguments in
// __init__ (CPython's oserror_use_init); otherwise __new__ does.
bool os_error_uses_init(Type* type) {
  return type->slots.init != init_os_error && type->slots.new_instance == new_os_error;
}

// Fills the fields from (errno, strerror[, filename[, winerror[,
// filename2]]]); with a filename, `args` keeps only the first two.
bool parse_os_error_arguments(VM& vm, Value self, CallArgs args) {
  OSErrorObject* error = as_os_error(self);
  if (args.nargs < 2 || args.nargs > 5) return true;
  error->error_number = args.values[0];
  error->strerror = args.values[1];
  if (args.nargs >= 3 && !args.values[2].is(vm.none())) {
    error->filename = args.values[2];
    if (args.nargs == 5 && !args.values[4].is(vm.none())) error->filename2 = args.values[4];
    Tuple* first_two = make_tuple(vm, std::span(args.values, 2));
    as_os_error(self)->args = first_two;
  }
  return true;
}

Value new_os_error(VM& vm, Type* type, CallArgs args) {
  bool parse = !os_error_uses_init(type);
  if (parse) {
    if (has_keywords(args)) {
      return raise(vm, vm.exceptions().TypeError,
                   to_utf8(type->name) + "() takes no keyword arguments");
    }
    if (type == vm.exceptions().OSError && args.nargs >= 2 && args.values[0].is_small_int()) {
      if (Type* subclass = os_error_subclass_for(vm, args.values[0].as_small_int())) {
        type = subclass;
      }
    }
  }
  Root<Object> exception(vm.heap(), new_exception(vm, type, parse ? args : CallArgs{}));
  if (exception.value().is_null()) return Value::null();
  OSErrorObject* error = as_os_error(exception.value());
  error->error_number = error->strerror = error->filename = error->filename2 = Value::null();
  if (parse && !parse_os_error_arguments(vm, exception.value(), args)) return Value::null();
  return exception.value();
}

bool init_os_error(VM& vm, Value self, CallArgs args) {
  if (!os_error_uses_init(vm.type_of(self))) return true;
  return init_exception(vm, self, args) && parse_os_error_arguments(vm, self, args);
}

// str(e): '' for no arguments, str(arg) for one, str(args) for more.
Value exception_str(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 0) return Value::from_object(vm.intern(""));
  if (args->size == 1) return str(vm, (*args)[0]);
  return str(vm, Value::from_object(args));
}

// KeyError shows its key's repr: KeyError('a') prints as 'a'.
Value key_error_str(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 1) return repr(vm, (*args)[0]);
  return exception_str(vm, self);
}

// "[Errno 2] No such file or directory: 'x'" once errno and strerror
// (or a filename) are known, else as any exception. Unset fields print as
// None.
Value os_error_str(VM& vm, Value self) {
  OSErrorObject* error = as_os_error(self);
  bool has_filename = !error->filename.is_null();
  if (!has_filename && (error->error_number.is_null() || error->strerror.is_null())) {
    return exception_str(vm, self);
  }
  Root<Object> rooted(vm.heap(), self);
  std::string text;
  auto append = [&](std::string_view before, Value OSErrorObject::*field, bool as_repr) {
    Value value = as_os_error(rooted.value())->*field;
    if (value.is_null()) value = vm.none();
    Value shown = as_repr ? repr(vm, value) : str(vm, value);
    if (shown.is_null()) return false;
    text += before;
    text += to_utf8(static_cast<Str*>(shown.as_object()));
    return true;
  };
  bool ok = append("[Errno ", &OSErrorObject::error_number, false) &&
            append("] ", &OSErrorObject::strerror, false) &&
            (!has_filename || append(": ", &OSErrorObject::filename, true)) &&
            (!has_filename || as_os_error(rooted.value())->filename2.is_null() ||
             append(" -> ", &OSErrorObject::filename2, true));
  if (!ok) return Value::null();
  return Value::from_object(make_str(vm, text));
}

// repr(e): the class name and repr(args), without a trailing comma for a
// single argument: ValueError('x').
Value exception_repr(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  std::string text = to_utf8(vm.type_of(self)->name);
  if (args->size == 1) {
    std::string arg = repr_utf8(vm, (*args)[0]);
    if (vm.has_exception()) return Value::null();
    text += "(" + arg + ")";
  } else {
    std::string all = repr_utf8(vm, Value::from_object(args));
    if (vm.has_exception()) return Value::null();
    text += all;
  }
  return Value::from_object(make_str(vm, text));
}

// A link of the chain, or None when it is unset.
Value or_none(VM& vm, Value value) {
  return value.is_null() ? vm.none() : value;
}

Value get_args(VM&, Value self) {
  return Value::from_object(as_exception(self)->args);
}
Value get_traceback(VM& vm, Value self) {
  return or_none(vm, as_exception(self)->traceback);
}
Value get_cause(VM& vm, Value self) {
  return or_none(vm, as_exception(self)->cause);
}
Value get_context(VM& vm, Value self) {
  return or_none(vm, as_exception(self)->context);
}
Value get_suppress_context(VM& vm, Value self) {
  return vm.boolean(as_exception(self)->suppress_context);
}

bool refuse_deletion(VM& vm, Value value, std::string_view field) {
  if (!value.is_null()) return false;
  raise(vm, vm.exceptions().TypeError, std::string(field) + " may not be deleted");
  return true;
}

// e.args = iterable: stored as a tuple.
bool set_args(VM& vm, Value self, Value value) {
  if (refuse_deletion(vm, value, "args")) return false;
  Root<Object> rooted(vm.heap(), self);
  Value tuple = call(vm, Value::from_object(vm.types().tuple), {value});
  if (tuple.is_null()) return false;
  as_exception(rooted.value())->args = static_cast<Tuple*>(tuple.as_object());
  return true;
}

// A chain link: None (stored as null) or an exception instance.
bool set_link(VM& vm, Value value, std::string_view field, std::string_view what, Value& link) {
  if (refuse_deletion(vm, value, field)) return false;
  if (value.is(vm.none())) {
    link = Value::null();
    return true;
  }
  if (!is_subtype(vm.type_of(value), vm.exceptions().BaseException)) {
    raise(vm, vm.exceptions().TypeError,
          "exception " + std::string(what) + " must be None or derive from BaseException");
    return false;
  }
  link = value;
  return true;
}

// Setting __cause__ also sets __suppress_context__, as `raise ... from`.
bool set_cause(VM& vm, Value self, Value value) {
  Exception* e = as_exception(self);
  if (!set_link(vm, value, "__cause__", "cause", e->cause)) return false;
  e->suppress_context = true;
  return true;
}
bool set_context(VM& vm, Value self, Value value) {
  return set_link(vm, value, "__context__", "context", as_exception(self)->context);
}
bool set_traceback(VM& vm, Value self, Value value) {
  if (refuse_deletion(vm, value, "__traceback__")) return false;
  if (!value.is(vm.none()) && vm.type_of(value) != vm.types().traceback) {
    raise(vm, vm.exceptions().TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  as_exception(self)->traceback = value.is(vm.none()) ? Value::null() : value;
  return true;
}
bool set_suppress_context(VM& vm, Value self, Value value) {
  if (refuse_deletion(vm, value, "__suppress_context__")) return false;
  if (vm.type_of(value) != vm.types().bool_) {
    raise(vm, vm.exceptions().TypeError, "attribute value type must be bool");
    return false;
  }
  as_exception(self)->suppress_context = value.is(vm.boolean(true));
  return true;
}

constexpr GetSetDef kExceptionFields[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
};

constexpr GetSetDef kStopIterationFields[] = {{"value", stop_iteration_value}};

// The fields of SystemExit and OSError: read as None while unset, and
// writable (CPython's T_OBJECT members).
template <class Object, Value Object::*field>
Value get_field(VM& vm, Value self) {
  Value value = static_cast<Object*>(self.as_object())->*field;
  return value.is_null() ? vm.none() : value;
}
template <class Object, Value Object::*field>
bool set_field(VM&, Value self, Value value) {
  static_cast<Object*>(self.as_object())->*field = value;
  return true;
}
template <class Object, Value Object::*field>
constexpr GetSetDef field_def(std::string_view name) {
  return {name, get_field<Object, field>, set_field<Object, field>};
}

constexpr GetSetDef kSystemExitFields[] = {
    field_def<SystemExitObject, &SystemExitObject::code>("code")};

constexpr GetSetDef kOSErrorFields[] = {
    field_def<OSErrorObject, &OSErrorObject::error_number>("errno"),
    field_def<OSErrorObject, &OSErrorObject::strerror>("strerror"),
    field_def<OSErrorObject, &OSErrorObject::filename>("filename"),
    field_def<OSErrorObject, &OSErrorObject::filename2>("filename2"),
};

void trace_system_exit(Object* object, Tracer& tracer) {
  trace_exception(object, tracer);
  tracer.visit(static_cast<SystemExitObject*>(object)->code);
}

void trace_os_error(Object* object, Tracer& tracer) {
  trace_exception(object, tracer);
  auto* error = static_cast<OSErrorObject*>(object);
  tracer.visit(error->error_number);
  tracer.visit(error->strerror);
  tracer.visit(error->filename);
  tracer.visit(error->filename2);
}

}  // namespace

void init_exception_types(VM& vm, ExceptionTypes& types) {
  // exceptions.def lists each class after its base, so each base is found
  // by name among the classes made so far.
  std::unordered_map<std::string_view, Type*> made{{"object", vm.types().object}};
  // Every exception has a __dict__ for attributes set on it: Exception::dict.
  Exception sample{};
  auto dict_offset = static_cast<uint32_t>(reinterpret_cast<char*>(&sample.dict) -
                                           reinterpret_cast<char*>(&sample));
  auto make_class = [&](std::string_view name, std::string_view base) {
    Type* base_type = made.at(base);
    bool is_root = base_type == vm.types().object;
    Type* type = vm.make_builtin_type(name, base_type,
                                      is_root ? sizeof(Exception) : base_type->instance_size);
    type->gc.trace = is_root ? trace_exception : base_type->gc.trace;
    type->flags |= kTypeAcceptsSubclasses;
    type->slots.new_instance = is_root ? new_exception : base_type->slots.new_instance;
    type->slots.init = is_root ? init_exception : base_type->slots.init;
    type->slots.str = is_root ? exception_str : base_type->slots.str;
    type->dict_offset = dict_offset;
    // SystemExit and OSError lay out the extra fields their subclasses share.
    if (name == "SystemExit") {
      type->instance_size = sizeof(SystemExitObject);
      type->gc.trace = trace_system_exit;
      type->slots.new_instance = new_system_exit;
      type->slots.init = init_system_exit;
    } else if (name == "OSError") {
      type->instance_size = sizeof(OSErrorObject);
      type->gc.trace = trace_os_error;
      type->slots.new_instance = new_os_error;
      type->slots.init = init_os_error;
      type->slots.str = os_error_str;
    }
    type->slots.repr = exception_repr;
    type->slots.hash = vm.types().object->slots.hash;
    made[name] = type;
    return type;
  };
#define EXCEPTION(name, base) types.name = make_class(#name, #base);
#include "vm/exceptions.def"
  types.KeyError->slots.str = key_error_str;
  add_getsets(vm, types.BaseException, kExceptionFields);
  add_instance_dict_attribute(vm, types.BaseException);
  add_getsets(vm, types.StopIteration, kStopIterationFields);
  add_getsets(vm, types.SystemExit, kSystemExitFields);
  add_getsets(vm, types.OSError, kOSErrorFields);
}

Value make_exception(VM& vm, Type* type, std::string_view message) {
  Root<Str> text(vm.heap(), make_str(vm, message));
  Value argument = text.value();
  return type->slots.new_instance(vm, type, CallArgs{&argument, 1, nullptr});
}

Value stop_iteration_value(VM& vm, Value stop_iteration) {
  Tuple* args = as_exception(stop_iteration)->args;
  return args->size > 0 ? (*args)[0] : vm.none();
}

Value make_exception(VM& vm, Type* type) {
  return type->slots.new_instance(vm, type, CallArgs{nullptr, 0, nullptr});
}

Value raise(VM& vm, Type* type, std::string_view message) {
  Value exception = make_exception(vm, type, message);
  if (exception.is_null()) return Value::null();
  return raise_value(vm, exception);
}

// Implicit chaining: the exception being handled becomes the new one's
// __context__ — unless the new one is already in that context chain, which
// would make a cycle (CPython cuts the chain at that point).
Value raise_value(VM& vm, Value exception) {
  Value handled = vm.handled_exception();
  if (!handled.is_null() && !handled.is(exception)) {
    for (Value link = handled; link.is_object();) {
      Exception* e = as_exception(link);
      if (e->context.is(exception)) {
        e->context = Value::null();
        break;
      }
      link = e->context;
    }
    as_exception(exception)->context = handled;
  }
  vm.set_exception(exception);
  return Value::null();
}

namespace {

bool is_exception_instance(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.exceptions().BaseException);
}

bool is_exception_class(VM& vm, Value value) {
  return value.is_object() && vm.type_of(value) == vm.types().type &&
         is_subtype(static_cast<Type*>(value.as_object()), vm.exceptions().BaseException);
}

// `raise E` with a class: E() must produce an exception instance.
Value instantiate(VM& vm, Value exception_class) {
  Value instance = call(vm, exception_class, {});
  if (instance.is_null()) return instance;
  if (!is_exception_instance(vm, instance)) {
    return raise(vm, vm.exceptions().TypeError,
                 "calling " + repr_utf8(vm, exception_class) +
                     " should have returned an instance of BaseException, not " +
                     to_utf8(vm.type_of(instance)->name));
  }
  return instance;
}

}  // namespace

Value raise_from_bytecode(VM& vm, Value exception, Value cause) {
  if (exception.is_null()) {
    Value handled = vm.handled_exception();
    if (handled.is_null()) {
      return raise(vm, vm.exceptions().RuntimeError, "No active exception to reraise");
    }
    vm.set_exception(handled);
    return Value::null();
  }
  if (is_exception_class(vm, exception)) {
    exception = instantiate(vm, exception);
    if (exception.is_null()) return exception;
  } else if (!is_exception_instance(vm, exception)) {
    return raise(vm, vm.exceptions().TypeError, "exceptions must derive from BaseException");
  }
  Root<Object> rooted(vm.heap(), exception);
  if (!cause.is_null()) {
    if (is_exception_class(vm, cause)) {
      cause = instantiate(vm, cause);
      if (cause.is_null()) return cause;
    } else if (!cause.is(vm.none()) && !is_exception_instance(vm, cause)) {
      return raise(vm, vm.exceptions().TypeError,
                   "exception causes must derive from BaseException");
    }
    as_exception(exception)->cause = cause.is(vm.none()) ? Value::null() : cause;
    as_exception(exception)->suppress_context = true;
  }
  return raise_value(vm, exception);
}

}  // namespace eddy::vm

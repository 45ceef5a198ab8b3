// The builtin exception classes and raising from C++.
#include "vm/exceptions.h"

#include <unordered_map>

#include "vm/class_builder.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exception_group.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/os_error.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Exception* as_exception(Value value) {
  return static_cast<Exception*>(value.as_object());
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

// str(e): '' for no arguments, str(arg) for one, str(args) for more.
Value exception_str(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 0) return Value::from_object(vm.intern(""));
  if (args->size == 1) return str(vm, (*args)[0]);
  return str(vm, Value::from_object(args));
}

// str(e) of a SyntaxError with its details set (as the compiler's are):
// "msg (file, line N)", naming the file by its last path component, as
// CPython's SyntaxError_str does.
Value syntax_error_str(VM& vm, Value self) {
  Root<Object> message(vm.heap(), optional_attribute(vm, self, "msg"));
  if (message.value().is_null()) return exception_str(vm, self);
  Value filename = optional_attribute(vm, self, "filename");
  std::string file;
  bool has_file = !filename.is_null() && vm.type_of(filename) == vm.types().str;
  if (has_file) {
    file = to_utf8(static_cast<Str*>(filename.as_object()));
    file = file.substr(file.rfind('/') + 1);
  }
  Value line = optional_attribute(vm, self, "lineno");
  bool has_line = line.is_small_int();
  Value text = str(vm, message.value());
  if (text.is_null() || (!has_file && !has_line)) return text;
  std::string result = to_utf8(static_cast<Str*>(text.as_object())) + " (";
  if (has_file) result += file;
  if (has_file && has_line) result += ", ";
  if (has_line) result += "line " + std::to_string(line.as_small_int());
  return Value::from_object(make_str(vm, result + ")"));
}

// KeyError shows its key's repr: KeyError('a') prints as 'a'.
Value key_error_str(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 1) return repr(vm, (*args)[0]);
  return exception_str(vm, self);
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

// e.with_traceback(tb): sets __traceback__ and returns e.
Value exception_with_traceback(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "BaseException.with_traceback", args)) return Value::null();
  if (!set_traceback(vm, self, args.values[0])) return Value::null();
  return self;
}

// PEP 678: e.add_note(note) appends to the list e.__notes__, made on the
// first note; the excepthook prints the notes after the message.
Value exception_add_note(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "BaseException.add_note", args)) return Value::null();
  Value note = args.values[0];
  if (!is_subtype(vm.type_of(note), vm.types().str)) {
    return raise(vm, vm.exceptions().TypeError,
                 "note must be a str, not '" + to_utf8(vm.type_of(note)->name) + "'");
  }
  Str* name = vm.intern("__notes__");
  Value notes = get_attribute(vm, self, name);
  if (notes.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
      return Value::null();
    }
    vm.take_exception();
    notes = Value::from_object(make_list(vm));
    Root<Object> rooted(vm.heap(), notes);
    if (!set_attribute(vm, self, name, notes)) return Value::null();
    notes = get_attribute(vm, self, name);
    if (notes.is_null()) return Value::null();
  }
  if (vm.type_of(notes) != vm.types().list) {
    return raise(vm, vm.exceptions().TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (!list_append(vm, static_cast<List*>(notes.as_object()), note)) return Value::null();
  return vm.none();
}

constexpr NativeFunctionDef kExceptionMethods[] = {
    {"with_traceback", exception_with_traceback},
    {"add_note", exception_add_note},
};

constexpr GetSetDef kExceptionFields[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
};

constexpr GetSetDef kStopIterationFields[] = {{"value", stop_iteration_value}};

// SystemExit.code: None, the one argument, or the arguments' tuple.
Value system_exit_code(VM& vm, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 0) return vm.none();
  return args->size == 1 ? (*args)[0] : Value::from_object(args);
}
constexpr GetSetDef kSystemExitFields[] = {{"code", system_exit_code}};

}  // namespace

void trace_exception(Object* object, Tracer& tracer) {
  auto* exception = static_cast<Exception*>(object);
  tracer.visit(exception->args);
  tracer.visit(exception->traceback);
  tracer.visit(exception->cause);
  tracer.visit(exception->context);
  tracer.visit(exception->dict);
}

void init_exception_types(VM& vm, ExceptionTypes& types) {
  // exceptions.def lists each class after its base, so each base is found
  // by name among the classes made so far.
  std::unordered_map<std::string_view, Type*> made{{"object", vm.types().object}};
  // Measured on a sample: offsetof is not defined for a type with a base.
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
    type->dict_offset = dict_offset;
    type->slots.new_instance = new_exception;
    type->slots.init = init_exception;
    type->slots.str = exception_str;
    type->slots.repr = exception_repr;
    type->slots.hash = vm.types().object->slots.hash;
    made[name] = type;
    return type;
  };
#define EXCEPTION(name, base) types.name = make_class(#name, #base);
#include "vm/exceptions.def"
  types.KeyError->slots.str = key_error_str;
  for (Type* syntax_error : {types.SyntaxError, types.IndentationError, types.TabError}) {
    syntax_error->slots.str = syntax_error_str;
  }
  add_getsets(vm, types.BaseException, kExceptionFields);
  add_methods(vm, types.BaseException, kExceptionMethods);
  add_instance_dict_attribute(vm, types.BaseException);
  add_getsets(vm, types.StopIteration, kStopIterationFields);
  add_getsets(vm, types.SystemExit, kSystemExitFields);
  init_os_error_types(vm, types);
  init_exception_group_types(vm, types);
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

Value optional_attribute(VM& vm, Value object, const char* name) {
  Value value = get_attribute(vm, object, vm.intern(name));
  if (value.is_null()) vm.take_exception();
  return value;
}

Value raise(VM& vm, Type* type, std::string_view message) {
  Value exception = make_exception(vm, type, message);
  if (exception.is_null()) return Value::null();
  return raise_value(vm, exception);
}

// Implicit chaining: the exception being handled becomes the new one's
// __context__ — unless the new one is already in that context chain, which
// would make a cycle (CPython cuts the chain at that point). A chain that
// already loops (through assigned __context__s) is walked once round,
// found by a second pointer moving at half speed (Floyd's algorithm).
Value raise_value(VM& vm, Value exception) {
  Value handled = vm.handled_exception();
  if (!handled.is_null() && !handled.is(exception)) {
    Value slow = handled;
    bool move_slow = false;
    for (Value link = handled; link.is_object();) {
      Exception* e = as_exception(link);
      if (e->context.is(exception)) {
        e->context = Value::null();
        break;
      }
      link = e->context;
      if (link.is(slow)) break;
      if (move_slow) slow = as_exception(slow)->context;
      move_slow = !move_slow;
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

bool is_exception_class(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.types().type) &&
         is_subtype(static_cast<Type*>(value.as_object()), vm.exceptions().BaseException);
}

int exception_matches(VM& vm, Value exception, Value match) {
  auto refuse = [&] {
    raise(vm, vm.exceptions().TypeError,
          "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  };
  Type* type = vm.type_of(exception);
  if (vm.type_of(match) == vm.types().tuple) {
    auto* tuple = static_cast<Tuple*>(match.as_object());
    for (Value item : tuple->span()) {
      if (!is_exception_class(vm, item)) return refuse();
    }
    for (Value item : tuple->span()) {
      if (is_subtype(type, static_cast<Type*>(item.as_object()))) return 1;
    }
    return 0;
  }
  if (!is_exception_class(vm, match)) return refuse();
  return is_subtype(type, static_cast<Type*>(match.as_object()));
}

}  // namespace eddy::vm

// The builtins module: the functions and classes every program sees
// without importing anything (print, len, isinstance, int, ValueError...).
// This file assembles the namespace and owns the builtins about the
// program's surroundings (print, input, globals, locals, exit, quit) and
// the basic object queries (len, repr, hash, next, callable); the others
// live in number_builtins, iterable_builtins, builtin_iterators,
// async_iteration_builtins, object_builtins and eval_builtins.
#include "stdlib/builtins.h"

#include <cstdio>
#include <string>

#include "stdlib/async_iteration_builtins.h"
#include "stdlib/builtin_iterators.h"
#include "stdlib/eval_builtins.h"
#include "stdlib/file_object.h"
#include "stdlib/iterable_builtins.h"
#include "stdlib/keyword_arguments.h"
#include "stdlib/number_builtins.h"
#include "stdlib/object_builtins.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// str(value) for print: text that is already a str is used as is.
bool append_str(VM& vm, Value value, std::string& out) {
  Value text = str(vm, value);
  if (text.is_null()) return false;
  if (!is_subtype(vm.type_of(text), vm.types().str)) {
    raise(vm, vm.exceptions().TypeError,
          "__str__ returned non-string (type " + to_utf8(vm.type_of(text)->name) + ")");
    return false;
  }
  out += to_utf8(static_cast<Str*>(text.as_object()));
  return true;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Value builtin_print(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "print", args, {"sep", "end", "file", "flush"})) return Value::null();
  auto separator = [&](const char* name, const char* fallback, std::string& out) {
    Value given = keyword(args, vm.intern(name));
    if (given.is_null() || given.is(vm.none())) {
      out = fallback;
      return true;
    }
    if (vm.type_of(given) != vm.types().str) {
      raise(
          vm, vm.exceptions().TypeError,
          std::string(name) + " must be None or a string, not " + to_utf8(vm.type_of(given)->name));
      return false;
    }
    out = to_utf8(static_cast<Str*>(given.as_object()));
    return true;
  };
  std::string sep, end;
  if (!separator("sep", " ", sep) || !separator("end", "\n", end)) return Value::null();
  std::string out;
  for (size_t i = 0; i < args.nargs; ++i) {
    if (i > 0) out += sep;
    if (!append_str(vm, args.values[i], out)) return Value::null();
  }
  out += end;
  Value file = keyword(args, vm.intern("file"));
  if (file.is_null() || file.is(vm.none())) {
    std::fwrite(out.data(), 1, out.size(), stdout);
    Value flush = keyword(args, vm.intern("flush"));
    if (!flush.is_null() && truthy(vm, flush) == 1) std::fflush(stdout);
    return vm.none();
  }
  // Any object with a write() method will do, as in CPython.
  Root<Object> rooted_file(vm.heap(), file);
  Value write = get_attribute(vm, file, vm.intern("write"));
  if (write.is_null()) return write;
  Root<Object> rooted_write(vm.heap(), write);
  Root<Str> text(vm.heap(), make_str(vm, out));
  if (call(vm, write, {text.value()}).is_null()) return Value::null();
  return vm.none();
}

Value builtin_len(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "len", args)) return Value::null();
  int64_t n = length(vm, args.values[0]);
  if (n < 0) return Value::null();
  return Value::from_small_int(n);
}

Value builtin_repr(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "repr", args)) return Value::null();
  return repr(vm, args.values[0]);
}

Value builtin_hash(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "hash", args)) return Value::null();
  int64_t h = hash(vm, args.values[0]);
  if (h == -1 && vm.has_exception()) return Value::null();
  return make_int(vm, h);
}

Value builtin_next(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "next", args, 1, 2)) return Value::null();
  if (args.nargs == 1) return next_or_stop_iteration(vm, args.values[0]);
  Value item = next(vm, args.values[0]);
  if (!item.is_null()) return item;
  if (vm.has_exception()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) {
      return Value::null();
    }
    vm.take_exception();
  }
  return args.values[1];
}

Value builtin_callable(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "callable", args)) return Value::null();
  return vm.boolean(vm.type_of(args.values[0])->slots.call != nullptr);
}

// input(prompt=''): the prompt goes to stdout, the line comes from stdin
// without its newline; EOFError at the end of the input.
Value builtin_input(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "input", args, 0, 1)) {
    return Value::null();
  }
  if (args.nargs == 1) {
    std::string prompt;
    if (!append_str(vm, args.values[0], prompt)) return Value::null();
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
  }
  std::fflush(stdout);
  std::string line;
  if (!read_line(vm, stdin, line)) return Value::null();
  if (line.empty()) return raise(vm, vm.exceptions().EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return Value::from_object(make_str(vm, line));
}

Value builtin_globals(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "globals", args, 0, 0)) {
    return Value::null();
  }
  return Value::from_object(vm.current_frame()->globals);
}

// locals(): see frame_locals.
Value builtin_locals(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "locals", args, 0, 0)) {
    return Value::null();
  }
  return frame_locals(vm, vm.current_frame());
}

// exit and quit: CPython's site module makes them Quitter objects, whose
// repr tells an interactive user how to leave and whose call raises
// SystemExit(code).
struct Quitter : Object {
  Str* name;
};

void trace_quitter(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<Quitter*>(object)->name);
}

Value quitter_repr(VM& vm, Value self) {
  std::string name = to_utf8(static_cast<Quitter*>(self.as_object())->name);
  return Value::from_object(make_str(vm, "Use " + name + "() or Ctrl-D (i.e. EOF) to exit"));
}

Value quitter_call(VM& vm, Value self, CallArgs args) {
  std::string name = to_utf8(static_cast<Quitter*>(self.as_object())->name);
  if (!check_positional(vm, name, args, 0, 1)) {
    return Value::null();
  }
  Value exception = call(vm, Value::from_object(vm.exceptions().SystemExit),
                         CallArgs{args.values, args.nargs, nullptr});
  if (exception.is_null()) return exception;
  return raise_value(vm, exception);
}

void add_quitters(VM& vm, Dict* builtins) {
  Type* type = vm.make_builtin_type("Quitter", vm.types().object, sizeof(Quitter));
  type->gc.trace = trace_quitter;
  type->slots.repr = quitter_repr;
  type->slots.call = quitter_call;
  for (const char* name : {"exit", "quit"}) {
    Root<Str> rooted_name(vm.heap(), vm.intern(name));
    Root<Quitter> quitter(vm.heap(),
                          static_cast<Quitter*>(vm.heap().allocate(type, sizeof(Quitter))));
    quitter->name = rooted_name.get();
    dict_set_str(vm, builtins, rooted_name.get(), quitter.value());
  }
}

constexpr NativeFunctionDef kFunctions[] = {
    {"print", builtin_print,
     "Prints the values to a stream, or to sys.stdout by default.\n"
     "\n"
     "  sep\n"
     "    string inserted between values, default a space.\n"
     "  end\n"
     "    string appended after the last value, default a newline.\n"
     "  file\n"
     "    a file-like object (stream); defaults to the current sys.stdout.\n"
     "  flush\n"
     "    whether to forcibly flush the stream."},
    {"len", builtin_len, "Return the number of items in a container."},
    {"repr", builtin_repr,
     "Return the canonical string representation of the object.\n"
     "\n"
     "For many object types, including most builtins, eval(repr(obj)) == obj."},
    {"hash", builtin_hash,
     "Return the hash value for the given object.\n"
     "\n"
     "Two objects that compare equal must also have the same hash value, but the\n"
     "reverse is not necessarily true."},
    {"next", builtin_next,
     "next(iterator[, default])\n"
     "\n"
     "Return the next item from the iterator. If default is given and the iterator\n"
     "is exhausted, it is returned instead of raising StopIteration."},
    {"callable", builtin_callable,
     "Return whether the object is callable (i.e., some kind of function).\n"
     "\n"
     "Note that classes are callable, as are instances of classes with a\n"
     "__call__() method."},
    {"input", builtin_input},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
};

}  // namespace

Module* make_builtins_module(VM& vm) {
  Root<Module> module(vm.heap(), make_module(vm, vm.intern("builtins")));
  Dict* namespace_ = module->dict;
  for (std::span<const NativeFunctionDef> table :
       {std::span<const NativeFunctionDef>(kFunctions), object_builtin_functions(),
        number_builtin_functions(), iterable_builtin_functions(), eval_builtin_functions()}) {
    for (const NativeFunctionDef& def : table) {
      Value function = make_native_function(vm, &def, module.value());
      Root<Object> rooted(vm.heap(), function);
      dict_set_str(vm, namespace_, vm.intern(def.name), function);
    }
  }
  add_builtin_iterators(vm, namespace_);
  add_async_iteration_builtins(vm, namespace_);
  add_quitters(vm, namespace_);
  add_open(vm, namespace_);
  const BuiltinTypes& t = vm.types();
  for (Type* type :
       {t.object,    t.type,  t.int_,   t.bool_,    t.float_,      t.str,          t.tuple,
        t.list,      t.dict,  t.super_, t.property, t.classmethod, t.staticmethod, t.set,
        t.frozenset, t.range, t.slice,  t.bytes,    t.bytearray,   t.complex}) {
    dict_set_str(vm, namespace_, type->name, Value::from_object(type));
  }
#define EXCEPTION(name, base) \
  dict_set_str(vm, namespace_, vm.intern(#name), Value::from_object(vm.exceptions().name));
#include "vm/exceptions.def"
  // The names OSError absorbed in Python 3.3.
  for (const char* alias : {"IOError", "EnvironmentError"}) {
    dict_set_str(vm, namespace_, vm.intern(alias), Value::from_object(vm.exceptions().OSError));
  }
  dict_set_str(vm, namespace_, vm.intern("None"), vm.none());
  dict_set_str(vm, namespace_, vm.intern("Ellipsis"), vm.ellipsis());
  dict_set_str(vm, namespace_, vm.intern("NotImplemented"), vm.not_implemented());
  return module.get();
}

}  // namespace eddy::stdlib

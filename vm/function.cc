// Function and cell objects: creation, calling from C++, and the
// attributes Python code sees (__name__, __qualname__, __defaults__, ...).
// Any other attribute (f.calls = 0, __wrapped__) lives in the function's
// __dict__, which the generic attribute lookup finds through dict_offset.
#include "vm/function.h"

#include <cstdio>
#include <string>

#include "vm/code.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/interpreter.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

void trace_function(Object* object, Tracer& tracer) {
  auto* function = static_cast<Function*>(object);
  for (Object* field :
       {static_cast<Object*>(function->code), static_cast<Object*>(function->globals),
        static_cast<Object*>(function->builtins), static_cast<Object*>(function->defaults),
        static_cast<Object*>(function->kwdefaults), static_cast<Object*>(function->closure),
        static_cast<Object*>(function->name), static_cast<Object*>(function->qualname),
        static_cast<Object*>(function->dict), static_cast<Object*>(function->annotations)}) {
    tracer.visit(field);
  }
  tracer.visit(function->doc);
  tracer.visit(function->module);
}

void trace_cell(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<Cell*>(object)->contents);
}

Value call_python_function(VM& vm, Value self, CallArgs args) {
  return call_function(vm, static_cast<Function*>(self.as_object()), args);
}

Value repr_function(VM& vm, Value self) {
  auto* function = static_cast<Function*>(self.as_object());
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(function));
  return Value::from_object(
      make_str(vm, "<function " + to_utf8(function->qualname) + " at " + address + ">"));
}

Function* as_function(Value value) {
  return static_cast<Function*>(value.as_object());
}

Value or_none(VM& vm, Object* field) {
  return field ? Value::from_object(field) : vm.none();
}

// The setters of __name__ and __qualname__ accept only a str, as CPython's.
bool set_name_field(VM& vm, Value value, std::string_view attribute, Str*& field) {
  if (value.is_null() || !is_subtype(vm.type_of(value), vm.types().str)) {
    raise(vm, vm.exceptions().TypeError,
          std::string(attribute) + " must be set to a string object");
    return false;
  }
  field = static_cast<Str*>(value.as_object());
  return true;
}

// The setters of __defaults__, __kwdefaults__ and __annotations__: an
// object of `type`, or None (or deletion) for none.
template <class T>
bool set_optional_field(VM& vm, Value value, Type* type, std::string_view attribute,
                        std::string_view type_word, T*& field) {
  if (value.is_null() || value.is(vm.none())) {
    field = nullptr;
    return true;
  }
  if (!is_subtype(vm.type_of(value), type)) {
    raise(vm, vm.exceptions().TypeError,
          std::string(attribute) + " must be set to a " + std::string(type_word) + " object");
    return false;
  }
  field = static_cast<T*>(value.as_object());
  return true;
}

Value function_dict(VM& vm, Value self) {
  Root<Function> function(vm.heap(), self);
  if (!function->dict) {
    Dict* dict = make_dict(vm);
    function->dict = dict;
  }
  return Value::from_object(function->dict);
}

// __annotations__ reads as a dict, created empty on first access. As in
// CPython, MAKE_FUNCTION stores the annotations as a flat tuple (name,
// value, name, value...), which the first read turns into the dict.
Value function_annotations(VM& vm, Value self) {
  Root<Function> function(vm.heap(), self);
  Object* stored = function->annotations;
  if (stored && stored->type == vm.types().dict) return Value::from_object(stored);
  Root<Dict> annotations(vm.heap(), make_dict(vm));
  if (stored && stored->type == vm.types().tuple) {
    auto* pairs = static_cast<Tuple*>(stored);
    for (int64_t i = 0; i + 1 < pairs->size; i += 2) {
      if (!set_item(vm, annotations.value(), (*pairs)[i], (*pairs)[i + 1])) return Value::null();
    }
  }
  function->annotations = annotations.get();
  return annotations.value();
}

constexpr GetSetDef kFunctionAttributes[] = {
    {"__name__", [](VM&, Value self) { return Value::from_object(as_function(self)->name); },
     [](VM& vm, Value self, Value value) {
       return set_name_field(vm, value, "__name__", as_function(self)->name);
     }},
    {"__qualname__",
     [](VM&, Value self) { return Value::from_object(as_function(self)->qualname); },
     [](VM& vm, Value self, Value value) {
       return set_name_field(vm, value, "__qualname__", as_function(self)->qualname);
     }},
    {"__doc__", [](VM&, Value self) { return as_function(self)->doc; },
     [](VM& vm, Value self, Value value) {
       as_function(self)->doc = value.is_null() ? vm.none() : value;
       return true;
     }},
    {"__module__", [](VM&, Value self) { return as_function(self)->module; },
     [](VM& vm, Value self, Value value) {
       as_function(self)->module = value.is_null() ? vm.none() : value;
       return true;
     }},
    {"__defaults__", [](VM& vm, Value self) { return or_none(vm, as_function(self)->defaults); },
     [](VM& vm, Value self, Value value) {
       return set_optional_field(vm, value, vm.types().tuple, "__defaults__", "tuple",
                                 as_function(self)->defaults);
     }},
    {"__kwdefaults__",
     [](VM& vm, Value self) { return or_none(vm, as_function(self)->kwdefaults); },
     [](VM& vm, Value self, Value value) {
       return set_optional_field(vm, value, vm.types().dict, "__kwdefaults__", "dict",
                                 as_function(self)->kwdefaults);
     }},
    {"__annotations__", function_annotations,
     [](VM& vm, Value self, Value value) {
       return set_optional_field(vm, value, vm.types().dict, "__annotations__", "dict",
                                 as_function(self)->annotations);
     }},
    {"__code__", [](VM&, Value self) { return Value::from_object(as_function(self)->code); },
     [](VM& vm, Value self, Value value) {
       if (value.is_null() || vm.type_of(value) != vm.types().code) {
         raise(vm, vm.exceptions().TypeError, "__code__ must be set to a code object");
         return false;
       }
       auto* code = static_cast<Code*>(value.as_object());
       Function* function = as_function(self);
       int64_t needed = code->freevars->size;
       int64_t has = function->code->freevars->size;
       if (needed != has) {
         raise(vm, vm.exceptions().ValueError,
               to_utf8(function->name) + "() requires a code object with " + std::to_string(has) +
                   " free vars, not " + std::to_string(needed));
         return false;
       }
       function->code = code;
       return true;
     }},
    {"__globals__", [](VM&, Value self) { return Value::from_object(as_function(self)->globals); }},
    {"__builtins__",
     [](VM&, Value self) { return Value::from_object(as_function(self)->builtins); }},
    {"__closure__", [](VM& vm, Value self) { return or_none(vm, as_function(self)->closure); }},
    {"__dict__", function_dict},
};

// cell.cell_contents: ValueError while the variable is unbound; writable
// and deletable, as the variable itself.
Value get_cell_contents(VM& vm, Value self) {
  Value contents = static_cast<Cell*>(self.as_object())->contents;
  if (contents.is_null()) return raise(vm, vm.exceptions().ValueError, "Cell is empty");
  return contents;
}
bool set_cell_contents(VM&, Value self, Value value) {
  static_cast<Cell*>(self.as_object())->contents = value;
  return true;
}

constexpr GetSetDef kCellAttributes[] = {{"cell_contents", get_cell_contents, set_cell_contents}};

}  // namespace

Function* make_function(VM& vm, Code* code, Dict* globals) {
  Root<Code> rooted_code(vm.heap(), code);
  Root<Dict> rooted_globals(vm.heap(), globals);
  auto* function =
      static_cast<Function*>(vm.heap().allocate(vm.types().function, sizeof(Function)));
  function->code = code;
  function->globals = globals;
  function->builtins = vm.builtins();
  function->name = code->name;
  function->qualname = code->qualname;
  // As in CPython 3.11, a docstring is the code's first constant, and the
  // compiler puts None first in a function without one.
  Value first_constant = code->consts->size > 0 ? (*code->consts)[0] : Value::null();
  bool has_docstring = !first_constant.is_null() && vm.type_of(first_constant) == vm.types().str;
  function->doc = has_docstring ? first_constant : vm.none();
  Value module = dict_get_str(vm, globals, vm.intern("__name__"));
  function->module = module.is_null() ? vm.none() : module;
  return function;
}

Cell* make_cell(VM& vm, Value contents) {
  Root<Object> rooted(vm.heap(), contents);
  auto* cell = static_cast<Cell*>(vm.heap().allocate(vm.types().cell, sizeof(Cell)));
  cell->contents = rooted.value();
  return cell;
}

void init_function_types(VM& vm) {
  Type* function = vm.types().function;
  function->gc.trace = trace_function;
  function->slots.call = call_python_function;
  function->slots.repr = repr_function;
  // Measured on a sample: offsetof is not defined for a type with a base.
  Function sample{};
  function->dict_offset = static_cast<uint32_t>(reinterpret_cast<char*>(&sample.dict) -
                                                reinterpret_cast<char*>(&sample));
  add_getsets(vm, function, kFunctionAttributes);
  vm.types().cell->gc.trace = trace_cell;
  add_getsets(vm, vm.types().cell, kCellAttributes);
}

}  // namespace eddy::vm

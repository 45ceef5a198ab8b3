// The class statement and type(name, bases, namespace).
#include "vm/class_builder.h"

#include <algorithm>
#include <string>
#include <vector>

#include "vm/attributes.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/mappingproxy.h"
#include "vm/method.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Type* as_type(Value value) {
  return static_cast<Type*>(value.as_object());
}
std::string name_of(const Type* type) {
  return to_utf8(type->name);
}
std::string type_name(VM& vm, Value value) {
  return name_of(vm.type_of(value));
}
bool is_type(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.types().type);
}

Value type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

// ---------------------------------------------------------------------------
// The method resolution order.

// A type's MRO as a vector; builtin types made without one have the
// chain of their bases.
std::vector<Type*> mro_of(Type* type) {
  std::vector<Type*> classes;
  if (type->mro) {
    for (Value klass : type->mro->span())
      classes.push_back(as_type(klass));
  } else {
    for (Type* klass = type; klass; klass = klass->base)
      classes.push_back(klass);
  }
  return classes;
}

// Gives each builtin type made so far its __mro__ (the chain of its bases).
void set_builtin_mros(VM& vm) {
  for (Type* type : vm.builtin_types()) {
    if (type->mro) continue;
    std::vector<Value> classes;
    for (Type* klass : mro_of(type))
      classes.push_back(Value::from_object(klass));
    type->mro = vm::make_tuple(vm, std::span<const Value>(classes));
  }
}

// C3 linearization (the algorithm CPython has used since 2.3): the MRO of
// a class is the class followed by a merge of its bases' MROs and the list
// of bases itself. Each step takes the first head (the first element of a
// list) that appears in no list's tail, so that every class comes before
// its bases and the bases keep the order the class statement gave them.
// When no head qualifies the hierarchy has no consistent order.
Tuple* compute_mro(VM& vm, Type* type, Tuple* bases) {
  std::vector<std::vector<Type*>> sequences;
  for (int64_t i = 0; i < bases->size; ++i)
    sequences.push_back(mro_of(as_type((*bases)[i])));
  std::vector<Type*> listed;
  for (int64_t i = 0; i < bases->size; ++i)
    listed.push_back(as_type((*bases)[i]));
  sequences.push_back(std::move(listed));

  std::vector<Value> result{Value::from_object(type)};
  auto in_a_tail = [&](Type* candidate) {
    for (const auto& sequence : sequences) {
      for (size_t i = 1; i < sequence.size(); ++i) {
        if (sequence[i] == candidate) return true;
      }
    }
    return false;
  };
  for (;;) {
    Type* next = nullptr;
    bool remaining = false;
    for (const auto& sequence : sequences) {
      if (sequence.empty()) continue;
      remaining = true;
      if (!in_a_tail(sequence.front())) {
        next = sequence.front();
        break;
      }
    }
    if (!remaining) break;
    if (!next) {
      std::string names;
      std::vector<Type*> seen;
      for (const auto& sequence : sequences) {
        if (sequence.empty() ||
            std::find(seen.begin(), seen.end(), sequence.front()) != seen.end()) {
          continue;
        }
        seen.push_back(sequence.front());
        names += (names.empty() ? "" : ", ") + name_of(sequence.front());
      }
      type_error(vm,
                 "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      return nullptr;
    }
    result.push_back(Value::from_object(next));
    for (auto& sequence : sequences) {
      if (!sequence.empty() && sequence.front() == next) sequence.erase(sequence.begin());
    }
  }
  return vm::make_tuple(vm, std::span<const Value>(result));
}

// ---------------------------------------------------------------------------
// Instance layout.

// Whether a class adds fields to its base's layout. A class that only adds
// a __dict__ (every plain Python class) does not: instances of two such
// classes can share a subclass.
bool adds_fields(const Type* type) {
  if (!type->base) return true;
  uint32_t size = type->base->instance_size;
  if (type->dict_offset != 0 && type->base->dict_offset == 0) size += sizeof(Value);
  return type->instance_size != size;
}

// The most derived class along `type`'s bases whose layout differs from
// its own base's (CPython's solid_base).
const Type* solid_base(const Type* type) {
  while (type->base && !adds_fields(type))
    type = type->base;
  return type;
}

// The base whose layout the new class extends: the one with the most
// derived solid base. Two unrelated solid bases (int and str) cannot be
// combined.
Type* choose_layout_base(VM& vm, Tuple* bases) {
  Type* best = nullptr;
  const Type* best_solid = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* base = as_type((*bases)[i]);
    const Type* solid = solid_base(base);
    if (!best || is_subtype(solid, best_solid)) {
      if (!best || solid != best_solid) {
        best = base;
        best_solid = solid;
      }
    } else if (!is_subtype(best_solid, solid)) {
      type_error(vm, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

// The first builtin class along `type`'s bases: it owns the start of the
// instance layout, and knows how to trace it.
const Type* builtin_ancestor(const Type* type) {
  while (type->flags & kTypeIsHeapType)
    type = type->base;
  return type;
}

// The collector's view of an instance of a Python class: the builtin
// layout it extends, then the words the classes added — the __dict__
// pointer and __slots__ values.
void trace_instance(Object* object, Tracer& tracer) {
  Type* type = object->type;
  const Type* builtin = builtin_ancestor(type);
  if (builtin->gc.trace) builtin->gc.trace(object, tracer);
  size_t shift = variable_shift(object);
  for (uint32_t offset = builtin->instance_size; offset + sizeof(Value) <= type->instance_size;
       offset += sizeof(Value)) {
    if (offset == type->dict_offset) {
      tracer.visit(*reinterpret_cast<Object**>(reinterpret_cast<char*>(object) + offset + shift));
    } else {
      tracer.visit(load_slot_word(object, offset + shift));
    }
  }
}

Dict** instance_dict_slot(Value object) {
  return instance_dict_address(object.as_object());
}

Value get_instance_dict(VM& vm, Value self) {
  Root<Object> rooted(vm.heap(), self);
  Dict** slot = instance_dict_slot(self);
  if (!*slot) {
    Dict* dict = make_dict(vm);
    *instance_dict_slot(rooted.value()) = dict;
  }
  return Value::from_object(*instance_dict_slot(rooted.value()));
}

bool set_instance_dict(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    *instance_dict_slot(self) = nullptr;
    return true;
  }
  if (!is_subtype(vm.type_of(value), vm.types().dict)) {
    type_error(vm, "__dict__ must be set to a dictionary, not a '" + type_name(vm, value) + "'");
    return false;
  }
  *instance_dict_slot(self) = static_cast<Dict*>(value.as_object());
  return true;
}

constexpr GetSetDef kInstanceDictField[] = {{"__dict__", get_instance_dict, set_instance_dict}};

}  // namespace

void add_instance_dict_attribute(VM& vm, Type* type) {
  add_getsets(vm, type, kInstanceDictField);
}

namespace {

// "__x" in class A names "_A__x", as the compiler mangles private names.
Str* mangled(VM& vm, Type* type, Str* name) {
  std::string text = to_utf8(name);
  if (text.size() < 3 || text.compare(0, 2, "__") != 0 ||
      text.compare(text.size() - 2, 2, "__") == 0) {
    return name;
  }
  std::string klass = to_utf8(type->name);
  klass.erase(0, klass.find_first_not_of('_'));
  if (klass.empty()) return name;
  return vm.intern("_" + klass + text);
}

// Lays out instances of the new class: after the base's fields, a word
// per __slots__ name, and a __dict__ unless __slots__ leaves it out.
bool lay_out_instances(VM& vm, Type* type) {
  Type* base = type->base;
  uint32_t size = (base->instance_size + sizeof(Value) - 1) / sizeof(Value) * sizeof(Value);
  bool wants_dict = true;
  Value slots = dict_get_str(vm, type->dict, vm.intern("__slots__"));
  std::vector<Str*> slot_names;
  if (!slots.is_null()) {
    wants_dict = false;
    Root<Object> iterable(vm.heap(), slots);
    if (vm.type_of(slots) == vm.types().str) {
      slot_names.push_back(static_cast<Str*>(slots.as_object()));
    } else {
      Root<Object> iterator(vm.heap(), get_iterator(vm, slots));
      if (iterator.value().is_null()) return false;
      Root<List> names(vm.heap(), make_list(vm));
      for (;;) {
        Value name = next(vm, iterator.value());
        if (name.is_null()) break;
        if (vm.type_of(name) != vm.types().str) {
          type_error(vm, "__slots__ items must be strings, not '" + type_name(vm, name) + "'");
          return false;
        }
        list_append(vm, names.get(), name);
      }
      if (vm.has_exception()) return false;
      for (Value name : names->span())
        slot_names.push_back(static_cast<Str*>(name.as_object()));
    }
  }
  type->variable_size = base->variable_size;
  for (Str* name : slot_names) {
    std::string text = to_utf8(name);
    if (text == "__dict__") {
      wants_dict = true;
      continue;
    }
    if (text == "__weakref__") continue;
    // CPython's int, tuple and bytes keep their items inline (tp_itemsize),
    // which rules out slots in their subclasses.
    const BuiltinTypes& t = vm.types();
    if (is_subtype(base, t.int_) || is_subtype(base, t.tuple) || is_subtype(base, t.bytes)) {
      type_error(vm, "nonempty __slots__ not supported for subtype of '" +
                         to_utf8(builtin_ancestor(base)->name) + "'");
      return false;
    }
    Str* attribute = mangled(vm, type, vm.intern(text));
    if (!dict_get_str(vm, type->dict, attribute).is_null()) {
      raise(vm, vm.exceptions().ValueError,
            "'" + text + "' in __slots__ conflicts with class variable");
      return false;
    }
    Root<Object> member(vm.heap(), make_member_descriptor(vm, type, attribute, size));
    if (!dict_set_str(vm, type->dict, attribute, member.value())) return false;
    size += sizeof(Value);
  }
  type->dict_offset = base->dict_offset;
  if (wants_dict && base->dict_offset == 0) {
    type->dict_offset = size;
    size += sizeof(Value);
    add_instance_dict_attribute(vm, type);
  }
  type->instance_size = size;
  return true;
}

// ---------------------------------------------------------------------------
// Creating the class object.

// The most derived of `metatype` and the metaclasses of `bases`, which
// must form a chain: every other one is a base of the winner.
Type* most_derived_metaclass(VM& vm, Type* metatype, Tuple* bases) {
  Type* winner = metatype;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* base_meta = vm.type_of((*bases)[i]);
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    type_error(vm,
               "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
               "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

bool check_bases(VM& vm, Tuple* bases) {
  for (int64_t i = 0; i < bases->size; ++i) {
    Value base = (*bases)[i];
    if (!is_type(vm, base)) {
      type_error(vm, "bases must be types");
      return false;
    }
    if (!(as_type(base)->flags & kTypeAcceptsSubclasses)) {
      type_error(vm, "type '" + name_of(as_type(base)) + "' is not an acceptable base type");
      return false;
    }
    for (int64_t j = 0; j < i; ++j) {
      if ((*bases)[j].is(base)) {
        type_error(vm, "duplicate base class " + name_of(as_type(base)));
        return false;
      }
    }
  }
  return true;
}

// Wraps the namespace entry `name` in `wrapper_type` if it is a plain
// function: __new__ is implicitly a staticmethod, __init_subclass__ and
// __class_getitem__ classmethods.
void wrap_implicit_method(VM& vm, Type* type, const char* name, Type* wrapper_type) {
  Str* key = vm.intern(name);
  Value found = dict_get_str(vm, type->dict, key);
  if (found.is_null() || vm.type_of(found) != vm.types().function) return;
  Root<Object> wrapped(vm.heap(), make_class_method(vm, wrapper_type, found));
  dict_set_str(vm, type->dict, key, wrapped.value());
}

// The namespace entries type.__new__ consumes or fills in: __qualname__
// becomes the type's own field, __module__ defaults to the caller's
// module, __doc__ to None, and a class that defines __eq__ without
// __hash__ gets `__hash__ = None`: instances that compare equal must hash
// equal, and the inherited identity hash would break that promise, so the
// class is made unhashable unless it says how to hash.
bool fill_namespace(VM& vm, Type* type) {
  Dict* dict = type->dict;
  Str* qualname_key = vm.intern("__qualname__");
  Value qualname = dict_get_str(vm, dict, qualname_key);
  type->qualname = type->name;
  if (!qualname.is_null()) {
    if (vm.type_of(qualname) != vm.types().str) {
      type_error(vm, "type __qualname__ must be a str, not " + type_name(vm, qualname));
      return false;
    }
    type->qualname = static_cast<Str*>(qualname.as_object());
    if (dict_delete(vm, dict, Value::from_object(qualname_key)) < 0) return false;
  }
  Str* module_key = vm.intern("__module__");
  if (dict_get_str(vm, dict, module_key).is_null()) {
    Frame* frame = vm.current_frame();
    Value module = frame ? dict_get_str(vm, frame->globals, vm.intern("__name__")) : Value::null();
    if (!module.is_null() && !dict_set_str(vm, dict, module_key, module)) return false;
  }
  Str* doc_key = vm.intern("__doc__");
  if (dict_get_str(vm, dict, doc_key).is_null() && !dict_set_str(vm, dict, doc_key, vm.none())) {
    return false;
  }
  if (!dict_get_str(vm, dict, vm.intern("__eq__")).is_null() &&
      dict_get_str(vm, dict, vm.intern("__hash__")).is_null() &&
      !dict_set_str(vm, dict, vm.intern("__hash__"), vm.none())) {
    return false;
  }
  wrap_implicit_method(vm, type, "__new__", vm.types().staticmethod);
  wrap_implicit_method(vm, type, "__init_subclass__", vm.types().classmethod);
  wrap_implicit_method(vm, type, "__class_getitem__", vm.types().classmethod);
  return true;
}

// The class body stored its __class__ cell as __classcell__: the cell now
// gets the class, for zero-argument super() and __class__ in methods.
bool fill_class_cell(VM& vm, Type* type) {
  Str* key = vm.intern("__classcell__");
  Value cell = dict_get_str(vm, type->dict, key);
  if (cell.is_null()) return true;
  if (vm.type_of(cell) != vm.types().cell) {
    type_error(vm, "__classcell__ must be a nonlocal cell, not " +
                       repr_utf8(vm, Value::from_object(vm.type_of(cell))));
    return false;
  }
  static_cast<Cell*>(cell.as_object())->contents = Value::from_object(type);
  return dict_delete(vm, type->dict, Value::from_object(key)) >= 0;
}

// Each attribute whose type has __set_name__ learns its owner and name
// (descriptors such as property use it). An error is reported as 3.11
// does, as a RuntimeError caused by the original.
bool call_set_name_hooks(VM& vm, Type* type) {
  Root<Type> rooted(vm.heap(), type);
  Root<Dict> snapshot(vm.heap(), make_dict(vm));
  int64_t position = 0;
  Value key, value;
  while (dict_next(type->dict, position, &key, &value)) {
    if (!dict_set(vm, snapshot.get(), key, value)) return false;
  }
  position = 0;
  while (dict_next(snapshot.get(), position, &key, &value)) {
    Value arguments[] = {Value::from_object(rooted.get()), key};
    Value result = call_special_method(vm, value, vm.intern("__set_name__"), arguments);
    if (!result.is_null()) continue;
    if (!vm.has_exception()) continue;
    Root<Object> cause(vm.heap(), vm.take_exception());
    raise(vm, vm.exceptions().RuntimeError,
          "Error calling __set_name__ on '" + type_name(vm, value) + "' instance " +
              repr_utf8(vm, key) + " in '" + name_of(rooted.get()) + "'");
    auto* error = static_cast<Exception*>(vm.current_exception().as_object());
    error->cause = cause.value();
    error->suppress_context = true;
    return false;
  }
  return true;
}

// super(type, type).__init_subclass__(**kwds): the parents hear of the
// new class.
bool call_init_subclass(VM& vm, Type* type, CallArgs keywords) {
  Value hook = super_lookup(vm, type, Value::from_object(type), vm.intern("__init_subclass__"));
  if (hook.is_null()) return !vm.has_exception();
  Root<Object> rooted(vm.heap(), hook);
  return !call(vm, hook, keywords).is_null();
}

Dict* copy_dict(VM& vm, Dict* source) {
  Root<Dict> rooted_source(vm.heap(), source);
  Root<Dict> copy(vm.heap(), make_dict(vm));
  int64_t position = 0;
  Value key, value;
  while (dict_next(rooted_source.get(), position, &key, &value)) {
    if (!dict_set(vm, copy.get(), key, value)) return nullptr;
  }
  return copy.get();
}

// type.__init__ only checks its arguments; type.__new__ did the work.
bool init_type(VM& vm, Value, CallArgs args) {
  if (args.nargs != 1 && args.nargs != 3) {
    type_error(vm, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

Value new_type(VM& vm, Type* metatype, CallArgs args) {
  return make_class(vm, metatype, args);
}

// ---------------------------------------------------------------------------
// Attributes of type and object.

// C.x = v on a class: stored in the class's namespace — and if x is a
// dunder, the class (its slots) must now behave differently.
bool set_type_attribute(VM& vm, Value self, Str* name, Value value) {
  Type* type = as_type(self);
  Value meta_attribute = lookup_in_mro(vm, vm.type_of(self), name);
  if (!meta_attribute.is_null()) {
    if (auto set = vm.type_of(meta_attribute)->slots.descr_set) {
      return set(vm, meta_attribute, self, value);
    }
  }
  if (!(type->flags & kTypeIsHeapType)) {
    type_error(vm, "cannot set '" + to_utf8(name) + "' attribute of immutable type '" +
                       name_of(type) + "'");
    return false;
  }
  if (value.is_null()) {
    int deleted = dict_delete(vm, type->dict, Value::from_object(name));
    if (deleted == 0) {
      raise(vm, vm.exceptions().AttributeError,
            "type object '" + name_of(type) + "' has no attribute '" + to_utf8(name) + "'");
    }
    if (deleted != 1) return false;
  } else if (!dict_set_str(vm, type->dict, name, value)) {
    return false;
  }
  std::string text = to_utf8(name);
  if (text.size() > 4 && text.starts_with("__") && text.ends_with("__")) update_slots(vm, type);
  return true;
}

Value type_name_field(VM&, Value self) {
  return Value::from_object(as_type(self)->name);
}

bool set_name_field(VM& vm, Value self, Value value, Str* Type::*field, const char* attribute) {
  Type* type = as_type(self);
  if (!(type->flags & kTypeIsHeapType)) {
    type_error(vm, "cannot set '" + std::string(attribute) + "' attribute of immutable type '" +
                       name_of(type) + "'");
    return false;
  }
  if (value.is_null() || vm.type_of(value) != vm.types().str) {
    type_error(vm, "can only assign string to " + name_of(type) + "." + attribute + ", not '" +
                       (value.is_null() ? std::string("NoneType") : type_name(vm, value)) + "'");
    return false;
  }
  type->*field = static_cast<Str*>(value.as_object());
  return true;
}

Value type_module_field(VM& vm, Value self) {
  Type* type = as_type(self);
  Value module = dict_get_str(vm, type->dict, vm.intern("__module__"));
  if (!module.is_null()) return module;
  if (type->flags & kTypeIsHeapType) return raise(vm, vm.exceptions().AttributeError, "__module__");
  return Value::from_object(vm.intern("builtins"));
}

// C.__abstractmethods__ lives in C's own namespace (not inherited), and
// setting it marks the class abstract when the value is true: object's
// __new__ then refuses to make instances (ABCMeta sets it on each class).
Value get_abstract_methods(VM& vm, Value self) {
  Type* type = as_type(self);
  Value found = type == vm.types().type
                    ? Value::null()
                    : dict_get_str(vm, type->dict, vm.intern("__abstractmethods__"));
  if (found.is_null()) return raise(vm, vm.exceptions().AttributeError, "__abstractmethods__");
  return found;
}

bool set_abstract_methods(VM& vm, Value self, Value value) {
  Type* type = as_type(self);
  Str* key = vm.intern("__abstractmethods__");
  bool abstract = false;
  if (value.is_null()) {
    int deleted = dict_delete(vm, type->dict, Value::from_object(key));
    if (deleted == 0) raise(vm, vm.exceptions().AttributeError, "__abstractmethods__");
    if (deleted != 1) return false;
  } else {
    Root<Object> rooted(vm.heap(), value);
    int truth = truthy(vm, value);
    if (truth < 0) return false;
    abstract = truth;
    if (!dict_set_str(vm, type->dict, key, value)) return false;
  }
  type->flags = abstract ? type->flags | kTypeIsAbstract : type->flags & ~kTypeIsAbstract;
  return true;
}

constexpr GetSetDef kTypeFields[] = {
    {"__abstractmethods__", get_abstract_methods, set_abstract_methods},
    {"__name__", type_name_field,
     [](VM& vm, Value self, Value value) {
       return set_name_field(vm, self, value, &Type::name, "__name__");
     }},
    {"__qualname__", [](VM&, Value self) { return Value::from_object(as_type(self)->qualname); },
     [](VM& vm, Value self, Value value) {
       return set_name_field(vm, self, value, &Type::qualname, "__qualname__");
     }},
    {"__module__", type_module_field,
     [](VM& vm, Value self, Value value) {
       if (value.is_null()) return set_type_attribute(vm, self, vm.intern("__module__"), value);
       return dict_set_str(vm, as_type(self)->dict, vm.intern("__module__"), value);
     }},
    {"__bases__",
     [](VM& vm, Value self) {
       Tuple* bases = as_type(self)->bases;
       if (bases) return Value::from_object(bases);
       Type* base = as_type(self)->base;
       if (!base) return Value::from_object(empty_tuple(vm));
       return Value::from_object(make_tuple(vm, {Value::from_object(base)}));
     }},
    {"__base__",
     [](VM& vm, Value self) {
       Type* base = as_type(self)->base;
       return base ? Value::from_object(base) : vm.none();
     }},
    {"__mro__",
     [](VM& vm, Value self) {
       // A builtin type made after start-up (by a stdlib module) gets its
       // MRO here, when first asked.
       if (!as_type(self)->mro) set_builtin_mros(vm);
       Tuple* mro = as_type(self)->mro;
       return mro ? Value::from_object(mro) : vm.none();
     }},
    {"__dict__",
     [](VM& vm, Value self) {
       return make_mappingproxy(vm, Value::from_object(as_type(self)->dict));
     }},
};

// C.mro(): the MRO as a list.
Value type_mro(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "mro", args, 0, 0)) return Value::null();
  Tuple* mro = as_type(self)->mro;
  if (!mro) return Value::from_object(make_list(vm, {&self, 1}));
  return Value::from_object(make_list(vm, mro->span()));
}

// C.__instancecheck__(x) and C.__subclasscheck__(D): the MRO's answer,
// which a metaclass overriding them can still ask through super().
Value type_instancecheck(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__instancecheck__", args, 1, 1)) return Value::null();
  return vm.boolean(is_subtype(vm.type_of(args.values[0]), as_type(self)));
}

Value type_subclasscheck(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__subclasscheck__", args, 1, 1)) return Value::null();
  if (!is_type(vm, args.values[0])) return type_error(vm, "issubclass() arg 1 must be a class");
  return vm.boolean(is_subtype(as_type(args.values[0]), as_type(self)));
}

constexpr NativeFunctionDef kTypeMethods[] = {{"mro", type_mro},
                                              {"__instancecheck__", type_instancecheck},
                                              {"__subclasscheck__", type_subclasscheck}};

Value object_class_field(VM& vm, Value self) {
  return Value::from_object(vm.type_of(self));
}

// obj.__class__ = C: allowed between Python classes whose instances have
// the same layout, as CPython's compatible_for_assignment.
bool set_object_class(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    type_error(vm, "can't delete __class__ attribute");
    return false;
  }
  if (!is_type(vm, value)) {
    type_error(vm, "__class__ must be set to a class, not '" + type_name(vm, value) + "' object");
    return false;
  }
  Type* old_type = vm.type_of(self);
  Type* new_type = as_type(value);
  bool both_heap = (old_type->flags & kTypeIsHeapType) && (new_type->flags & kTypeIsHeapType);
  if (!both_heap) {
    type_error(vm,
               "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (old_type->instance_size != new_type->instance_size ||
      old_type->dict_offset != new_type->dict_offset ||
      builtin_ancestor(old_type) != builtin_ancestor(new_type)) {
    type_error(vm, "__class__ assignment: '" + name_of(new_type) +
                       "' object layout differs from '" + name_of(old_type) + "'");
    return false;
  }
  self.as_object()->type = new_type;
  return true;
}

constexpr GetSetDef kObjectFields[] = {{"__class__", object_class_field, set_object_class}};

// object.__init_subclass__(): the default hook, which takes no arguments.
Value object_init_subclass(VM& vm, Value, CallArgs args) {
  if (args.nargs > 1 || (args.kwnames && args.kwnames->size > 0)) {
    std::string name = args.nargs > 0 && is_type(vm, args.values[0])
                           ? to_utf8(as_type(args.values[0])->qualname)
                           : std::string("object");
    return type_error(vm, name + ".__init_subclass__() takes no keyword arguments");
  }
  return vm.none();
}

constexpr NativeFunctionDef kObjectInitSubclass{"__init_subclass__", object_init_subclass};

// object.__subclasshook__(): NotImplemented, leaving the answer of an ABC's
// issubclass to its registry and the MRO.
Value object_subclasshook(VM& vm, Value, CallArgs) {
  return vm.not_implemented();
}

constexpr NativeFunctionDef kObjectSubclasshook{"__subclasshook__", object_subclasshook};

// type.__prepare__(name, bases, **kwds): the namespace of a class body, a
// fresh dict whatever the arguments.
Value type_prepare(VM& vm, Value, CallArgs) {
  return Value::from_object(make_dict(vm));
}

constexpr NativeFunctionDef kTypePrepare{"__prepare__", type_prepare};

// Stores `def` in `type`'s namespace as a classmethod.
void add_class_method(VM& vm, Type* type, const NativeFunctionDef* def) {
  Root<Object> function(vm.heap(), make_native_function(vm, def, Value::null()));
  Root<Object> method(vm.heap(), make_class_method(vm, vm.types().classmethod, function.value()));
  dict_set_str(vm, type->dict, vm.intern(std::string(def->name)), method.value());
}

// The types CPython lets Python classes derive from, among those made at
// start-up (the rest — bool, NoneType, function... — are final).
void allow_subclassing(VM& vm) {
  const BuiltinTypes& t = vm.types();
  for (Type* type : {t.type, t.object, t.int_, t.float_, t.str, t.tuple, t.list, t.dict, t.set,
                     t.frozenset, t.bytes, t.bytearray}) {
    if (type) type->flags |= kTypeAcceptsSubclasses;
  }
}

// The __mro_entries__ method of a base that is not a class, or null in
// *entries when it has none; false on an error other than AttributeError.
bool find_mro_entries(VM& vm, Value base, Value* entries) {
  *entries = Value::null();
  if (is_type(vm, base)) return true;
  *entries = get_attribute(vm, base, vm.intern("__mro_entries__"));
  if (!entries->is_null()) return true;
  if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
    return false;
  }
  vm.take_exception();
  return true;
}

// PEP 560: a base that is not a class but has __mro_entries__ is replaced
// by the classes that method returns, given the original bases. Returns
// `bases` itself when nothing was replaced.
Tuple* resolve_mro_entries(VM& vm, Tuple* bases) {
  Root<Tuple> original(vm.heap(), bases);
  Root<List> resolved(vm.heap(), make_list(vm));
  bool replaced = false;
  for (int64_t i = 0; i < original->size; ++i) {
    Value base = (*original.get())[i];
    Value entries = Value::null();
    if (!find_mro_entries(vm, base, &entries)) return nullptr;
    if (entries.is_null()) {
      list_append(vm, resolved.get(), base);
      continue;
    }
    Root<Object> rooted_entries(vm.heap(), entries);
    Value argument = original.value();
    Value result = call(vm, entries, CallArgs{&argument, 1, nullptr});
    if (result.is_null()) return nullptr;
    if (!is_subtype(vm.type_of(result), vm.types().tuple)) {
      type_error(vm, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    replaced = true;
    Root<Tuple> added(vm.heap(), static_cast<Tuple*>(result.as_object()));
    for (Value entry : added->span())
      list_append(vm, resolved.get(), entry);
  }
  if (!replaced) return original.get();
  return vm::make_tuple(vm, resolved->span());
}

}  // namespace

Value make_class(VM& vm, Type* metatype, CallArgs args) {
  if (args.nargs != 3) {
    return type_error(vm, metatype == vm.types().type
                              ? "type() takes 1 or 3 arguments"
                              : "type.__new__() takes exactly 3 arguments (" +
                                    std::to_string(args.nargs) + " given)");
  }
  Value name = args.values[0];
  Value bases_value = args.values[1];
  Value namespace_value = args.values[2];
  if (vm.type_of(name) != vm.types().str) {
    return type_error(vm, "type.__new__() argument 1 must be str, not " + type_name(vm, name));
  }
  if (!is_subtype(vm.type_of(bases_value), vm.types().tuple)) {
    return type_error(vm,
                      "type.__new__() argument 2 must be tuple, not " + type_name(vm, bases_value));
  }
  if (!is_subtype(vm.type_of(namespace_value), vm.types().dict)) {
    return type_error(
        vm, "type.__new__() argument 3 must be dict, not " + type_name(vm, namespace_value));
  }
  auto* given_bases = static_cast<Tuple*>(bases_value.as_object());
  for (int64_t i = 0; i < given_bases->size; ++i) {
    Value entries;
    if (!find_mro_entries(vm, (*given_bases)[i], &entries)) return Value::null();
    if (!entries.is_null()) {
      return type_error(vm, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  Type* winner = most_derived_metaclass(vm, metatype, given_bases);
  if (!winner) return Value::null();
  if (winner != metatype && winner->slots.new_instance != new_type) {
    return winner->slots.new_instance(vm, winner, args);
  }
  metatype = winner;
  if (!check_bases(vm, given_bases)) return Value::null();

  Root<Tuple> bases(vm.heap(), given_bases->size > 0
                                   ? given_bases
                                   : make_tuple(vm, {Value::from_object(vm.types().object)}));
  Type* layout_base = choose_layout_base(vm, bases.get());
  if (!layout_base) return Value::null();

  Root<Dict> namespace_copy(vm.heap(),
                            copy_dict(vm, static_cast<Dict*>(namespace_value.as_object())));
  if (!namespace_copy.get()) return Value::null();
  Root<Type> type(vm.heap(),
                  static_cast<Type*>(vm.heap().allocate(metatype, metatype->instance_size)));
  type->name = static_cast<Str*>(args.values[0].as_object());
  type->qualname = type->name;
  type->bases = bases.get();
  type->base = layout_base;
  type->dict = namespace_copy.get();
  watch_as_class_namespace(type->dict);
  type->flags = kTypeIsHeapType | kTypeAcceptsSubclasses;
  type->gc = layout_base->gc;
  type->gc.trace = trace_instance;

  if (!fill_namespace(vm, type.get())) return Value::null();
  Tuple* mro = compute_mro(vm, type.get(), bases.get());
  if (!mro) return Value::null();
  type->mro = mro;
  if (!lay_out_instances(vm, type.get())) return Value::null();
  update_slots(vm, type.get());
  if (!fill_class_cell(vm, type.get())) return Value::null();
  if (!call_set_name_hooks(vm, type.get())) return Value::null();
  CallArgs keywords{args.values + args.nargs, 0, args.kwnames};
  if (!call_init_subclass(vm, type.get(), keywords)) return Value::null();
  return type.value();
}

// The class statement, as CPython's builtin___build_class__: choose the
// metaclass (an explicit metaclass= or the most derived one of the
// bases), let it __prepare__ the namespace, run the class body in that
// namespace, then call the metaclass with (name, bases, namespace).
Value build_class(VM& vm, Value, CallArgs args) {
  if (args.nargs < 2) return type_error(vm, "__build_class__: not enough arguments");
  if (vm.type_of(args.values[0]) != vm.types().function) {
    return type_error(vm, "__build_class__: func must be a function");
  }
  if (vm.type_of(args.values[1]) != vm.types().str) {
    return type_error(vm, "__build_class__: name is not a string");
  }
  Root<Tuple> original_bases(vm.heap(), make_tuple(vm, std::span(args.values + 2, args.nargs - 2)));
  Root<Tuple> bases(vm.heap(), resolve_mro_entries(vm, original_bases.get()));
  if (!bases.get()) return Value::null();

  // Split off metaclass=; the other keywords go to the metaclass.
  Value metaclass = Value::null();
  std::vector<Value> keyword_values;
  std::vector<Value> keyword_names;
  int64_t keyword_count = args.kwnames ? args.kwnames->size : 0;
  for (int64_t i = 0; i < keyword_count; ++i) {
    Value keyword = (*args.kwnames)[i];
    if (equal_str(static_cast<Str*>(keyword.as_object()), vm.intern("metaclass"))) {
      metaclass = args.values[args.nargs + i];
    } else {
      keyword_names.push_back(keyword);
      keyword_values.push_back(args.values[args.nargs + i]);
    }
  }
  Root<Tuple> kwnames(vm.heap(), vm::make_tuple(vm, std::span<const Value>(keyword_names)));
  bool is_class_metaclass = metaclass.is_null() || is_type(vm, metaclass);
  if (metaclass.is_null()) {
    metaclass = bases->size > 0 ? Value::from_object(vm.type_of((*bases.get())[0]))
                                : Value::from_object(vm.types().type);
  }
  if (is_class_metaclass) {
    Type* winner = most_derived_metaclass(vm, as_type(metaclass), bases.get());
    if (!winner) return Value::null();
    metaclass = Value::from_object(winner);
  }
  Root<Object> meta(vm.heap(), metaclass);

  // __prepare__(name, bases, **kwds) makes the namespace; a plain dict
  // when the metaclass has none.
  Value name = args.values[1];
  Root<Object> namespace_(vm.heap(), Value::null());
  Value prepare = get_attribute(vm, meta.value(), vm.intern("__prepare__"));
  if (prepare.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
      return Value::null();
    }
    vm.take_exception();
    namespace_.set(Value::from_object(make_dict(vm)));
  } else {
    Root<Object> rooted_prepare(vm.heap(), prepare);
    std::vector<Value> prepare_args{name, bases.value()};
    prepare_args.insert(prepare_args.end(), keyword_values.begin(), keyword_values.end());
    namespace_.set(call(vm, prepare, CallArgs{prepare_args.data(), 2, kwnames.get()}));
    if (namespace_.value().is_null()) return Value::null();
    // CPython's PyMapping_Check: anything subscriptable will do.
    if (!vm.type_of(namespace_.value())->slots.getitem) {
      std::string owner =
          is_type(vm, meta.value()) ? name_of(as_type(meta.value())) : "<metaclass>";
      return type_error(vm, owner + ".__prepare__() must return a mapping, not " +
                                type_name(vm, namespace_.value()));
    }
  }

  auto* body = static_cast<Function*>(args.values[0].as_object());
  Root<Object> cell(vm.heap(), call_function_with_locals(vm, body, namespace_.value()));
  if (cell.value().is_null()) return Value::null();
  if (bases.get() != original_bases.get() &&
      !set_item(vm, namespace_.value(), Value::from_object(vm.intern("__orig_bases__")),
                original_bases.value())) {
    return Value::null();
  }

  std::vector<Value> class_args{name, bases.value(), namespace_.value()};
  class_args.insert(class_args.end(), keyword_values.begin(), keyword_values.end());
  Value made = call(vm, meta.value(), CallArgs{class_args.data(), 3, kwnames.get()});
  if (made.is_null()) return made;
  if (is_type(vm, made) && vm.type_of(cell.value()) == vm.types().cell) {
    Value contents = static_cast<Cell*>(cell.value().as_object())->contents;
    if (!contents.is(made)) {
      Root<Object> rooted_made(vm.heap(), made);
      return raise(vm, vm.exceptions().RuntimeError,
                   "__class__ not set defining " + repr_utf8(vm, name) + " as " +
                       repr_utf8(vm, made) + ". Was __classcell__ propagated to type.__new__?");
    }
  }
  return made;
}

void init_class_support(VM& vm) {
  allow_subclassing(vm);
  set_builtin_mros(vm);

  Type* type = vm.types().type;
  type->slots.new_instance = new_type;
  type->slots.init = init_type;
  type->slots.setattr = set_type_attribute;
  // A class's own attributes live in its namespace: metaclasses (classes
  // deriving from type) need no __dict__ of their own.
  type->dict_offset =
      static_cast<uint32_t>(reinterpret_cast<char*>(&type->dict) - reinterpret_cast<char*>(type));
  add_getsets(vm, type, kTypeFields);
  add_methods(vm, type, kTypeMethods);

  Type* object = vm.types().object;
  add_getsets(vm, object, kObjectFields);
  add_class_method(vm, object, &kObjectInitSubclass);
  add_class_method(vm, object, &kObjectSubclasshook);
  add_class_method(vm, type, &kTypePrepare);

  init_slot_wrappers(vm);
}

}  // namespace eddy::vm

// property, classmethod, staticmethod, super, and the getset and member
// descriptors.
#include "vm/descriptors.h"

#include <bit>
#include <cstdio>
#include <cstring>

#include "vm/attributes.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/method.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

std::string name_of(const Type* type) {
  return to_utf8(type->name);
}
std::string type_name(VM& vm, Value value) {
  return name_of(vm.type_of(value));
}

Value raise_attribute_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().AttributeError, message);
}

// ---------------------------------------------------------------------------
// getset_descriptor

Value getset_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) return self;
  auto* descriptor = static_cast<GetSetDescriptor*>(self.as_object());
  if (!is_subtype(vm.type_of(instance), descriptor->owner)) {
    return raise(vm, vm.exceptions().TypeError,
                 "descriptor '" + std::string(descriptor->def->name) + "' for '" +
                     name_of(descriptor->owner) + "' objects doesn't apply to a '" +
                     type_name(vm, instance) + "' object");
  }
  return descriptor->def->get(vm, instance);
}

bool getset_set(VM& vm, Value self, Value instance, Value value) {
  auto* descriptor = static_cast<GetSetDescriptor*>(self.as_object());
  if (!descriptor->def->set) {
    raise_attribute_error(vm, "attribute '" + std::string(descriptor->def->name) + "' of '" +
                                  name_of(descriptor->owner) + "' objects is not writable");
    return false;
  }
  return descriptor->def->set(vm, instance, value);
}

Value getset_repr(VM& vm, Value self) {
  auto* descriptor = static_cast<GetSetDescriptor*>(self.as_object());
  return Value::from_object(make_str(vm, "<attribute '" + std::string(descriptor->def->name) +
                                             "' of '" + name_of(descriptor->owner) + "' objects>"));
}

// ---------------------------------------------------------------------------
// member_descriptor (__slots__)

MemberDescriptor* as_member(Value value) {
  return static_cast<MemberDescriptor*>(value.as_object());
}

Value member_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) return self;
  MemberDescriptor* member = as_member(self);
  Value value =
      load_slot_word(instance.as_object(), member->offset + variable_shift(instance.as_object()));
  if (value.is_null()) {
    return raise_attribute_error(vm, "'" + type_name(vm, instance) + "' object has no attribute '" +
                                         to_utf8(member->name) + "'");
  }
  return value;
}

bool member_set(VM& vm, Value self, Value instance, Value value) {
  MemberDescriptor* member = as_member(self);
  if (!is_subtype(vm.type_of(instance), member->owner)) {
    raise(vm, vm.exceptions().TypeError,
          "descriptor '" + to_utf8(member->name) + "' for '" + name_of(member->owner) +
              "' objects doesn't apply to a '" + type_name(vm, instance) + "' object");
    return false;
  }
  if (value.is_null() &&
      load_slot_word(instance.as_object(), member->offset + variable_shift(instance.as_object()))
          .is_null()) {
    raise_attribute_error(vm, to_utf8(member->name));
    return false;
  }
  store_slot_word(instance.as_object(), member->offset + variable_shift(instance.as_object()),
                  value);
  return true;
}

Value member_repr(VM& vm, Value self) {
  MemberDescriptor* member = as_member(self);
  return Value::from_object(make_str(
      vm, "<member '" + to_utf8(member->name) + "' of '" + name_of(member->owner) + "' objects>"));
}

void trace_member(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<MemberDescriptor*>(object)->name);
  tracer.visit(static_cast<MemberDescriptor*>(object)->owner);
}

// ---------------------------------------------------------------------------
// property

Property* as_property(Value value) {
  return static_cast<Property*>(value.as_object());
}

void trace_property(Object* object, Tracer& tracer) {
  auto* property = static_cast<Property*>(object);
  for (Value v :
       {property->getter, property->setter, property->deleter, property->doc, property->name}) {
    tracer.visit(v);
  }
}

Value new_property(VM& vm, Type* type, CallArgs) {
  auto* property = static_cast<Property*>(vm.heap().allocate(type, type->instance_size));
  property->getter = property->setter = property->deleter = property->doc = vm.none();
  property->name = Value::null();
  return Value::from_object(property);
}

// property(fget=None, fset=None, fdel=None, doc=None); without a doc, the
// getter's __doc__ becomes the property's.
bool init_property(VM& vm, Value self, CallArgs args) {
  static constexpr const char* kParameters[] = {"fget", "fset", "fdel", "doc"};
  Value values[4] = {vm.none(), vm.none(), vm.none(), vm.none()};
  if (args.nargs > 4) {
    raise(vm, vm.exceptions().TypeError,
          "property() takes at most 4 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  for (size_t i = 0; i < args.nargs; ++i)
    values[i] = args.values[i];
  int64_t keyword_count = args.kwnames ? args.kwnames->size : 0;
  for (int64_t k = 0; k < keyword_count; ++k) {
    std::string name = to_utf8(static_cast<Str*>((*args.kwnames)[k].as_object()));
    int found = -1;
    for (int i = 0; i < 4; ++i) {
      if (name == kParameters[i]) found = i;
    }
    if (found < 0) {
      raise(vm, vm.exceptions().TypeError,
            "'" + name + "' is an invalid keyword argument for property()");
      return false;
    }
    values[found] = args.values[args.nargs + k];
  }
  Property* property = as_property(self);
  property->getter = values[0];
  property->setter = values[1];
  property->deleter = values[2];
  property->doc = values[3];
  if (values[3].is(vm.none()) && !values[0].is(vm.none())) {
    Root<Object> rooted(vm.heap(), self);
    Value doc = get_attribute(vm, values[0], vm.intern("__doc__"));
    if (doc.is_null()) {
      vm.take_exception();
    } else {
      as_property(rooted.value())->doc = doc;
    }
  }
  return true;
}

// "property 'x' of 'A' object has no setter" — or without the name when
// the property never learned it.
bool raise_missing_accessor(VM& vm, Property* property, Value instance, const char* accessor) {
  std::string message = "property ";
  if (!property->name.is_null()) {
    std::string name = repr_utf8(vm, property->name);
    if (vm.has_exception()) return false;
    message += name + " ";
  }
  message += "of '" + type_name(vm, instance) + "' object has no " + accessor;
  raise_attribute_error(vm, message);
  return false;
}

Value property_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) return self;
  Property* property = as_property(self);
  if (property->getter.is(vm.none())) {
    raise_missing_accessor(vm, property, instance, "getter");
    return Value::null();
  }
  return call(vm, property->getter, {instance});
}

bool property_set(VM& vm, Value self, Value instance, Value value) {
  Property* property = as_property(self);
  Value function = value.is_null() ? property->deleter : property->setter;
  if (function.is(vm.none())) {
    return raise_missing_accessor(vm, property, instance, value.is_null() ? "deleter" : "setter");
  }
  Value result =
      value.is_null() ? call(vm, function, {instance}) : call(vm, function, {instance, value});
  return !result.is_null();
}

// property.getter/setter/deleter: a copy of the property with one
// accessor replaced, made by calling its type (so subclasses survive).
Value copy_property(VM& vm, Value self, Value getter, Value setter, Value deleter) {
  Property* property = as_property(self);
  Root<Object> rooted(vm.heap(), self);
  Value doc = property->doc;
  Value result = call(vm, Value::from_object(vm.type_of(self)), {getter, setter, deleter, doc});
  if (!result.is_null() && vm.type_of(result) == vm.type_of(rooted.value())) {
    as_property(result)->name = as_property(rooted.value())->name;
  }
  return result;
}

Value property_getter(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "getter", args, 1, 1)) return Value::null();
  Property* p = as_property(self);
  return copy_property(vm, self, args.values[0], p->setter, p->deleter);
}

Value property_setter(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "setter", args, 1, 1)) return Value::null();
  Property* p = as_property(self);
  return copy_property(vm, self, p->getter, args.values[0], p->deleter);
}

Value property_deleter(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "deleter", args, 1, 1)) return Value::null();
  Property* p = as_property(self);
  return copy_property(vm, self, p->getter, p->setter, args.values[0]);
}

Value property_set_name(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__set_name__", args, 2, 2)) return Value::null();
  as_property(self)->name = args.values[1];
  return vm.none();
}

// Whether `function` is marked abstract (CPython's _PyObject_IsAbstract):
// its __isabstractmethod__, false when it has none; -1 on error.
int is_abstract(VM& vm, Value function) {
  Value flag = get_attribute(vm, function, vm.intern("__isabstractmethod__"));
  if (flag.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) return -1;
    vm.take_exception();
    return 0;
  }
  return truthy(vm, flag);
}

// A property is abstract when any of its functions is.
Value property_is_abstract(VM& vm, Value self) {
  Root<Object> rooted(vm.heap(), self);
  for (Value Property::*function : {&Property::getter, &Property::setter, &Property::deleter}) {
    int abstract = is_abstract(vm, as_property(rooted.value())->*function);
    if (abstract != 0) return abstract < 0 ? Value::null() : vm.boolean(true);
  }
  return vm.boolean(false);
}

constexpr NativeFunctionDef kPropertyMethods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
};

constexpr GetSetDef kPropertyFields[] = {
    {"fget", [](VM&, Value self) { return as_property(self)->getter; }},
    {"fset", [](VM&, Value self) { return as_property(self)->setter; }},
    {"fdel", [](VM&, Value self) { return as_property(self)->deleter; }},
    {"__isabstractmethod__", property_is_abstract},
    {"__doc__", [](VM&, Value self) { return as_property(self)->doc; },
     [](VM& vm, Value self, Value value) {
       as_property(self)->doc = value.is_null() ? vm.none() : value;
       return true;
     }},
};

// ---------------------------------------------------------------------------
// classmethod and staticmethod

ClassMethod* as_class_method(Value value) {
  return static_cast<ClassMethod*>(value.as_object());
}

void trace_class_method(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<ClassMethod*>(object)->function);
}

Value new_class_method(VM& vm, Type* type, CallArgs args) {
  if (!check_positional(vm, to_utf8(type->name), args, 1, 1)) return Value::null();
  return make_class_method(vm, type, args.values[0]);
}

// A classmethod binds its function to the class, whether looked up on the
// class or on an instance. (As in 3.11, a wrapped descriptor such as a
// property is asked to bind to the class itself.)
Value class_method_get(VM& vm, Value self, Value instance, Value owner) {
  if (owner.is_null()) owner = Value::from_object(vm.type_of(instance));
  Value function = as_class_method(self)->function;
  Type* function_type = vm.type_of(function);
  if (function_type->slots.descr_get) {
    return function_type->slots.descr_get(vm, function, owner,
                                          Value::from_object(vm.type_of(owner)));
  }
  return make_method(vm, function, owner);
}

Value static_method_get(VM&, Value self, Value, Value) {
  return as_class_method(self)->function;
}

Value static_method_call(VM& vm, Value self, CallArgs args) {
  return call(vm, as_class_method(self)->function, args);
}

// <classmethod(<function A.f at 0x...>)>
Value class_method_repr(VM& vm, Value self) {
  std::string function = repr_utf8(vm, as_class_method(self)->function);
  if (vm.has_exception()) return Value::null();
  return Value::from_object(make_str(vm, "<" + type_name(vm, self) + "(" + function + ")>"));
}

Value class_method_function(VM&, Value self) {
  return as_class_method(self)->function;
}

Value class_method_is_abstract(VM& vm, Value self) {
  int abstract = is_abstract(vm, as_class_method(self)->function);
  return abstract < 0 ? Value::null() : vm.boolean(abstract);
}

constexpr GetSetDef kClassMethodFields[] = {
    {"__func__", class_method_function},
    {"__wrapped__", class_method_function},
    {"__isabstractmethod__", class_method_is_abstract},
};

// ---------------------------------------------------------------------------
// super

Super* as_super(Value value) {
  return static_cast<Super*>(value.as_object());
}

void trace_super(Object* object, Tracer& tracer) {
  auto* super = static_cast<Super*>(object);
  tracer.visit(super->start);
  tracer.visit(super->object);
  tracer.visit(super->lookup);
}

Value new_super(VM& vm, Type* type, CallArgs) {
  auto* super = static_cast<Super*>(vm.heap().allocate(type, type->instance_size));
  super->object = Value::null();
  return Value::from_object(super);
}

// super(start, object) requires object to be an instance of start or a
// subclass of it; the MRO searched is that of its type, or its own.
Type* checked_lookup_type(VM& vm, Type* start, Value object) {
  if (is_subtype(vm.type_of(object), vm.types().type)) {
    auto* klass = static_cast<Type*>(object.as_object());
    if (is_subtype(klass, start)) return klass;
  }
  if (is_subtype(vm.type_of(object), start)) return vm.type_of(object);
  raise(vm, vm.exceptions().TypeError,
        "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// The zero-argument form reads what the compiler left in the calling
// frame: the first argument (self, or cls), and the __class__ cell that
// the class statement filled with the class being defined.
bool super_arguments_from_frame(VM& vm, Value* start, Value* object) {
  Frame* frame = vm.current_frame();
  if (!frame || !frame->function) {
    raise(vm, vm.exceptions().RuntimeError, "super(): no current frame");
    return false;
  }
  Code* code = frame->code;
  if (code->unit->argcount == 0 && !(code->flags() & compiler::kVarArgs)) {
    raise(vm, vm.exceptions().RuntimeError, "super(): no arguments");
    return false;
  }
  auto cell_slot = [&](Tuple* names, int64_t base, Str* name) -> Value {
    for (int64_t i = 0; i < names->size; ++i) {
      if ((*names)[i].as_object() == name) return frame->slots()[code->local_count + base + i];
    }
    return Value::null();
  };
  // A first argument captured by an inner function lives in its cell.
  Value first = frame->slots()[0];
  Value first_cell =
      cell_slot(code->cellvars, 0, static_cast<Str*>((*code->varnames)[0].as_object()));
  if (!first_cell.is_null() && vm.type_of(first_cell) == vm.types().cell) {
    first = static_cast<Cell*>(first_cell.as_object())->contents;
  }
  if (first.is_null()) {
    raise(vm, vm.exceptions().RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  Value class_cell = cell_slot(code->freevars, code->cellvars->size, vm.intern("__class__"));
  if (class_cell.is_null()) {
    raise(vm, vm.exceptions().RuntimeError, "super(): __class__ cell not found");
    return false;
  }
  Value klass = static_cast<Cell*>(class_cell.as_object())->contents;
  if (klass.is_null()) {
    raise(vm, vm.exceptions().RuntimeError, "super(): empty __class__ cell");
    return false;
  }
  if (!is_subtype(vm.type_of(klass), vm.types().type)) {
    raise(vm, vm.exceptions().RuntimeError,
          "super(): __class__ is not a type (" + type_name(vm, klass) + ")");
    return false;
  }
  *start = klass;
  *object = first;
  return true;
}

bool init_super(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "super", args, 0, 2)) return false;
  Value start, object;
  if (args.nargs == 0) {
    if (!super_arguments_from_frame(vm, &start, &object)) return false;
  } else {
    start = args.values[0];
    object = args.nargs == 2 ? args.values[1] : Value::null();
  }
  if (!start.is_object() || !is_subtype(vm.type_of(start), vm.types().type)) {
    raise(vm, vm.exceptions().TypeError,
          "super() argument 1 must be a type, not " + type_name(vm, start));
    return false;
  }
  Super* super = as_super(self);
  super->start = static_cast<Type*>(start.as_object());
  if (!object.is_null() && !object.is(vm.none())) {
    Type* lookup = checked_lookup_type(vm, super->start, object);
    if (!lookup) return false;
    super->object = object;
    super->lookup = lookup;
  }
  return true;
}

// The first definition of `name` in `lookup`'s MRO after `start`, or null.
Value find_after(VM& vm, Type* lookup, Type* start, Str* name) {
  Tuple* mro = lookup->mro;
  if (!mro) return Value::null();
  int64_t i = 0;
  while (i < mro->size && (*mro)[i].as_object() != start)
    ++i;
  for (++i; i < mro->size; ++i) {
    Value found = dict_get_str(vm, static_cast<Type*>((*mro)[i].as_object())->dict, name);
    if (!found.is_null()) return found;
  }
  return Value::null();
}

Value bind_found(VM& vm, Value found, Value object, Type* lookup) {
  Type* found_type = vm.type_of(found);
  if (!found_type->slots.descr_get) return found;
  Value instance = object.as_object() == lookup ? Value::null() : object;
  return found_type->slots.descr_get(vm, found, instance, Value::from_object(lookup));
}

Value super_getattr(VM& vm, Value self, Str* name) {
  Super* super = as_super(self);
  if (super->lookup && name != vm.intern("__class__")) {
    Value found = find_after(vm, super->lookup, super->start, name);
    if (!found.is_null()) return bind_found(vm, found, super->object, super->lookup);
  }
  return generic_getattr(vm, self, name);
}

// <super: <class 'B'>, <B object>>
Value super_repr(VM& vm, Value self) {
  Super* super = as_super(self);
  std::string text = "<super: <class '" + name_of(super->start) + "'>, ";
  text += super->object.is_null() ? "NULL>" : "<" + name_of(super->lookup) + " object>>";
  return Value::from_object(make_str(vm, text));
}

constexpr GetSetDef kSuperFields[] = {
    {"__thisclass__", [](VM&, Value self) { return Value::from_object(as_super(self)->start); }},
    {"__self__",
     [](VM& vm, Value self) {
       Value object = as_super(self)->object;
       return object.is_null() ? vm.none() : object;
     }},
    {"__self_class__",
     [](VM& vm, Value self) {
       Type* lookup = as_super(self)->lookup;
       return lookup ? Value::from_object(lookup) : vm.none();
     }},
};

Type* make_descriptor_type(VM& vm, std::string_view name, uint32_t size,
                           void (*trace)(Object*, Tracer&)) {
  Type* type = vm.make_builtin_type(name, vm.types().object, size);
  type->gc.trace = trace;
  type->slots.hash = vm.types().object->slots.hash;
  return type;
}

}  // namespace

void add_getsets(VM& vm, Type* type, std::span<const GetSetDef> defs) {
  Root<Type> rooted(vm.heap(), type);
  for (const GetSetDef& def : defs) {
    auto* descriptor = static_cast<GetSetDescriptor*>(
        vm.heap().allocate(vm.types().getset_descriptor, sizeof(GetSetDescriptor)));
    descriptor->def = &def;
    descriptor->owner = rooted.get();
    Root<GetSetDescriptor> rooted_descriptor(vm.heap(), descriptor);
    dict_set_str(vm, rooted->dict, vm.intern(def.name), rooted_descriptor.value());
  }
}

Value make_member_descriptor(VM& vm, Type* owner, Str* name, uint32_t offset) {
  Root<Type> rooted_owner(vm.heap(), owner);
  Root<Str> rooted_name(vm.heap(), name);
  auto* member = static_cast<MemberDescriptor*>(
      vm.heap().allocate(vm.types().member_descriptor, sizeof(MemberDescriptor)));
  member->name = rooted_name.get();
  member->owner = rooted_owner.get();
  member->offset = offset;
  return Value::from_object(member);
}

Value load_slot_word(const Object* object, size_t offset) {
  uint64_t word;
  std::memcpy(&word, reinterpret_cast<const char*>(object) + offset, sizeof word);
  return std::bit_cast<Value>(word ^ Value::null().bits());
}

void store_slot_word(Object* object, size_t offset, Value value) {
  uint64_t word = value.bits() ^ Value::null().bits();
  std::memcpy(reinterpret_cast<char*>(object) + offset, &word, sizeof word);
}

Value make_class_method(VM& vm, Type* type, Value function) {
  Root<Object> rooted(vm.heap(), function);
  auto* method = static_cast<ClassMethod*>(vm.heap().allocate(type, type->instance_size));
  method->function = rooted.value();
  return Value::from_object(method);
}

Value super_lookup(VM& vm, Type* start, Value object, Str* name) {
  Type* lookup = vm.type_of(object);
  if (is_subtype(vm.type_of(object), vm.types().type))
    lookup = static_cast<Type*>(object.as_object());
  Value found = find_after(vm, lookup, start, name);
  if (found.is_null()) return found;
  return bind_found(vm, found, object, lookup);
}

void init_descriptor_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();

  types.getset_descriptor =
      make_descriptor_type(vm, "getset_descriptor", sizeof(GetSetDescriptor), nullptr);
  types.getset_descriptor->gc.trace = [](Object* object, Tracer& tracer) {
    tracer.visit(static_cast<GetSetDescriptor*>(object)->owner);
  };
  types.getset_descriptor->slots.descr_get = getset_get;
  types.getset_descriptor->slots.descr_set = getset_set;
  types.getset_descriptor->slots.repr = getset_repr;

  types.member_descriptor =
      make_descriptor_type(vm, "member_descriptor", sizeof(MemberDescriptor), trace_member);
  types.member_descriptor->slots.descr_get = member_get;
  types.member_descriptor->slots.descr_set = member_set;
  types.member_descriptor->slots.repr = member_repr;

  types.property = make_descriptor_type(vm, "property", sizeof(Property), trace_property);
  types.property->flags |= kTypeAcceptsSubclasses;
  types.property->slots.new_instance = new_property;
  types.property->slots.init = init_property;
  types.property->slots.descr_get = property_get;
  types.property->slots.descr_set = property_set;
  add_methods(vm, types.property, kPropertyMethods);
  add_getsets(vm, types.property, kPropertyFields);

  types.classmethod =
      make_descriptor_type(vm, "classmethod", sizeof(ClassMethod), trace_class_method);
  types.staticmethod =
      make_descriptor_type(vm, "staticmethod", sizeof(ClassMethod), trace_class_method);
  for (Type* type : {types.classmethod, types.staticmethod}) {
    type->flags |= kTypeAcceptsSubclasses;
    type->slots.new_instance = new_class_method;
    type->slots.repr = class_method_repr;
    add_getsets(vm, type, kClassMethodFields);
  }
  types.classmethod->slots.descr_get = class_method_get;
  types.staticmethod->slots.descr_get = static_method_get;
  types.staticmethod->slots.call = static_method_call;

  types.super_ = make_descriptor_type(vm, "super", sizeof(Super), trace_super);
  types.super_->flags |= kTypeAcceptsSubclasses;
  types.super_->slots.new_instance = new_super;
  types.super_->slots.init = init_super;
  types.super_->slots.getattr = super_getattr;
  types.super_->slots.repr = super_repr;
  add_getsets(vm, types.super_, kSuperFields);
}

}  // namespace eddy::vm

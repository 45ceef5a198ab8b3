// Loading compiled code into the VM: constants become objects, names
// become interned strs. Also the code type's read-only attributes
// (co_name, co_varnames, co_argcount, ...).
#include "vm/code.h"

#include <algorithm>
#include <cstdio>
#include <new>

#include "vm/attribute_cache.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/int.h"
#include "vm/native.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/str_methods.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

void trace_code(Object* object, Tracer& tracer) {
  auto* code = static_cast<Code*>(object);
  for (Object* field :
       {static_cast<Object*>(code->name), static_cast<Object*>(code->qualname),
        static_cast<Object*>(code->filename), static_cast<Object*>(code->consts),
        static_cast<Object*>(code->names), static_cast<Object*>(code->varnames),
        static_cast<Object*>(code->cellvars), static_cast<Object*>(code->freevars)}) {
    tracer.visit(field);
  }
}

void destroy_code(Object* object) {
  using UnitPointer = std::shared_ptr<const compiler::CodeUnit>;
  static_cast<Code*>(object)->unit.~UnitPointer();
  using Hints = std::unique_ptr<int32_t[]>;
  static_cast<Code*>(object)->global_hints.~Hints();
  using AttributeCaches = std::unique_ptr<AttributeCache[]>;
  static_cast<Code*>(object)->attribute_caches.~AttributeCaches();
}

// Per name: two global hints (globals, builtins) and an attribute cache,
// all empty.
void make_inline_caches(Code* code) {
  size_t names = static_cast<size_t>(code->names->size);
  new (&code->global_hints) std::unique_ptr<int32_t[]>(new int32_t[2 * names]);
  std::fill_n(code->global_hints.get(), 2 * names, -1);
  new (&code->attribute_caches) std::unique_ptr<AttributeCache[]>(new AttributeCache[names]);
}

Tuple* interned_tuple(VM& vm, const std::vector<std::string>& names) {
  std::vector<Value> values;
  values.reserve(names.size());
  // Interned strs are roots already, so `values` needs no rooting.
  for (const std::string& name : names)
    values.push_back(Value::from_object(vm.intern(name)));
  return make_tuple(vm, std::span<const Value>(values));
}

Value load_constant(VM& vm, const compiler::Constant& constant);

// Builds a tuple constant; the items made so far are kept in a rooted
// tuple-in-progress list.
Value load_tuple(VM& vm, const compiler::Constant::Tuple& items) {
  std::vector<Value> values(items.size(), Value::null());
  std::vector<std::unique_ptr<Root<Object>>> roots;
  for (size_t i = 0; i < items.size(); ++i) {
    values[i] = load_constant(vm, items[i]);
    roots.push_back(std::make_unique<Root<Object>>(vm.heap(), values[i]));
  }
  return Value::from_object(make_tuple(vm, std::span<const Value>(values)));
}

// A frozenset constant. Its iteration order must be CPython's, so it is
// built as CPython's compiler builds it: a frozenset of the folded tuple,
// which constant merging then rebuilds by adding its items in that first
// frozenset's order (the orders differ where hashes collide).
Value load_frozenset(VM& vm, const compiler::Constant::FrozenSet& set) {
  Root<Object> items(vm.heap(), load_tuple(vm, set.items));
  Root<Set> folded(vm.heap(), make_set(vm, vm.types().frozenset));
  if (!set_update(vm, folded.get(), Value::from_object(items.get()))) return Value::null();
  Root<Set> merged(vm.heap(), make_set(vm, vm.types().frozenset));
  int64_t position = 0;
  Value item;
  while (set_next(folded.get(), position, &item)) {
    if (set_add(vm, merged.get(), item) < 0) return Value::null();
  }
  return Value::from_object(merged.get());
}

Value load_constant(VM& vm, const compiler::Constant& constant) {
  using C = compiler::Constant;
  return std::visit(
      [&](const auto& value) -> Value {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, C::None>) {
          return vm.none();
        } else if constexpr (std::is_same_v<T, C::Ellipsis>) {
          return vm.ellipsis();
        } else if constexpr (std::is_same_v<T, bool>) {
          return vm.boolean(value);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return make_int(vm, value);
        } else if constexpr (std::is_same_v<T, C::BigInt>) {
          return make_int_from_decimal(vm, value.decimal);
        } else if constexpr (std::is_same_v<T, double>) {
          return Value::from_double(value);
        } else if constexpr (std::is_same_v<T, C::Imaginary>) {
          return make_complex(vm, 0.0, value.imag);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return Value::from_object(make_str(vm, value));
        } else if constexpr (std::is_same_v<T, C::Bytes>) {
          return Value::from_object(make_bytes(vm, value.bytes));
        } else if constexpr (std::is_same_v<T, C::Tuple>) {
          return load_tuple(vm, value);
        } else if constexpr (std::is_same_v<T, C::FrozenSet>) {
          return load_frozenset(vm, value);
        } else {
          return Value::from_object(load_code(vm, value));
        }
      },
      constant.value);
}

}  // namespace

Code* load_code(VM& vm, std::shared_ptr<const compiler::CodeUnit> unit) {
  auto* code = static_cast<Code*>(vm.heap().allocate(vm.types().code, sizeof(Code)));
  new (&code->unit) std::shared_ptr<const compiler::CodeUnit>(unit);
  Root<Code> rooted(vm.heap(), code);
  code->name = vm.intern(unit->name);
  code->qualname = vm.intern(unit->qualname);
  code->filename = vm.intern(unit->filename);
  code->names = interned_tuple(vm, unit->names);
  code->varnames = interned_tuple(vm, unit->varnames);
  code->cellvars = interned_tuple(vm, unit->cellvars);
  code->freevars = interned_tuple(vm, unit->freevars);
  code->consts = static_cast<Tuple*>(load_tuple(vm, unit->consts).as_object());
  code->local_count = static_cast<int>(unit->varnames.size());
  code->slot_count =
      code->local_count + static_cast<int>(unit->cellvars.size() + unit->freevars.size());
  code->frame_size = code->slot_count + unit->stacksize;
  bool binds_only_positionally =
      unit->kwonlyargcount == 0 && !(unit->flags & (compiler::kVarArgs | compiler::kVarKeywords));
  code->exact_positional_count = binds_only_positionally ? unit->argcount : -1;
  code->co_flags = unit->flags;
  make_inline_caches(code);
  return code;
}

int line_of(const Code* code, int offset) {
  const auto& positions = code->unit->positions;
  if (offset < 0 || static_cast<size_t>(offset) >= positions.size()) return code->unit->first_line;
  return positions[offset].line;
}

compiler::SourceSpan position_of(const Code* code, int offset) {
  const auto& positions = code->unit->positions;
  if (offset < 0 || static_cast<size_t>(offset) >= positions.size()) return {-1, -1, -1, -1};
  return positions[offset];
}

namespace {

Code* as_code(Value value) {
  return static_cast<Code*>(value.as_object());
}

// The attributes a program can read from a code object (f.__code__).
constexpr GetSetDef kCodeAttributes[] = {
    {"co_name", [](VM&, Value self) { return Value::from_object(as_code(self)->name); }},
    {"co_qualname", [](VM&, Value self) { return Value::from_object(as_code(self)->qualname); }},
    {"co_filename", [](VM&, Value self) { return Value::from_object(as_code(self)->filename); }},
    {"co_consts", [](VM&, Value self) { return Value::from_object(as_code(self)->consts); }},
    {"co_names", [](VM&, Value self) { return Value::from_object(as_code(self)->names); }},
    {"co_varnames", [](VM&, Value self) { return Value::from_object(as_code(self)->varnames); }},
    {"co_cellvars", [](VM&, Value self) { return Value::from_object(as_code(self)->cellvars); }},
    {"co_freevars", [](VM&, Value self) { return Value::from_object(as_code(self)->freevars); }},
    {"co_firstlineno",
     [](VM&, Value self) { return Value::from_small_int(as_code(self)->unit->first_line); }},
    {"co_argcount",
     [](VM&, Value self) { return Value::from_small_int(as_code(self)->unit->argcount); }},
    {"co_posonlyargcount",
     [](VM&, Value self) { return Value::from_small_int(as_code(self)->unit->posonlyargcount); }},
    {"co_kwonlyargcount",
     [](VM&, Value self) { return Value::from_small_int(as_code(self)->unit->kwonlyargcount); }},
    {"co_nlocals",
     [](VM&, Value self) { return Value::from_small_int(as_code(self)->local_count); }},
    {"co_flags", [](VM&, Value self) { return Value::from_small_int(as_code(self)->flags()); }},
};

// <code object f at 0x..., file "f.py", line 3>
Value repr_code(VM& vm, Value self) {
  Code* code = as_code(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(code));
  return Value::from_object(make_str(vm, "<code object " + to_utf8(code->name) + " at " + address +
                                             ", file \"" + to_utf8(code->filename) + "\", line " +
                                             std::to_string(code->unit->first_line) + ">"));
}

// code.replace(co_flags=..., co_name=..., co_qualname=...): a copy with
// those fields changed. CPython accepts every co_* field; Eddy's code shares
// its bytecode and tables with the compiler's unit, so only the fields that
// do not describe the bytecode can change (docs/language.md).
Value code_replace(VM& vm, Value self, CallArgs args) {
  if (args.nargs != 0) {
    return raise(vm, vm.exceptions().TypeError, "replace() takes no positional arguments");
  }
  Root<Code> original(vm.heap(), as_code(self));
  auto* copy = static_cast<Code*>(vm.heap().allocate(vm.types().code, sizeof(Code)));
  new (&copy->unit) std::shared_ptr<const compiler::CodeUnit>(original->unit);
  copy->name = original->name;
  copy->qualname = original->qualname;
  copy->filename = original->filename;
  copy->consts = original->consts;
  copy->names = original->names;
  copy->varnames = original->varnames;
  copy->cellvars = original->cellvars;
  copy->freevars = original->freevars;
  copy->local_count = original->local_count;
  copy->slot_count = original->slot_count;
  copy->frame_size = original->frame_size;
  copy->co_flags = original->co_flags;
  make_inline_caches(copy);
  int64_t keyword_count = args.kwnames ? args.kwnames->size : 0;
  for (int64_t i = 0; i < keyword_count; ++i) {
    std::string keyword = to_utf8(static_cast<Str*>((*args.kwnames)[i].as_object()));
    Value value = args.values[args.nargs + i];
    if (keyword == "co_flags") {
      if (!value.is_small_int()) {
        return raise(vm, vm.exceptions().TypeError,
                     "replace() argument 'co_flags' must be int, not " + type_name_of(vm, value));
      }
      copy->co_flags = static_cast<uint32_t>(value.as_small_int());
    } else if (keyword == "co_name" || keyword == "co_qualname") {
      if (!is_str(vm, value)) {
        return raise(
            vm, vm.exceptions().TypeError,
            "replace() argument '" + keyword + "' must be str, not " + type_name_of(vm, value));
      }
      (keyword == "co_name" ? copy->name : copy->qualname) = as_str(value);
    } else {
      return raise(vm, vm.exceptions().TypeError,
                   "replace() got an unexpected keyword argument '" + keyword + "'");
    }
  }
  return Value::from_object(copy);
}

constexpr NativeFunctionDef kCodeMethods[] = {
    {"replace", code_replace},
};

}  // namespace

void init_code_type(VM& vm) {
  Type* type = vm.types().code;
  add_getsets(vm, type, kCodeAttributes);
  add_methods(vm, type, kCodeMethods);
  type->gc.trace = trace_code;
  type->slots.repr = repr_code;
  type->gc.destroy = destroy_code;
}

}  // namespace eddy::vm

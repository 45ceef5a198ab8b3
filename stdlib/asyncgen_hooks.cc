// sys.set_asyncgen_hooks() and sys.get_asyncgen_hooks(): the hooks an event
// loop installs to hear of async generators — firstiter, called when one is
// first iterated, and finalizer, called instead of closing one that is
// collected unfinished (vm/async_generator.cc calls them). The hooks live in
// the VM; get_asyncgen_hooks() reports them as an asyncgen_hooks struct
// sequence, a tuple with named fields.
#include <string>

#include "stdlib/native_modules.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/method_args.h"
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

Value hooks_field(Value self, int64_t index) {
  return (*static_cast<Tuple*>(self.as_object()))[index];
}

Value repr_hooks(VM& vm, Value self) {
  std::string text = "asyncgen_hooks(firstiter=" + repr_utf8(vm, hooks_field(self, 0));
  if (vm.has_exception()) return Value::null();
  text += ", finalizer=" + repr_utf8(vm, hooks_field(self, 1)) + ")";
  if (vm.has_exception()) return Value::null();
  return Value::from_object(make_str(vm, text));
}

constexpr GetSetDef kHooksFields[] = {
    {"firstiter", [](VM&, Value self) { return hooks_field(self, 0); }},
    {"finalizer", [](VM&, Value self) { return hooks_field(self, 1); }},
};

Value get_asyncgen_hooks(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, "sys.get_asyncgen_hooks", args)) return Value::null();
  auto or_none = [&](Value hook) { return hook.is_null() ? vm.none() : hook; };
  Tuple* hooks = make_tuple(vm, {or_none(vm.asyncgen_firstiter), or_none(vm.asyncgen_finalizer)});
  hooks->type = vm.types().asyncgen_hooks;
  return Value::from_object(hooks);
}

// set_asyncgen_hooks(firstiter=..., finalizer=...): a hook not given is
// left as it is; None removes it.
Value set_asyncgen_hooks(VM& vm, Value, CallArgs args) {
  if (args.nargs > 2) {
    return raise(vm, vm.exceptions().TypeError,
                 "function takes at most 2 arguments (" +
                     std::to_string(args.nargs + (args.kwnames ? args.kwnames->size : 0)) +
                     " given)");
  }
  constexpr const char* kNames[] = {"firstiter", "finalizer"};
  Value given[2] = {Value::null(), Value::null()};
  for (size_t i = 0; i < args.nargs; ++i)
    given[i] = args.values[i];
  int64_t keywords = args.kwnames ? args.kwnames->size : 0;
  for (int64_t k = 0; k < keywords; ++k) {
    std::string name = to_utf8(static_cast<Str*>((*args.kwnames)[k].as_object()));
    size_t index = name == kNames[0] ? 0 : name == kNames[1] ? 1 : 2;
    if (index == 2) {
      return raise(vm, vm.exceptions().TypeError,
                   "'" + name + "' is an invalid keyword argument for this function");
    }
    if (index < args.nargs) {
      return raise(vm, vm.exceptions().TypeError,
                   "argument for function given by name ('" + name + "') and position (" +
                       std::to_string(index + 1) + ")");
    }
    given[index] = args.values[args.nargs + k];
  }
  // CPython checks the finalizer first.
  for (size_t i : {1, 0}) {
    Value hook = given[i];
    if (!hook.is_null() && !hook.is(vm.none()) && !vm.type_of(hook)->slots.call) {
      return raise(vm, vm.exceptions().TypeError,
                   std::string("callable ") + kNames[i] + " expected, got " +
                       to_utf8(vm.type_of(hook)->name));
    }
  }
  Value* hooks[] = {&vm.asyncgen_firstiter, &vm.asyncgen_finalizer};
  for (size_t i = 0; i < 2; ++i) {
    if (!given[i].is_null()) *hooks[i] = given[i].is(vm.none()) ? Value::null() : given[i];
  }
  return vm.none();
}

constexpr NativeFunctionDef kGetHooks = {"get_asyncgen_hooks", get_asyncgen_hooks};
constexpr NativeFunctionDef kSetHooks = {"set_asyncgen_hooks", set_asyncgen_hooks};

}  // namespace

bool add_asyncgen_hook_functions(VM& vm, Module* sys) {
  Root<Module> rooted(vm.heap(), sys);
  Type* tuple = vm.types().tuple;
  Type* type = vm.make_builtin_type("asyncgen_hooks", tuple, sizeof(Tuple));
  vm.mutable_types().asyncgen_hooks = type;
  type->gc = tuple->gc;
  type->slots = tuple->slots;
  type->slots.new_instance = nullptr;
  type->slots.repr = repr_hooks;
  add_getsets(vm, type, kHooksFields);
  add_slot_wrappers(vm, type);
  for (const NativeFunctionDef* def : {&kGetHooks, &kSetHooks}) {
    Root<Object> function(vm.heap(), make_native_function(vm, def, rooted.value()));
    if (!dict_set_str(vm, rooted->dict, vm.intern(def->name), function.value())) return false;
  }
  return true;
}

}  // namespace eddy::stdlib

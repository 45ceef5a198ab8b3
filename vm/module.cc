// Modules: attribute access reads and writes the module's namespace.
#include "vm/module.h"

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Module* as_module(Value value) {
  return static_cast<Module*>(value.as_object());
}

void trace_module(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<Module*>(object)->dict);
}

Value module_name_or_question(VM& vm, Module* module) {
  Value name = dict_get_str(vm, module->dict, vm.intern("__name__"));
  return name;
}

Value get_module_attribute(VM& vm, Value self, Str* name) {
  Module* module = as_module(self);
  if (name == vm.intern("__dict__")) return Value::from_object(module->dict);
  Value value = dict_get_str(vm, module->dict, name);
  if (!value.is_null()) return value;
  Value module_name = module_name_or_question(vm, module);
  std::string shown =
      module_name.is_null() ? "?" : to_utf8(static_cast<Str*>(module_name.as_object()));
  return raise(vm, vm.exceptions().AttributeError,
               "module '" + shown + "' has no attribute '" + to_utf8(name) + "'");
}

bool set_module_attribute(VM& vm, Value self, Str* name, Value value) {
  Module* module = as_module(self);
  if (!value.is_null()) return dict_set_str(vm, module->dict, name, value);
  int deleted = dict_delete(vm, module->dict, Value::from_object(name));
  if (deleted == 0) {
    Value module_name = module_name_or_question(vm, module);
    std::string shown =
        module_name.is_null() ? "?" : to_utf8(static_cast<Str*>(module_name.as_object()));
    raise(vm, vm.exceptions().AttributeError,
          "module '" + shown + "' has no attribute '" + to_utf8(name) + "'");
  }
  return deleted == 1;
}

Value repr_module(VM& vm, Value self) {
  Value name = module_name_or_question(vm, as_module(self));
  std::string shown = name.is_null() ? "?" : to_utf8(static_cast<Str*>(name.as_object()));
  return Value::from_object(make_str(vm, "<module '" + shown + "'>"));
}

}  // namespace

Module* make_module(VM& vm, Str* name) {
  Root<Str> rooted_name(vm.heap(), name);
  Root<Dict> dict(vm.heap(), make_dict(vm));
  auto* module = static_cast<Module*>(vm.heap().allocate(vm.types().module, sizeof(Module)));
  module->dict = dict.get();
  Root<Module> rooted(vm.heap(), module);
  dict_set_str(vm, module->dict, vm.intern("__name__"), rooted_name.value());
  return module;
}

void init_module_type(VM& vm) {
  Type* type = vm.types().module;
  type->gc.trace = trace_module;
  type->slots.getattr = get_module_attribute;
  type->slots.setattr = set_module_attribute;
  type->slots.repr = repr_module;
}

}  // namespace eddy::vm

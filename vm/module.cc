// Modules: attribute access reads and writes the module's namespace.
#include "vm/module.h"

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/method_args.h"
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
  // The length test first spares the intern-table lookup on every access.
  if (name->length == 8 && name == vm.intern("__dict__")) return Value::from_object(module->dict);
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

// module.__new__: an empty namespace; __init__ fills it.
Value new_module(VM& vm, Type* type, CallArgs) {
  Root<Dict> dict(vm.heap(), make_dict(vm));
  auto* module = static_cast<Module*>(vm.heap().allocate(type, sizeof(Module)));
  module->dict = dict.get();
  return Value::from_object(module);
}

// module(name, doc=None): type(sys)("name") makes a module as the import
// system would, with the standard attributes unset (None).
bool init_module(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view kParameters[] = {"name", "doc"};
  Value bound[2];
  if (!bind_arguments(vm, "module", args, kParameters, 1, bound)) return false;
  if (vm.type_of(bound[0]) != vm.types().str) {
    raise(vm, vm.exceptions().TypeError,
          "module() argument 'name' must be str, not " + to_utf8(vm.type_of(bound[0])->name));
    return false;
  }
  Dict* dict = as_module(self)->dict;
  Value none = vm.none();
  return dict_set_str(vm, dict, vm.intern("__name__"), bound[0]) &&
         dict_set_str(vm, dict, vm.intern("__doc__"), bound[1].is_null() ? none : bound[1]) &&
         dict_set_str(vm, dict, vm.intern("__package__"), none) &&
         dict_set_str(vm, dict, vm.intern("__loader__"), none) &&
         dict_set_str(vm, dict, vm.intern("__spec__"), none);
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
  type->slots.new_instance = new_module;
  type->slots.init = init_module;
}

}  // namespace eddy::vm

// Building native modules: the module object, its function table, its
// values, and its Python part (see native_module.h).
#include "stdlib/native_module.h"

#include <memory>
#include <string>

#include "lexer/source.h"
#include "vm/dict.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

Module* make_native_module(VM& vm, std::string_view name,
                           std::span<const NativeFunctionDef> functions) {
  Root<Module> module(vm.heap(), make_module(vm, vm.intern(name)));
  // The Python part's classes and functions read __name__ for __module__.
  if (!set_module_value(vm, module.get(), "__name__", Value::from_object(vm.intern(name)))) {
    return nullptr;
  }
  for (const NativeFunctionDef& def : functions) {
    if (!set_module_value(vm, module.get(), def.name,
                          make_native_function(vm, &def, module.value()))) {
      return nullptr;
    }
  }
  return module.get();
}

bool set_module_value(VM& vm, Module* module, std::string_view name, Value value) {
  if (value.is_null()) return false;
  Root<Object> rooted(vm.heap(), value);
  Root<Module> rooted_module(vm.heap(), module);
  return dict_set_str(vm, module->dict, vm.intern(name), value);
}

bool run_python_part(VM& vm, Module* module, std::string_view filename, std::string_view source) {
  auto part = std::make_shared<const lexer::Source>(std::string(filename), std::string(source));
  return run_source_in_module(vm, part, module);
}

}  // namespace eddy::stdlib

// Start-up and shutdown of a VM: the core types, the singletons, the
// interned strings, and the roots the collector starts from.
#include "vm/vm.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>

#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/class_builder.h"
#include "vm/code.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/float.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mappingproxy.h"
#include "vm/method.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/range.h"
#include "vm/sequence_iterator.h"
#include "vm/set.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/str_methods.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

namespace eddy::vm {

VM::VM() : int_max_str_digits(kDefaultMaxStrDigits) {
  heap_.set_root_tracer([this](Tracer& tracer) { trace_roots(tracer); });
  create_core_types();
  heap_.register_hooks_of_existing_objects();
#define EDDY_INTERN_KNOWN_NAME(field, text) names_.field = intern(text);
  EDDY_KNOWN_NAMES(EDDY_INTERN_KNOWN_NAME)
#undef EDDY_INTERN_KNOWN_NAME
  // Python-to-Python calls use no C++ stack, but calls through C++ (a
  // __repr__ calling repr(), a method called by a builtin) do. The C++ stack
  // grows down from about here; stop a quarter short of its size limit.
  rlimit limit{};
  size_t size = 8 << 20;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    size = std::min<size_t>(limit.rlim_cur, size_t{1} << 30);
  }
  auto base = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  native_stack_limit_ = base - size + size / 4;
}

VM::~VM() = default;

// Types reference each other (every type's type is `type`, every type has
// a dict, a name that is a str...), so start-up goes in three steps: bare
// type objects first, then their names once str works, then their
// namespaces once dict works. Only then can the types get their slots and
// methods.
void VM::create_core_types() {
  types_.type = allocate_type(nullptr, nullptr, sizeof(Type));
  types_.type->type = types_.type;
  types_.type->gc.trace = trace_type;
  types_.object = allocate_type(types_.type, nullptr, sizeof(Object));
  types_.type->base = types_.object;

  struct Core {
    Type*& slot;
    const char* name;
    Type* base;
    uint32_t instance_size;
  };
  Core core[] = {
      {types_.str, "str", types_.object, sizeof(Str)},
      {types_.int_, "int", types_.object, sizeof(Object)},
      {types_.float_, "float", types_.object, sizeof(Object)},
      {types_.none, "NoneType", types_.object, sizeof(Object)},
      {types_.not_implemented, "NotImplementedType", types_.object, sizeof(Object)},
      {types_.ellipsis, "ellipsis", types_.object, sizeof(Object)},
      {types_.tuple, "tuple", types_.object, sizeof(Tuple)},
      {types_.list, "list", types_.object, sizeof(List)},
      {types_.dict, "dict", types_.object, sizeof(Dict)},
      {types_.module, "module", types_.object, sizeof(Module)},
      {types_.code, "code", types_.object, sizeof(Code)},
      {types_.function, "function", types_.object, sizeof(Function)},
      {types_.cell, "cell", types_.object, sizeof(Cell)},
      {types_.traceback, "traceback", types_.object, sizeof(Traceback)},
      {types_.generator, "generator", types_.object, sizeof(Generator)},
      {types_.coroutine, "coroutine", types_.object, sizeof(Generator)},
      {types_.async_generator, "async_generator", types_.object, sizeof(Generator)},
      {types_.native_function, "builtin_function_or_method", types_.object, sizeof(NativeFunction)},
      {types_.method_descriptor, "method_descriptor", types_.object, sizeof(MethodDescriptor)},
  };
  for (Core& entry : core)
    entry.slot = allocate_type(types_.type, entry.base, entry.instance_size);
  types_.bool_ = allocate_type(types_.type, types_.int_, sizeof(Object));

  types_.type->name = intern("type");
  types_.object->name = intern("object");
  types_.bool_->name = intern("bool");
  for (Core& entry : core)
    entry.slot->name = intern(entry.name);
  for (Type* type : all_types_) {
    type->qualname = type->name;
    type->dict = make_dict(*this);
    watch_as_class_namespace(type->dict);
  }

  none_ = Value::from_object(heap_.allocate(types_.none, sizeof(Object)));
  not_implemented_ = Value::from_object(heap_.allocate(types_.not_implemented, sizeof(Object)));
  ellipsis_ = Value::from_object(heap_.allocate(types_.ellipsis, sizeof(Object)));
  true_ = Value::from_object(heap_.allocate(types_.bool_, sizeof(Object)));
  false_ = Value::from_object(heap_.allocate(types_.bool_, sizeof(Object)));

  // Slots and methods: first what the others are built from (callables,
  // descriptors), then the types by family.
  init_type_and_object_types(*this);
  init_descriptor_types(*this);
  init_native_types(*this);
  init_method_type(*this);
  init_str_type(*this);
  init_str_methods(*this);
  init_bytes_types(*this);
  init_int_type(*this);
  init_bool_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_tuple_type(*this);
  init_list_type(*this);
  init_dict_type(*this);
  init_set_types(*this);
  init_range_types(*this);
  init_sequence_iterator_type(*this);
  init_mappingproxy_type(*this);
  init_slice_type(*this);
  init_module_type(*this);
  init_code_type(*this);
  init_function_types(*this);
  init_traceback_type(*this);
  init_frame_object_type(*this);
  init_generator_types(*this);
  init_exception_types(*this, exception_types_);
  // Last: it exposes every builtin type's slots as dunder methods.
  init_class_support(*this);
}

Type* VM::allocate_type(Type* metatype, Type* base, uint32_t instance_size) {
  auto* type = static_cast<Type*>(heap_.allocate(metatype, sizeof(Type)));
  type->base = base;
  type->instance_size = instance_size;
  all_types_.push_back(type);
  return type;
}

Type* VM::make_builtin_type(std::string_view name, Type* base, uint32_t instance_size) {
  Type* type = allocate_type(types_.type, base, instance_size);
  type->name = intern(name);
  type->qualname = type->name;
  type->dict = make_dict(*this);
  watch_as_class_namespace(type->dict);
  return type;
}

// The objects waiting for their finalizer stay roots until it has run; a
// finalizer that triggers another collection only adds to the queue.
void VM::run_pending_finalizers() {
  for (Object* object : heap_.take_pending_finalizers())
    finalizing_.push_back(object);
  if (running_finalizers_) return;
  running_finalizers_ = true;
  while (!finalizing_.empty()) {
    Root<Object> object(heap_, finalizing_.back());
    finalizing_.pop_back();
    object->type->gc.finalize(*this, object.get());
    for (Object* more : heap_.take_pending_finalizers())
      finalizing_.push_back(more);
  }
  running_finalizers_ = false;
}

Str* VM::intern(std::string_view text) {
  auto found = interned_.find(text);
  if (found != interned_.end()) return found->second;
  Str* str = make_str(*this, text);
  str->interned = true;
  // The key must outlive the lookup text: view the str's own bytes when
  // they are UTF-8 (ASCII), else keep a copy alongside.
  std::string_view key = str->ascii ? str->ascii_view() : interned_text_.emplace_back(text);
  interned_.emplace(key, str);
  return str;
}

void VM::trace_roots(Tracer& tracer) {
  for (Type* type : all_types_)
    tracer.visit(type);
  for (Value v : {none_, true_, false_, not_implemented_, ellipsis_, current_exception_,
                  base_handled_item_.exception, asyncgen_firstiter, asyncgen_finalizer}) {
    tracer.visit(v);
  }
  for (Value handler : signal_handlers)
    tracer.visit(handler);
  tracer.visit(builtins_);
  tracer.visit(the_empty_tuple);
  tracer.visit(asyncio_current_tasks);
  tracer.visit(asyncio_all_tasks);
  tracer.visit(sys_modules);
  tracer.visit(module_search_path);
  for (Module* module : modules_initializing)
    tracer.visit(module);
  for (Object* object : finalizing_)
    tracer.visit(object);
  for (Frame* frame = current_frame_; frame; frame = frame->previous)
    trace_frame(frame, tracer);
  for (auto& [text, str] : interned_)
    tracer.visit(str);
}

}  // namespace eddy::vm

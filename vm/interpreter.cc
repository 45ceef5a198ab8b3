// The eval loop. Read it top to bottom: set-up, the dispatch table built
// from opcodes.def, one block per instruction, then the two ways out of a
// frame — returning, and unwinding an exception through the exception
// table.
#include "vm/interpreter.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "vm/arguments.h"
#include "vm/async_generator.h"
#include "vm/attribute_cache.h"
#include "vm/attributes.h"
#include "vm/dict.h"
#include "vm/dict_table.h"
#include "vm/exception_group.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/method.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/observer.h"
#include "vm/protocols.h"
#include "vm/set.h"
#include "vm/signals.h"
#include "vm/slice.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_format.h"
#include "vm/str_methods.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

using compiler::argument_of;
using compiler::Opcode;
using compiler::opcode_of;

namespace {

Str* name_at(Frame* frame, uint32_t index) {
  return static_cast<Str*>((*frame->code->names)[index].as_object());
}

Str* local_name(Frame* frame, uint32_t index) {
  return static_cast<Str*>((*frame->code->varnames)[index].as_object());
}

// The name of cell-or-free slot `index` (cells first, then free variables).
Str* cell_name(Frame* frame, uint32_t index) {
  Tuple* cells = frame->code->cellvars;
  if (index < static_cast<uint32_t>(cells->size)) {
    return static_cast<Str*>((*cells)[index].as_object());
  }
  return static_cast<Str*>((*frame->code->freevars)[index - cells->size].as_object());
}

// Also sets the exception's `name`, which the excepthook's "Did you mean"
// (vm/suggestions.h) reads.
Value raise_name_error(VM& vm, Str* name) {
  raise(vm, vm.exceptions().NameError, "name '" + to_utf8(name) + "' is not defined");
  Root<Object> exception(vm.heap(), vm.take_exception());
  if (!set_attribute(vm, exception.value(), vm.intern("name"), Value::from_object(name))) {
    return Value::null();
  }
  vm.set_exception(exception.value());
  return Value::null();
}

Value raise_unbound_local(VM& vm, Str* name) {
  return raise(vm, vm.exceptions().UnboundLocalError,
               "cannot access local variable '" + to_utf8(name) +
                   "' where it is not associated with a value");
}

Value raise_unbound_free(VM& vm, Str* name) {
  return raise(vm, vm.exceptions().NameError,
               "cannot access free variable '" + to_utf8(name) +
                   "' where it is not associated with a value in enclosing scope");
}

// LOAD_GLOBAL and LOAD_NAME's last steps: globals, then builtins.
Value load_global(VM& vm, Frame* frame, Str* name) {
  Value value = dict_get_str(vm, frame->globals, name);
  if (!value.is_null()) return value;
  value = dict_get_str(vm, frame->builtins, name);
  if (!value.is_null()) return value;
  return raise_name_error(vm, name);
}

// PRINT_EXPR: sys.displayhook(value), as CPython's interactive statements
// show their expressions' values.
bool print_expression(VM& vm, Value value) {
  Value sys = import_module(vm, "sys");
  if (sys.is_null()) return false;
  Value hook = get_attribute(vm, sys, vm.intern("displayhook"));
  if (hook.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
      return false;
    }
    vm.take_exception();
    raise(vm, vm.exceptions().RuntimeError, "lost sys.displayhook");
    return false;
  }
  return !call(vm, hook, {value}).is_null();
}

// Finds the handler for an exception raised at `offset`, if any.
const compiler::ExceptionTableEntry* find_handler(const Code* code, int offset) {
  for (const auto& entry : code->unit->exception_table) {
    if (static_cast<uint32_t>(offset) >= entry.start && static_cast<uint32_t>(offset) < entry.end) {
      return &entry;
    }
  }
  return nullptr;
}

// UNPACK_SEQUENCE: pushes the items of `sequence` so that the first ends on
// top, checking the count as CPython does.
bool unpack_sequence(VM& vm, Value sequence, uint32_t count, Value* out) {
  Type* type = vm.type_of(sequence);
  if (type == vm.types().tuple || type == vm.types().list) {
    int64_t size;
    const Value* items;
    if (type == vm.types().tuple) {
      auto* tuple = static_cast<Tuple*>(sequence.as_object());
      size = tuple->size;
      items = tuple->items();
    } else {
      auto* list = static_cast<List*>(sequence.as_object());
      size = list->size;
      items = list->items;
    }
    if (size != count) {
      if (size < count) {
        raise(vm, vm.exceptions().ValueError,
              "not enough values to unpack (expected " + std::to_string(count) + ", got " +
                  std::to_string(size) + ")");
      } else {
        raise(vm, vm.exceptions().ValueError,
              "too many values to unpack (expected " + std::to_string(count) + ")");
      }
      return false;
    }
    for (uint32_t i = 0; i < count; ++i) out[count - 1 - i] = items[i];
    return true;
  }
  Root<Object> iterator(vm.heap(), get_iterator(vm, sequence));
  if (iterator.value().is_null()) {
    if (vm.has_exception()) {
      vm.take_exception();
      raise(vm, vm.exceptions().TypeError,
            "cannot unpack non-iterable " + to_utf8(type->name) + " object");
    }
    return false;
  }
  for (uint32_t i = 0; i < count; ++i) {
    Value item = next(vm, iterator.value());
    if (item.is_null()) {
      if (!vm.has_exception()) {
        raise(vm, vm.exceptions().ValueError,
              "not enough values to unpack (expected " + std::to_string(count) + ", got " +
                  std::to_string(i) + ")");
      }
      return false;
    }
    out[count - 1 - i] = item;
  }
  Value extra = next(vm, iterator.value());
  if (!extra.is_null()) {
    raise(vm, vm.exceptions().ValueError,
          "too many values to unpack (expected " + std::to_string(count) + ")");
    return false;
  }
  return !vm.has_exception();
}

// Links a generator's frame on top of `resumer` to resume it. The
// generator's own handled exception (its sys.exc_info()) goes on top of
// the VM's stack of them.
void enter_generator_frame(VM& vm, Generator* generator, Frame* resumer) {
  Frame* frame = generator->frame();
  frame->previous = resumer;
  frame->is_entry = false;  // run_frame() sets it when resuming from C++
  vm.push_handled_item(&generator->handled);
  generator->state = GeneratorState::Running;
  ++vm.call_depth;
  vm.set_current_frame(frame);
}

// Unlinks `frame` when it returns, raises out or yields, and answers the
// frame to continue in. An ordinary frame goes back to the frame stack; a
// generator's frame stays in its generator, ready to be resumed.
Frame* leave_frame(VM& vm, Frame* frame) {
  Frame* previous = frame->previous;
  vm.set_current_frame(previous);
  --vm.call_depth;
  if (frame->generator) {
    vm.pop_handled_item();
    if (static_cast<Generator*>(frame->generator)->state == GeneratorState::Closed) {
      finish_frame_object(frame);
    }
    frame->previous = nullptr;
  } else {
    vm.frame_stack().pop(frame);
  }
  return previous;
}

// PEP 479: a StopIteration escaping a generator's frame would silently end
// the loop that drives it, so it becomes a RuntimeError (chained to it).
// Async generators do the same for StopAsyncIteration.
void convert_escaping_stop_iteration(VM& vm, Generator* generator) {
  Type* raised = vm.type_of(vm.current_exception());
  bool is_async = generator->type == vm.types().async_generator;
  const char* what = nullptr;
  if (is_subtype(raised, vm.exceptions().StopIteration)) {
    what = "StopIteration";
  } else if (is_async && is_subtype(raised, vm.exceptions().StopAsyncIteration)) {
    what = "StopAsyncIteration";
  }
  if (!what) return;
  Root<Object> cause(vm.heap(), vm.take_exception());
  Value error = make_exception(vm, vm.exceptions().RuntimeError,
                               generator_kind_name(vm, generator) + " raised " + what);
  auto* e = static_cast<Exception*>(error.as_object());
  e->cause = cause.value();
  e->context = cause.value();
  e->suppress_context = true;
  vm.set_exception(error);
}

}  // namespace

Value awaitable_iterator(VM& vm, Value awaitable, uint32_t where) {
  Type* type = vm.type_of(awaitable);
  if (type == vm.types().coroutine) return awaitable;
  if (type == vm.types().generator &&
      (static_cast<Generator*>(awaitable.as_object())->frame()->code->flags() &
       compiler::kIterableCoroutine)) {
    return awaitable;
  }
  if (!type->slots.await) {
    std::string name = to_utf8(type->name);
    if (where == 1) {
      return raise(vm, vm.exceptions().TypeError,
                   "'async with' received an object from __aenter__ that does not implement "
                   "__await__: " + name);
    }
    if (where == 2) {
      return raise(vm, vm.exceptions().TypeError,
                   "'async with' received an object from __aexit__ that does not implement "
                   "__await__: " + name);
    }
    return raise(vm, vm.exceptions().TypeError,
                 "object " + name + " can't be used in 'await' expression");
  }
  Value iterator = type->slots.await(vm, awaitable);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  bool is_coroutine = iterator_type == vm.types().coroutine ||
                      (iterator_type == vm.types().generator &&
                       (static_cast<Generator*>(iterator.as_object())->frame()->code->flags() &
                        compiler::kIterableCoroutine));
  if (is_coroutine) {
    return raise(vm, vm.exceptions().TypeError, "__await__() returned a coroutine");
  }
  if (!iterator_type->slots.next) {
    return raise(vm, vm.exceptions().TypeError,
                 "__await__() returned non-iterator of type '" + to_utf8(iterator_type->name) +
                     "'");
  }
  return iterator;
}

namespace {

// The exception being raised becomes the __cause__ of a TypeError with
// `message` (CPython's _PyErr_FormatFromCause).
void raise_type_error_from_current(VM& vm, const std::string& message) {
  Root<Object> cause(vm.heap(), vm.take_exception());
  Value error = make_exception(vm, vm.exceptions().TypeError, message);
  if (error.is_null()) return;
  auto* e = static_cast<Exception*>(error.as_object());
  e->cause = cause.value();
  e->context = cause.value();
  e->suppress_context = true;
  vm.set_exception(error);
}

// GET_AITER: x.__aiter__() for `async for`, which must have __anext__.
Value async_iterator_of(VM& vm, Value iterable) {
  Type* type = vm.type_of(iterable);
  if (!type->slots.aiter) {
    return raise(vm, vm.exceptions().TypeError,
                 "'async for' requires an object with __aiter__ method, got " +
                     to_utf8(type->name));
  }
  Value iterator = type->slots.aiter(vm, iterable);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  if (!iterator_type->slots.anext) {
    return raise(vm, vm.exceptions().TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: " + to_utf8(iterator_type->name));
  }
  return iterator;
}

// GET_ANEXT: the awaitable of one `async for` step, it.__anext__(). An
// async generator's is its asend awaitable; any other's must be awaitable.
Value next_awaitable_of(VM& vm, Value iterator) {
  Type* type = vm.type_of(iterator);
  if (!type->slots.anext) {
    return raise(vm, vm.exceptions().TypeError,
                 "'async for' requires an iterator with __anext__ method, got " +
                     to_utf8(type->name));
  }
  Value next = type->slots.anext(vm, iterator);
  if (next.is_null() || type == vm.types().async_generator) return next;
  Root<Object> rooted_next(vm.heap(), next);
  Value awaitable = awaitable_iterator(vm, next, 0);
  if (awaitable.is_null()) {
    raise_type_error_from_current(vm, "'async for' received an invalid object from __anext__: " +
                                          to_utf8(vm.type_of(next)->name));
  }
  return awaitable;
}

// A special method of `object`'s type (never the instance's own
// attribute), bound to it; null with no exception set when there is none.
Value special_method(VM& vm, Value object, const char* name) {
  Type* type = vm.type_of(object);
  Value method = lookup_in_mro(vm, type, vm.intern(name));
  if (method.is_null()) return method;
  Type* method_type = vm.type_of(method);
  if (!method_type->slots.descr_get) return method;
  return method_type->slots.descr_get(vm, method, object, Value::from_object(type));
}

// Tells the observer of frame events about the instruction `frame` is
// running (ip[-1]), before it runs: one that starts, resumes, suspends or
// ends a frame. Out of line, so that the eval loop's own code stays as it
// is without an observer.
[[gnu::noinline, gnu::cold]] void report_to_observer(VM& vm, Frame* frame) {
  Instruction instruction = frame->ip[-1];
  switch (opcode_of(instruction)) {
    case Opcode::RESUME:
      if (argument_of(instruction) == 0) {
        vm.observer->frame_started(vm, frame);
      } else {
        vm.observer->frame_resumed(vm, frame, frame->stack_top[-1]);
      }
      break;
    case Opcode::RETURN_GENERATOR:
      vm.observer->frame_created(vm, frame);
      break;
    case Opcode::YIELD_VALUE:
      vm.observer->frame_yielded(vm, frame, frame->stack_top[-1]);
      break;
    case Opcode::RETURN_VALUE:
      vm.observer->frame_returned(vm, frame, frame->stack_top[-1]);
      break;
    default:
      break;
  }
}

// Resuming from bytecode makes the common checks, and counts against the
// recursion limit like a call does.
bool can_resume(VM& vm, Generator* generator, Value sent) {
  if (!check_resumable(vm, generator, sent)) return false;
  if (vm.call_depth >= vm.recursion_limit) {
    raise(vm, vm.exceptions().RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}


// UNPACK_EX: `a, *b, c = seq` — `before` items, a list of the middle, and
// `after` items, pushed so that the first target's value ends on top.
bool unpack_starred(VM& vm, Value sequence, uint32_t before, uint32_t after, Value* out) {
  Root<Object> iterator(vm.heap(), get_iterator(vm, sequence));
  if (iterator.value().is_null()) {
    if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().TypeError)) {
      vm.take_exception();
      raise(vm, vm.exceptions().TypeError,
            "cannot unpack non-iterable " + to_utf8(vm.type_of(sequence)->name) + " object");
    }
    return false;
  }
  uint32_t total = before + after + 1;
  for (uint32_t i = 0; i < before; ++i) {
    Value item = next(vm, iterator.value());
    if (item.is_null()) {
      if (!vm.has_exception()) {
        raise(vm, vm.exceptions().ValueError,
              "not enough values to unpack (expected at least " +
                  std::to_string(before + after) + ", got " + std::to_string(i) + ")");
      }
      return false;
    }
    out[total - 1 - i] = item;
  }
  Root<List> rest(vm.heap(), make_list(vm));
  for (;;) {
    Value item = next(vm, iterator.value());
    if (item.is_null()) break;
    if (!list_append(vm, rest.get(), item)) return false;
  }
  if (vm.has_exception()) return false;
  if (rest->size < after) {
    raise(vm, vm.exceptions().ValueError,
          "not enough values to unpack (expected at least " + std::to_string(before + after) +
              ", got " + std::to_string(before + rest->size) + ")");
    return false;
  }
  // The last `after` items of the rest go to the targets after the star.
  for (uint32_t i = 0; i < after; ++i) out[after - 1 - i] = rest->items[rest->size - after + i];
  rest->size -= after;
  out[after] = rest.value();
  return true;
}

// The name to show for a callable in call errors, as CPython's
// _PyObject_FunctionStr: "mod.qualname()" ("qualname()" for builtins), or
// str(callable) when it has no __qualname__.
std::string callable_description(VM& vm, Value callable) {
  Root<Object> rooted(vm.heap(), callable);
  Value qualname = get_attribute(vm, callable, vm.intern("__qualname__"));
  if (qualname.is_null()) {
    vm.take_exception();
    Value text = str(vm, rooted.value());
    if (text.is_null()) {
      vm.take_exception();
      return "";
    }
    return to_utf8(static_cast<Str*>(text.as_object()));
  }
  std::string name = is_str(vm, qualname) ? to_utf8(static_cast<Str*>(qualname.as_object())) : "";
  Value module = get_attribute(vm, rooted.value(), vm.intern("__module__"));
  if (module.is_null()) {
    vm.take_exception();
  } else if (is_str(vm, module)) {
    std::string module_name = to_utf8(static_cast<Str*>(module.as_object()));
    if (module_name != "builtins") return module_name + "." + name + "()";
  }
  return name + "()";
}

// BEFORE_WITH: looks up the manager's __enter__ and __exit__ on its type,
// sets *exit, and returns what __enter__ returned.
Value enter_context(VM& vm, Value manager, Value* exit) {
  Root<Object> rooted(vm.heap(), manager);
  auto refuse = [&](const char* what) {
    if (vm.has_exception()) return Value::null();
    return raise(vm, vm.exceptions().TypeError,
                 "'" + to_utf8(vm.type_of(rooted.value())->name) +
                     "' object does not support the context manager protocol" + what);
  };
  Root<Object> enter(vm.heap(), lookup_special(vm, manager, vm.intern("__enter__")));
  if (enter.value().is_null()) return refuse("");
  Root<Object> bound_exit(vm.heap(), lookup_special(vm, rooted.value(), vm.intern("__exit__")));
  if (bound_exit.value().is_null()) return refuse(" (missed __exit__ method)");
  Value entered = call(vm, enter.value(), {});
  *exit = bound_exit.value();
  return entered;
}

// DICT_MERGE for f(**a, **b): keys must be strings, and each only once.
bool merge_keyword_mapping(VM& vm, Dict* target, Value mapping, Value callable) {
  if (vm.type_of(mapping) != vm.types().dict) {
    raise(vm, vm.exceptions().TypeError,
          callable_description(vm, callable) + " argument after ** must be a mapping, not " +
              to_utf8(vm.type_of(mapping)->name));
    return false;
  }
  int64_t position = 0;
  Value key, value;
  while (dict_next(static_cast<Dict*>(mapping.as_object()), position, &key, &value)) {
    if (vm.type_of(key) != vm.types().str) {
      raise(vm, vm.exceptions().TypeError, "keywords must be strings");
      return false;
    }
    if (!dict_get(vm, target, key).is_null()) {
      raise(vm, vm.exceptions().TypeError,
            callable_description(vm, callable) + " got multiple values for keyword argument '" +
                to_utf8(static_cast<Str*>(key.as_object())) + "'");
      return false;
    }
    if (!dict_set(vm, target, key, value)) return false;
  }
  return true;
}

// CALL_FUNCTION_EX: a call whose arguments come as a tuple (from *args)
// and a dict (from **kwargs) instead of on the stack.
Value call_with_containers(VM& vm, Value callable, Value positional, Value kwargs) {
  Root<Object> rooted_callable(vm.heap(), callable);
  Root<Object> rooted_kwargs(vm.heap(), kwargs);
  Root<Object> rooted_positional(vm.heap(), positional);
  if (vm.type_of(positional) != vm.types().tuple) {
    Root<List> items(vm.heap(), make_list(vm));
    if (!list_extend(vm, items.get(), positional)) {
      if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().TypeError)) {
        vm.take_exception();
        raise(vm, vm.exceptions().TypeError,
              callable_description(vm, callable) + " argument after * must be an iterable, not " +
                  to_utf8(vm.type_of(positional)->name));
      }
      return Value::null();
    }
    rooted_positional.set(Value::from_object(
        make_tuple(vm, std::span<const Value>(items->items, items->size))));
  }
  auto* args = static_cast<Tuple*>(rooted_positional.value().as_object());
  if (kwargs.is_null()) {
    return call(vm, callable, CallArgs{args->items(), static_cast<size_t>(args->size), nullptr});
  }
  auto* keywords = static_cast<Dict*>(kwargs.as_object());
  std::vector<Value> values(args->items(), args->items() + args->size);
  std::vector<Value> names;
  int64_t position = 0;
  Value key, value;
  while (dict_next(keywords, position, &key, &value)) {
    names.push_back(key);
    values.push_back(value);
  }
  Root<Tuple> kwnames(vm.heap(), make_tuple(vm, std::span<const Value>(names)));
  return call(vm, callable, CallArgs{values.data(), static_cast<size_t>(args->size), kwnames.get()});
}

// The C++ function a CALL may run directly: a method descriptor of a
// builtin type whose receiver (the first argument, as LOAD_METHOD leaves
// it) is exactly of that type, so the descriptor's own check that the
// receiver fits cannot fail. A subclass instance, a missing receiver and
// generators' and coroutines' methods (send resumes in the loop: see CALL)
// take the general path.
inline const NativeFunctionDef* native_method_for(VM& vm, Value callable, const Value* args,
                                                  size_t nargs) {
  if (vm.type_of(callable) != vm.types().method_descriptor || nargs == 0) return nullptr;
  auto* descriptor = static_cast<MethodDescriptor*>(callable.as_object());
  Type* owner = descriptor->owner;
  if (vm.type_of(args[0]) != owner || owner == vm.types().generator ||
      owner == vm.types().coroutine) {
    return nullptr;
  }
  return descriptor->def;
}

// The containers whose slicing BUILD_SLICE does itself (see there).
inline bool is_exact_sequence(VM& vm, Value container) {
  Type* type = vm.type_of(container);
  return type == vm.types().str || type == vm.types().list || type == vm.types().tuple;
}

// sequence[start:stop] or [start:stop:step], the `count` bounds on the
// stack (where they stay alive while __index__ code runs): what slicing
// with a slice object of those bounds gives.
Value slice_of_sequence(VM& vm, Value sequence, const Value* bounds, uint32_t count) {
  SliceBounds unpacked;
  if (!unpack_slice(vm, bounds[0], bounds[1], count == 3 ? bounds[2] : vm.none(), unpacked)) {
    return Value::null();
  }
  Type* type = vm.type_of(sequence);
  if (type == vm.types().str) {
    auto* text = static_cast<Str*>(sequence.as_object());
    return Value::from_object(str_slice(vm, text, adjust_slice(unpacked, text->length)));
  }
  if (type == vm.types().list) {
    auto* list = static_cast<List*>(sequence.as_object());
    return list_slice(vm, list, adjust_slice(unpacked, list->size));
  }
  auto* tuple = static_cast<Tuple*>(sequence.as_object());
  return Value::from_object(tuple_slice(vm, tuple, adjust_slice(unpacked, tuple->size)));
}

// BUILD_STRING: the concatenation of `count` strs (an f-string's parts),
// which stay on the stack, rooted, while the result is allocated. Each
// part is canonical, so the widest part's kind is the narrowest that fits
// them all, and the result is ASCII when every part is.
Str* build_string(VM& vm, const Value* parts, uint32_t count) {
  int64_t length = 0;
  uint8_t kind = 1;
  bool ascii = true;
  for (uint32_t i = 0; i < count; ++i) {
    auto* piece = static_cast<Str*>(parts[i].as_object());
    length += piece->length;
    kind = std::max(kind, piece->kind);
    ascii = ascii && piece->ascii;
  }
  Str* result = allocate_blank_str(vm, length, kind, ascii);
  int64_t at = 0;
  for (uint32_t i = 0; i < count; ++i) {
    auto* piece = static_cast<Str*>(parts[i].as_object());
    if (piece->kind == kind) {  // the common case, without copy_code_points' call
      std::memcpy(result->data() + at * kind, piece->data(),
                  static_cast<size_t>(piece->length) * kind);
    } else {
      copy_code_points(result, at, piece, 0, piece->length);
    }
    at += piece->length;
  }
  return result;
}

// BUILD_SET: a set of `count` items.
Value build_set(VM& vm, const Value* items, uint32_t count) {
  Root<Set> set(vm.heap(), make_set(vm, vm.types().set));
  for (uint32_t i = 0; i < count; ++i) {
    if (set_add(vm, set.get(), items[i]) < 0) return Value::null();
  }
  return set.value();
}

// BUILD_MAP (key, value pairs in `items`) and BUILD_CONST_KEY_MAP (the keys
// in the tuple `keys`, the values in `items`).
Value build_map(VM& vm, Tuple* keys, const Value* items, uint32_t count) {
  Root<Dict> dict(vm.heap(), make_dict(vm));
  for (uint32_t i = 0; i < count; ++i) {
    bool ok = keys ? dict_set(vm, dict.get(), (*keys)[i], items[i])
                   : dict_set(vm, dict.get(), items[2 * i], items[2 * i + 1]);
    if (!ok) return Value::null();
  }
  return dict.value();
}

}  // namespace

Value run_frame(VM& vm, Frame* frame, bool throwing) {
  if (vm.native_stack_exhausted()) {
    if (!frame->generator) {  // undo the call's push, as leave_frame would
      --vm.call_depth;
      vm.frame_stack().pop(frame);
    }
    return raise(vm, vm.exceptions().RecursionError, "maximum recursion depth exceeded");
  }
  if (frame->generator) {
    enter_generator_frame(vm, static_cast<Generator*>(frame->generator), vm.current_frame());
    // An exception thrown into a generator suspended in an `except` block
    // is raised there: the exception being handled becomes its __context__.
    if (throwing && !vm.own_handled_exception().is_null()) {
      raise_value(vm, vm.take_exception());
    }
  } else {
    frame->previous = vm.current_frame();
    vm.set_current_frame(frame);
  }
  frame->is_entry = true;

  // The dispatch table: one label per opcode, in opcodes.def order.
  //
  // An observer of frame events (vm/observer.h: eddy --trace) gets the
  // entries of the instructions that report to it pointed at `observed`
  // below, which reports, then runs the instruction from `labels`. So no
  // instruction tests for an observer when there is none. The entries stay
  // so for the process: `observed` checks that this VM has an observer.
  static void* const labels[] = {
#define OPCODE(name, operand, pops, pushes) &&op_##name,
#include "vm/opcodes.def"
  };
  static void* dispatch_table[] = {
#define OPCODE(name, operand, pops, pushes) &&op_##name,
#include "vm/opcodes.def"
  };
  if (vm.observer && vm.observer->observes_frames) [[unlikely]] {
    for (Opcode reported : {Opcode::RESUME, Opcode::RETURN_GENERATOR, Opcode::YIELD_VALUE,
                            Opcode::RETURN_VALUE}) {
      dispatch_table[static_cast<int>(reported)] = &&observed;
    }
  }

  Value* sp = frame->stack_top;
  const Instruction* ip = frame->ip;
  Tuple* kwnames = nullptr;  // set by KW_NAMES for the next CALL

// The running instruction's argument, read again from the instruction
// rather than kept in a variable: the loop is too large for the compiler to
// keep one more variable in a register, and a spilled one costs a store and
// a dependent load on every instruction.
#define OPARG (argument_of(ip[-1]))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
  // Instructions save the stack pointer before anything that may allocate
  // (so the collector sees the live stack) or run other frames.
#define SAVE_STATE()       \
  do {                     \
    frame->stack_top = sp; \
    frame->ip = ip;        \
  } while (0)
// No object with a destructor (a Root<>, a std::string) may be alive at a
// DISPATCH(): a computed goto leaves its scope without running destructors,
// so a root would never be removed and memory would leak. Instructions that
// need one call a function that holds it.
#define DISPATCH()                                     \
  do {                                                 \
    Instruction instruction = *ip++;                   \
    goto* dispatch_table[instruction & 0xFF];          \
  } while (0)
#define CHECK(ok) \
  do {            \
    if (!(ok)) goto error; \
  } while (0)
// CPython's eval breaker, tested at backward jumps and at function entry:
// runs the handlers of signals that arrived (SIGINT's default raises
// KeyboardInterrupt there). One load and a branch when none has.
#define CHECK_SIGNALS()               \
  do {                                \
    if (signal_arrived()) {           \
      SAVE_STATE();                   \
      CHECK(run_signal_handlers(vm)); \
    }                                 \
  } while (0)
// Continues the loop in `callee`, a frame just pushed for a call made by
// `frame`, whose stack already holds what it keeps during the call.
#define CONTINUE_IN_CALLEE(callee) \
  do {                             \
    frame->stack_top = sp;         \
    (callee)->is_entry = false;    \
    (callee)->previous = frame;    \
    vm.set_current_frame(callee);  \
    frame = (callee);              \
    sp = frame->stack_top;         \
    ip = frame->ip;                \
    DISPATCH();                    \
  } while (0)

  if (throwing) goto error;
  DISPATCH();

op_NOP:
  DISPATCH();

op_POP_TOP:
  --sp;
  DISPATCH();

op_PUSH_NULL:
  PUSH(Value::null());
  DISPATCH();

op_COPY: {
  Value v = PEEK(OPARG);
  PUSH(v);
  DISPATCH();
}

op_SWAP: {
  Value top = TOP();
  TOP() = PEEK(OPARG);
  PEEK(OPARG) = top;
  DISPATCH();
}

op_LOAD_CONST:
  PUSH((*frame->code->consts)[OPARG]);
  DISPATCH();

op_LOAD_FAST: {
  Value v = frame->slots()[OPARG];
  if (v.is_null()) {
    SAVE_STATE();
    raise_unbound_local(vm, local_name(frame, OPARG));
    goto error;
  }
  PUSH(v);
  DISPATCH();
}

op_STORE_FAST:
  frame->slots()[OPARG] = POP();
  DISPATCH();

op_DELETE_FAST:
  if (frame->slots()[OPARG].is_null()) {
    SAVE_STATE();
    raise_unbound_local(vm, local_name(frame, OPARG));
    goto error;
  }
  frame->slots()[OPARG] = Value::null();
  DISPATCH();

op_LOAD_NAME: {
  SAVE_STATE();
  Str* name = name_at(frame, OPARG);
  Value v = Value::null();
  if (!frame->locals.is_null()) {
    v = get_item(vm, frame->locals, Value::from_object(name));
    if (v.is_null()) {
      if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().KeyError)) goto error;
      vm.take_exception();
    }
  }
  if (v.is_null()) {
    v = load_global(vm, frame, name);
    CHECK(!v.is_null());
  }
  PUSH(v);
  DISPATCH();
}

op_STORE_NAME: {
  SAVE_STATE();
  Value v = POP();
  CHECK(set_item(vm, frame->locals, Value::from_object(name_at(frame, OPARG)), v));
  DISPATCH();
}

op_DELETE_NAME: {
  SAVE_STATE();
  Str* name = name_at(frame, OPARG);
  if (!delete_item(vm, frame->locals, Value::from_object(name))) {
    vm.take_exception();
    raise_name_error(vm, name);
    goto error;
  }
  DISPATCH();
}

op_LOAD_GLOBAL: {
  SAVE_STATE();
  if (OPARG & 1) PUSH(Value::null());
  uint32_t index = OPARG >> 1;
  Str* name = name_at(frame, index);
  int32_t* hints = &frame->code->global_hints[2 * index];
  Value v = dict_get_str_hinted(vm, frame->globals, name, hints[0]);
  if (v.is_null()) v = dict_get_str_hinted(vm, frame->builtins, name, hints[1]);
  if (v.is_null()) {
    raise_name_error(vm, name);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}

op_STORE_GLOBAL: {
  SAVE_STATE();
  Value v = POP();
  CHECK(dict_set_str(vm, frame->globals, name_at(frame, OPARG), v));
  DISPATCH();
}

op_DELETE_GLOBAL: {
  SAVE_STATE();
  Str* name = name_at(frame, OPARG);
  int deleted = dict_delete(vm, frame->globals, Value::from_object(name));
  CHECK(deleted >= 0);
  if (deleted == 0) {
    raise_name_error(vm, name);
    goto error;
  }
  DISPATCH();
}

op_MAKE_CELL: {
  SAVE_STATE();
  Value* slot = &frame->slots()[frame->code->local_count + OPARG];
  *slot = Value::from_object(make_cell(vm, *slot));
  DISPATCH();
}

op_COPY_FREE_VARS: {
  // The closure's cells go into the free-variable slots, after the cells.
  Tuple* closure = frame->function->closure;
  Value* free_slots = frame->slots() + frame->code->slot_count - OPARG;
  for (uint32_t i = 0; i < OPARG; ++i) free_slots[i] = (*closure)[i];
  DISPATCH();
}

op_LOAD_CLOSURE:
  PUSH(frame->slots()[frame->code->local_count + OPARG]);
  DISPATCH();

op_LOAD_DEREF: {
  auto* cell = static_cast<Cell*>(frame->slots()[frame->code->local_count + OPARG].as_object());
  if (cell->contents.is_null()) {
    SAVE_STATE();
    if (OPARG < static_cast<uint32_t>(frame->code->cellvars->size)) {
      raise_unbound_local(vm, cell_name(frame, OPARG));
    } else {
      raise_unbound_free(vm, cell_name(frame, OPARG));
    }
    goto error;
  }
  PUSH(cell->contents);
  DISPATCH();
}

op_LOAD_CLASSDEREF: {
  // In a class body, a free variable may be shadowed by the class namespace.
  SAVE_STATE();
  Str* name = cell_name(frame, OPARG);
  Value v = get_item(vm, frame->locals, Value::from_object(name));
  if (v.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().KeyError)) goto error;
    vm.take_exception();
    auto* cell = static_cast<Cell*>(frame->slots()[frame->code->local_count + OPARG].as_object());
    v = cell->contents;
    if (v.is_null()) {
      raise_unbound_free(vm, name);
      goto error;
    }
  }
  PUSH(v);
  DISPATCH();
}

op_STORE_DEREF: {
  auto* cell = static_cast<Cell*>(frame->slots()[frame->code->local_count + OPARG].as_object());
  cell->contents = POP();
  DISPATCH();
}

op_DELETE_DEREF: {
  auto* cell = static_cast<Cell*>(frame->slots()[frame->code->local_count + OPARG].as_object());
  if (cell->contents.is_null()) {
    SAVE_STATE();
    raise_unbound_local(vm, cell_name(frame, OPARG));
    goto error;
  }
  cell->contents = Value::null();
  DISPATCH();
}

op_LOAD_ATTR: {
  SAVE_STATE();
  Value v = load_attribute(vm, frame->code->attribute_caches[OPARG], TOP(), name_at(frame, OPARG));
  CHECK(!v.is_null());
  TOP() = v;
  DISPATCH();
}

op_LOAD_METHOD: {
  // A plain function of the object's class is pushed unbound, followed by
  // the object: CALL passes it as the first argument, and no bound method
  // is made. Anything else: NULL and the attribute, a plain callable.
  SAVE_STATE();
  Value owner = TOP();
  Value method = load_method(vm, frame->code->attribute_caches[OPARG], owner, name_at(frame, OPARG));
  if (!method.is_null()) {
    TOP() = method;
    PUSH(owner);
    DISPATCH();
  }
  Value v = get_attribute(vm, owner, name_at(frame, OPARG));
  CHECK(!v.is_null());
  TOP() = Value::null();
  PUSH(v);
  DISPATCH();
}

op_STORE_ATTR: {
  SAVE_STATE();
  Value owner = POP();
  Value v = POP();
  CHECK(store_attribute(vm, frame->code->attribute_caches[OPARG], owner, name_at(frame, OPARG), v));
  DISPATCH();
}

op_DELETE_ATTR: {
  SAVE_STATE();
  Value owner = POP();
  CHECK(delete_attribute(vm, owner, name_at(frame, OPARG)));
  DISPATCH();
}

op_BINARY_SUBSCR: {
  SAVE_STATE();
  Value key = POP();
  Value v = get_item(vm, TOP(), key);
  CHECK(!v.is_null());
  TOP() = v;
  DISPATCH();
}

op_STORE_SUBSCR: {
  SAVE_STATE();
  Value key = POP();
  Value container = POP();
  Value v = POP();
  CHECK(set_item(vm, container, key, v));
  DISPATCH();
}

op_DELETE_SUBSCR: {
  SAVE_STATE();
  Value key = POP();
  Value container = POP();
  CHECK(delete_item(vm, container, key));
  DISPATCH();
}

op_IMPORT_NAME: {
  SAVE_STATE();
  Value fromlist = POP();
  int64_t level = TOP().is_small_int() ? TOP().as_small_int() : 0;
  Value module = import_name(vm, name_at(frame, OPARG), fromlist, level, frame->globals);
  CHECK(!module.is_null());
  TOP() = module;
  DISPATCH();
}

op_IMPORT_FROM: {
  SAVE_STATE();
  Value v = import_from(vm, TOP(), name_at(frame, OPARG));
  CHECK(!v.is_null());
  PUSH(v);
  DISPATCH();
}

op_IMPORT_STAR: {
  SAVE_STATE();
  Value module = POP();
  Value locals = frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals;
  CHECK(import_star(vm, module, locals));
  DISPATCH();
}

op_PRINT_EXPR:
  SAVE_STATE();
  CHECK(print_expression(vm, TOP()));
  --sp;
  DISPATCH();

op_CHECK_EG_MATCH: {
  // The type stays on the stack, rooted, while the group is split.
  SAVE_STATE();
  Value rest;
  Value match = match_except_star(vm, PEEK(2), TOP(), &rest);
  CHECK(!match.is_null());
  --sp;
  if (!match.is(vm.none())) {
    TOP() = rest;
    vm.set_handled_exception(match);
  }
  PUSH(match);
  DISPATCH();
}

op_PREP_RERAISE_STAR: {
  SAVE_STATE();
  Value to_raise = prepare_reraise_star(vm, PEEK(2), TOP());
  CHECK(!to_raise.is_null());
  --sp;
  TOP() = to_raise;
  DISPATCH();
}

op_LOAD_BUILD_CLASS: {
  Value build_class = dict_get_str(vm, frame->builtins, vm.intern("__build_class__"));
  if (build_class.is_null()) {
    SAVE_STATE();
    raise(vm, vm.exceptions().NameError, "__build_class__ not found");
    goto error;
  }
  PUSH(build_class);
  DISPATCH();
}

op_BUILD_SLICE: {
  // `s[a:b]` and `s[a:b:c]` on an exact str, list or tuple: the subscript
  // would only read the slice's bounds, so BUILD_SLICE does it from the
  // stack, with the BINARY_SUBSCR that follows, and makes no slice object.
  if (opcode_of(*ip) == Opcode::BINARY_SUBSCR && is_exact_sequence(vm, PEEK(OPARG + 1))) {
    uint32_t count = OPARG;
    ++ip;  // an error is the subscript's, as in CPython
    SAVE_STATE();
    Value v = slice_of_sequence(vm, PEEK(count + 1), sp - count, count);
    CHECK(!v.is_null());
    sp -= count;
    TOP() = v;
    DISPATCH();
  }
  SAVE_STATE();
  Value step = OPARG == 3 ? POP() : vm.none();
  Value stop = POP();
  Value start = TOP();
  TOP() = Value::from_object(make_slice(vm, start, stop, step));
  DISPATCH();
}

op_BUILD_SET: {
  // Roots live in an inner block: DISPATCH()'s computed goto would leave
  // their scope without running their destructors.
  SAVE_STATE();
  Value set = build_set(vm, sp - OPARG, OPARG);
  CHECK(!set.is_null());
  sp -= OPARG;
  PUSH(set);
  DISPATCH();
}

op_SET_ADD: {
  SAVE_STATE();
  Value item = POP();
  CHECK(set_add(vm, static_cast<Set*>(PEEK(OPARG).as_object()), item) >= 0);
  DISPATCH();
}

op_SET_UPDATE: {
  SAVE_STATE();
  Value iterable = POP();
  CHECK(set_update(vm, static_cast<Set*>(PEEK(OPARG).as_object()), iterable));
  DISPATCH();
}

op_DICT_MERGE: {
  // f(**a, **b): like DICT_UPDATE, but a repeated keyword is an error.
  SAVE_STATE();
  Value mapping = POP();
  auto* dict = static_cast<Dict*>(PEEK(OPARG).as_object());
  Value callable = PEEK(OPARG + 2);
  CHECK(merge_keyword_mapping(vm, dict, mapping, callable));
  DISPATCH();
}

op_FORMAT_VALUE: {
  // f-string fields: the conversion (!s, !r, !a) first, then format().
  SAVE_STATE();
  Value spec = (OPARG & 4) ? POP() : Value::null();
  Value value = TOP();
  if (OPARG == 0 && value.is_small_int()) {
    // f"{n}" for an int is its decimal digits: skip format() and str().
    TOP() = Value::from_object(int64_str(vm, value.as_small_int()));
    DISPATCH();
  }
  switch (OPARG & 3) {
    case 1: value = str(vm, value); break;
    case 2: value = repr(vm, value); break;
    case 3: value = ascii_of(vm, value); break;
    default: break;
  }
  CHECK(!value.is_null());
  if (spec.is_null() && vm.type_of(value) == vm.types().str) {
    TOP() = value;
    DISPATCH();
  }
  TOP() = value;
  Value formatted = format_value(vm, value, spec.is_null() ? vm.intern("") : static_cast<Str*>(spec.as_object()));
  CHECK(!formatted.is_null());
  TOP() = formatted;
  DISPATCH();
}

op_UNPACK_EX: {
  SAVE_STATE();
  Value sequence = POP();
  frame->stack_top = sp;
  uint32_t before = OPARG & 0xFF;
  uint32_t after = OPARG >> 8;
  CHECK(unpack_starred(vm, sequence, before, after, sp));
  sp += before + after + 1;
  DISPATCH();
}

op_CALL_FUNCTION_EX: {
  // f(*args, **kwargs): the positional tuple and the keyword dict are
  // spread into an ordinary call.
  SAVE_STATE();
  Value kwargs = (OPARG & 1) ? POP() : Value::null();
  Value positional = POP();
  Value callable = POP();
  --sp;  // the NULL below the callable
  frame->stack_top = sp;
  Value result = call_with_containers(vm, callable, positional, kwargs);
  CHECK(!result.is_null());
  PUSH(result);
  DISPATCH();
}

op_SETUP_ANNOTATIONS: {
  SAVE_STATE();
  Str* name = vm.intern("__annotations__");
  Value existing = get_item(vm, frame->locals, Value::from_object(name));
  if (existing.is_null()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().KeyError)) goto error;
    vm.take_exception();
    Root<Dict> annotations(vm.heap(), make_dict(vm));  // ends with the if, before DISPATCH
    CHECK(set_item(vm, frame->locals, Value::from_object(name), annotations.value()));
  }
  DISPATCH();
}

op_UNARY_POSITIVE: {
  SAVE_STATE();
  Value v = positive(vm, TOP());
  CHECK(!v.is_null());
  TOP() = v;
  DISPATCH();
}

op_UNARY_NEGATIVE: {
  Value operand = TOP();
  if (operand.is_small_int()) {
    TOP() = Value::from_small_int(-operand.as_small_int());  // -(2**47) still fits: it is 2**47
    if (Value::fits_small_int(-operand.as_small_int())) DISPATCH();
  }
  SAVE_STATE();
  TOP() = operand;
  Value v = negative(vm, operand);
  CHECK(!v.is_null());
  TOP() = v;
  DISPATCH();
}

op_UNARY_NOT: {
  SAVE_STATE();
  int truth = truthy(vm, TOP());
  CHECK(truth >= 0);
  TOP() = vm.boolean(!truth);
  DISPATCH();
}

op_UNARY_INVERT: {
  SAVE_STATE();
  Value v = invert(vm, TOP());
  CHECK(!v.is_null());
  TOP() = v;
  DISPATCH();
}

op_BINARY_OP: {
  Value right = TOP();
  Value left = PEEK(2);
  if (Value::both_small_ints(left, right)) {
    int64_t a = left.as_small_int();
    int64_t b = right.as_small_int();
    int64_t result;
    bool fast = true;
    switch (static_cast<BinaryOp>(OPARG)) {
      case BinaryOp::Add:
      case BinaryOp::InplaceAdd:
        result = a + b;
        break;
      case BinaryOp::Subtract:
      case BinaryOp::InplaceSubtract:
        result = a - b;
        break;
      case BinaryOp::Multiply:
      case BinaryOp::InplaceMultiply:
        fast = !__builtin_mul_overflow(a, b, &result);
        break;
      case BinaryOp::And:
      case BinaryOp::InplaceAnd:
        result = a & b;
        break;
      case BinaryOp::Or:
      case BinaryOp::InplaceOr:
        result = a | b;
        break;
      case BinaryOp::Xor:
      case BinaryOp::InplaceXor:
        result = a ^ b;
        break;
      // Python's % and // round toward minus infinity; C++'s toward zero.
      case BinaryOp::Remainder:
      case BinaryOp::InplaceRemainder:
        fast = b != 0;
        if (fast) {
          result = a % b;
          if (result != 0 && ((result ^ b) < 0)) result += b;
        }
        break;
      case BinaryOp::FloorDivide:
      case BinaryOp::InplaceFloorDivide:
        fast = b != 0;
        if (fast) {
          result = a / b;
          if (a % b != 0 && ((a ^ b) < 0)) --result;
        }
        break;
      // Negative counts raise and big ones overflow: both take the slow path.
      case BinaryOp::RShift:
      case BinaryOp::InplaceRShift:
        fast = b >= 0 && b < 64;
        if (fast) result = a >> b;
        break;
      case BinaryOp::LShift:
      case BinaryOp::InplaceLShift:
        fast = b >= 0 && b < 16;  // a small int shifted by < 16 still fits in 64 bits
        if (fast) result = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
        break;
      default:
        fast = false;
        break;
    }
    if (fast && Value::fits_small_int(result)) {
      --sp;
      TOP() = Value::from_small_int(result);
      DISPATCH();
    }
  } else if (left.is_double() && (right.is_double() || right.is_small_int())) {
    // Float arithmetic inline (an unboxed int converts exactly); division
    // by zero takes the slow path, which raises.
    double a = left.as_double();
    double b = right.is_double() ? right.as_double() : static_cast<double>(right.as_small_int());
    bool fast = true;
    double result = 0;
    switch (static_cast<BinaryOp>(OPARG)) {
      case BinaryOp::Add:
      case BinaryOp::InplaceAdd:
        result = a + b;
        break;
      case BinaryOp::Subtract:
      case BinaryOp::InplaceSubtract:
        result = a - b;
        break;
      case BinaryOp::Multiply:
      case BinaryOp::InplaceMultiply:
        result = a * b;
        break;
      case BinaryOp::TrueDivide:
      case BinaryOp::InplaceTrueDivide:
        fast = b != 0;
        if (fast) result = a / b;
        break;
      default:
        fast = false;
        break;
    }
    if (fast) {
      --sp;
      TOP() = Value::from_double(result);
      DISPATCH();
    }
  }
  // Both operands stay on the stack, where the collector sees them, until
  // the result replaces them.
  SAVE_STATE();
  Value v = binary_op(vm, static_cast<BinaryOp>(OPARG), left, right);
  CHECK(!v.is_null());
  --sp;
  TOP() = v;
  DISPATCH();
}

op_COMPARE_OP: {
  Value right = TOP();
  Value left = PEEK(2);
  if (Value::both_small_ints(left, right)) {
    int64_t a = left.as_small_int();
    int64_t b = right.as_small_int();
    bool result = false;
    switch (static_cast<CompareOp>(OPARG)) {
      case CompareOp::Less: result = a < b; break;
      case CompareOp::LessEqual: result = a <= b; break;
      case CompareOp::Equal: result = a == b; break;
      case CompareOp::NotEqual: result = a != b; break;
      case CompareOp::Greater: result = a > b; break;
      case CompareOp::GreaterEqual: result = a >= b; break;
    }
    --sp;
    TOP() = vm.boolean(result);
    DISPATCH();
  }
  if (left.is_double() && right.is_double()) {
    // IEEE comparisons are Python's for floats, NaN included.
    double a = left.as_double();
    double b = right.as_double();
    bool result = false;
    switch (static_cast<CompareOp>(OPARG)) {
      case CompareOp::Less:
        result = a < b;
        break;
      case CompareOp::LessEqual:
        result = a <= b;
        break;
      case CompareOp::Equal:
        result = a == b;
        break;
      case CompareOp::NotEqual:
        result = a != b;
        break;
      case CompareOp::Greater:
        result = a > b;
        break;
      case CompareOp::GreaterEqual:
        result = a >= b;
        break;
    }
    --sp;
    TOP() = vm.boolean(result);
    DISPATCH();
  }
  // Both operands stay on the stack, where the collector sees them, until
  // the result replaces them.
  SAVE_STATE();
  Value v = compare(vm, left, right, static_cast<CompareOp>(OPARG));
  CHECK(!v.is_null());
  --sp;
  TOP() = v;
  DISPATCH();
}

op_IS_OP: {
  Value right = POP();
  bool same = TOP().is(right);
  TOP() = vm.boolean(same != (OPARG == 1));
  DISPATCH();
}

op_CONTAINS_OP: {
  SAVE_STATE();
  Value container = POP();
  int found = contains(vm, container, TOP());
  CHECK(found >= 0);
  TOP() = vm.boolean((found == 1) != (OPARG == 1));
  DISPATCH();
}

op_BUILD_TUPLE: {
  SAVE_STATE();
  Tuple* tuple = make_tuple(vm, std::span<const Value>(sp - OPARG, OPARG));
  sp -= OPARG;
  PUSH(Value::from_object(tuple));
  DISPATCH();
}

op_BUILD_LIST: {
  SAVE_STATE();
  List* list = make_list(vm, std::span<const Value>(sp - OPARG, OPARG));
  sp -= OPARG;
  PUSH(Value::from_object(list));
  DISPATCH();
}

op_BUILD_MAP: {
  SAVE_STATE();
  Value dict = build_map(vm, nullptr, sp - 2 * OPARG, OPARG);
  CHECK(!dict.is_null());
  sp -= 2 * OPARG;
  PUSH(dict);
  DISPATCH();
}

op_BUILD_CONST_KEY_MAP: {
  SAVE_STATE();
  Value dict = build_map(vm, static_cast<Tuple*>(TOP().as_object()), sp - 1 - OPARG, OPARG);
  CHECK(!dict.is_null());
  sp -= OPARG + 1;
  PUSH(dict);
  DISPATCH();
}

op_BUILD_STRING: {
  SAVE_STATE();
  Str* result = build_string(vm, sp - OPARG, OPARG);
  sp -= OPARG;
  PUSH(Value::from_object(result));
  DISPATCH();
}

op_LIST_APPEND: {
  SAVE_STATE();
  Value v = POP();
  CHECK(list_append(vm, static_cast<List*>(PEEK(OPARG).as_object()), v));
  DISPATCH();
}

op_MAP_ADD: {
  SAVE_STATE();
  Value v = POP();
  Value key = POP();
  CHECK(dict_set(vm, static_cast<Dict*>(PEEK(OPARG).as_object()), key, v));
  DISPATCH();
}

op_LIST_EXTEND: {
  SAVE_STATE();
  Value iterable = POP();
  if (!list_extend(vm, static_cast<List*>(PEEK(OPARG).as_object()), iterable)) {
    // `[*x]` names the starred operand when it is not iterable at all.
    Type* type = vm.type_of(iterable);
    if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().TypeError) &&
        !type->slots.iter && !type->slots.getitem) {
      vm.take_exception();
      raise(vm, vm.exceptions().TypeError,
            "Value after * must be an iterable, not " + to_utf8(type->name));
    }
    goto error;
  }
  DISPATCH();
}

op_DICT_UPDATE: {
  SAVE_STATE();
  Value mapping = POP();
  auto* dict = static_cast<Dict*>(PEEK(OPARG).as_object());
  if (vm.type_of(mapping) != vm.types().dict) {
    raise(vm, vm.exceptions().TypeError,
          "'" + to_utf8(vm.type_of(mapping)->name) + "' object is not a mapping");
    goto error;
  }
  int64_t position = 0;
  Value key, v;
  while (dict_next(static_cast<Dict*>(mapping.as_object()), position, &key, &v)) {
    CHECK(dict_set(vm, dict, key, v));
  }
  DISPATCH();
}

op_LIST_TO_TUPLE: {
  SAVE_STATE();
  auto* list = static_cast<List*>(TOP().as_object());
  TOP() = Value::from_object(make_tuple(vm, std::span<const Value>(list->items, list->size)));
  DISPATCH();
}

op_UNPACK_SEQUENCE: {
  SAVE_STATE();
  Value sequence = POP();
  frame->stack_top = sp;
  CHECK(unpack_sequence(vm, sequence, OPARG, sp));
  sp += OPARG;
  DISPATCH();
}

op_JUMP_FORWARD:
  ip += OPARG;
  DISPATCH();

op_JUMP_BACKWARD:
  CHECK_SIGNALS();
  ip -= OPARG;
  // A safe point: run the finalizers the collector has queued.
  if (vm.heap().has_pending_finalizers()) {
    SAVE_STATE();
    vm.run_pending_finalizers();
  }
  DISPATCH();

op_JUMP_BACKWARD_NO_INTERRUPT:
  ip -= OPARG;
  DISPATCH();

#define CONDITIONAL_JUMP(label, jump_when_true, forward)  \
  op_##label: {                                           \
    Value condition = POP();                              \
    int truth;                                            \
    if (condition.is(vm.boolean(true))) {                 \
      truth = 1;                                          \
    } else if (condition.is(vm.boolean(false))) {         \
      truth = 0;                                          \
    } else {                                              \
      SAVE_STATE();                                       \
      truth = truthy(vm, condition);                      \
      CHECK(truth >= 0);                                  \
    }                                                     \
    if (truth == (jump_when_true)) {                      \
      if (!(forward)) CHECK_SIGNALS();                    \
      ip += (forward) ? int(OPARG) : -int(OPARG);             \
    }                                                     \
    DISPATCH();                                           \
  }
  CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_FALSE, 0, true)
  CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_TRUE, 1, true)
  CONDITIONAL_JUMP(POP_JUMP_BACKWARD_IF_FALSE, 0, false)
  CONDITIONAL_JUMP(POP_JUMP_BACKWARD_IF_TRUE, 1, false)
#undef CONDITIONAL_JUMP

op_POP_JUMP_FORWARD_IF_NONE:
  if (POP().is(vm.none())) ip += OPARG;
  DISPATCH();

op_POP_JUMP_FORWARD_IF_NOT_NONE:
  if (!POP().is(vm.none())) ip += OPARG;
  DISPATCH();

op_POP_JUMP_BACKWARD_IF_NONE:
  if (POP().is(vm.none())) {
    CHECK_SIGNALS();
    ip -= OPARG;
  }
  DISPATCH();

op_POP_JUMP_BACKWARD_IF_NOT_NONE:
  if (!POP().is(vm.none())) {
    CHECK_SIGNALS();
    ip -= OPARG;
  }
  DISPATCH();

op_JUMP_IF_FALSE_OR_POP:
op_JUMP_IF_TRUE_OR_POP: {
  bool jump_when = opcode_of(ip[-1]) == Opcode::JUMP_IF_TRUE_OR_POP;
  SAVE_STATE();
  int truth = truthy(vm, TOP());
  CHECK(truth >= 0);
  if ((truth == 1) == jump_when) {
    ip += OPARG;
  } else {
    --sp;
  }
  DISPATCH();
}

op_GET_ITER: {
  SAVE_STATE();
  Value iterator = get_iterator(vm, TOP());
  CHECK(!iterator.is_null());
  TOP() = iterator;
  DISPATCH();
}

op_FOR_ITER: {
  SAVE_STATE();
  Value iterator = TOP();
  if (vm.type_of(iterator) == vm.types().generator) {
    // Iterating a generator resumes its frame right here in the loop.
    auto* generator = static_cast<Generator*>(iterator.as_object());
    if (generator->state == GeneratorState::Closed) {
      --sp;
      ip += OPARG;
      DISPATCH();
    }
    CHECK(can_resume(vm, generator, vm.none()));
    *generator->frame()->stack_top++ = vm.none();
    enter_generator_frame(vm, generator, frame);
    frame = generator->frame();
    sp = frame->stack_top;
    ip = frame->ip;
    DISPATCH();
  }
  Value item = next(vm, iterator);
  if (item.is_null()) {
    if (vm.has_exception()) {
      if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) goto error;
      vm.take_exception();
    }
    --sp;  // the exhausted iterator
    ip += OPARG;
    DISPATCH();
  }
  PUSH(item);
  DISPATCH();
}

op_RETURN_VALUE: {
  Value result = POP();
  frame->stack_top = sp;
  frame->ip = ip;  // where a frame object left behind says it finished
  Frame* finished = frame;
  bool was_entry = finished->is_entry;
  if (finished->generator) static_cast<Generator*>(finished->generator)->state = GeneratorState::Closed;
  frame = leave_frame(vm, finished);
  if (was_entry) return result;
  sp = frame->stack_top;
  ip = frame->ip;
  if (finished->initializes_instance) {
    if (!result.is(vm.none())) {
      raise_init_returned_value(vm, result);
      goto error;
    }
    DISPATCH();
  }
  if (finished->generator) {
    // A generator resumed by FOR_ITER or SEND has finished: the loop ends,
    // or the delegation completes with the return value. One resumed by a
    // send() call raises StopIteration with it.
    Instruction resumer = ip[-1];
    if (opcode_of(resumer) == Opcode::CALL) {
      raise_stop_iteration(vm, result);
      goto error;
    }
    if (opcode_of(resumer) == Opcode::FOR_ITER) {
      --sp;
    } else {
      TOP() = result;
    }
    ip += argument_of(resumer);
    DISPATCH();
  }
  PUSH(result);
  DISPATCH();
}

op_RETURN_GENERATOR: {
  // The frame moves into a new generator, which is what the call returns.
  SAVE_STATE();
  Value result = Value::from_object(make_generator(vm, frame));
  bool was_entry = frame->is_entry;
  frame = leave_frame(vm, frame);
  if (was_entry) return result;
  sp = frame->stack_top;
  ip = frame->ip;
  PUSH(result);
  DISPATCH();
}

op_YIELD_VALUE: {
  // Suspends the generator: its frame keeps its state, and the value goes
  // to whoever resumed it (FOR_ITER, SEND, or C++).
  Value value = POP();
  frame->stack_top = sp;
  frame->ip = ip;
  static_cast<Generator*>(frame->generator)->state = GeneratorState::Suspended;
  bool was_entry = frame->is_entry;
  frame = leave_frame(vm, frame);
  if (was_entry) return value;
  sp = frame->stack_top;
  ip = frame->ip;
  PUSH(value);
  DISPATCH();
}

op_SEND: {
  // `yield from` and `await`: send the value into the delegate. A native
  // generator or coroutine is resumed inline; anything else through its
  // __next__ / send. If the delegate finishes, jump with its result.
  Value sent = POP();
  Value receiver = TOP();
  SAVE_STATE();
  Type* receiver_type = vm.type_of(receiver);
  if (receiver_type == vm.types().generator || receiver_type == vm.types().coroutine) {
    auto* generator = static_cast<Generator*>(receiver.as_object());
    if (generator->state == GeneratorState::Closed) {
      if (receiver_type == vm.types().coroutine) {
        raise(vm, vm.exceptions().RuntimeError, "cannot reuse already awaited coroutine");
        goto error;
      }
      TOP() = vm.none();
      ip += OPARG;
      DISPATCH();
    }
    CHECK(can_resume(vm, generator, sent));
    *generator->frame()->stack_top++ = sent;
    enter_generator_frame(vm, generator, frame);
    frame = generator->frame();
    sp = frame->stack_top;
    ip = frame->ip;
    DISPATCH();
  }
  Value result;
  if (receiver_type == vm.types().async_generator_asend) {
    // An `async for` step: the async generator's own yields end it without
    // raising StopIteration.
    switch (send_to_asend(vm, receiver, sent, &result)) {
      case ResumeResult::Yielded:
        PUSH(result);
        DISPATCH();
      case ResumeResult::Returned:
        TOP() = result;
        ip += OPARG;
        DISPATCH();
      case ResumeResult::Raised:
        goto error;
    }
  }
  if (sent.is(vm.none()) && (receiver_type->flags & kTypeIsHeapType)) {
    // A class's __next__ is called directly: the next slot would absorb
    // the StopIteration that carries the delegation's result.
    frame->stack_top = sp;
    result = call_special_method(vm, receiver, vm.names().next, {});
  } else if (sent.is(vm.none())) {
    result = next(vm, receiver);
  } else {
    Value method = get_attribute(vm, receiver, vm.intern("send"));
    CHECK(!method.is_null());
    frame->stack_top = sp;
    result = call(vm, method, {sent});
  }
  if (!result.is_null()) {
    PUSH(result);
    DISPATCH();
  }
  if (vm.has_exception()) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) goto error;
    TOP() = stop_iteration_value(vm, vm.take_exception());
  } else {
    TOP() = vm.none();
  }
  ip += OPARG;
  DISPATCH();
}

op_GET_YIELD_FROM_ITER: {
  Value iterable = TOP();
  Type* type = vm.type_of(iterable);
  if (type == vm.types().coroutine) {
    if (!(frame->code->flags() & (compiler::kCoroutine | compiler::kIterableCoroutine))) {
      SAVE_STATE();
      raise(vm, vm.exceptions().TypeError,
            "cannot 'yield from' a coroutine object in a non-coroutine generator");
      goto error;
    }
  } else if (type != vm.types().generator) {
    SAVE_STATE();
    Value iterator = get_iterator(vm, iterable);
    CHECK(!iterator.is_null());
    TOP() = iterator;
  }
  DISPATCH();
}

op_GET_AWAITABLE: {
  SAVE_STATE();
  Value iterator = awaitable_iterator(vm, TOP(), OPARG);
  CHECK(!iterator.is_null());
  if (vm.type_of(iterator) == vm.types().coroutine) {
    auto* coroutine = static_cast<Generator*>(iterator.as_object());
    if (coroutine->state == GeneratorState::Suspended &&
        opcode_of(*coroutine->frame()->ip) == Opcode::RESUME &&
        argument_of(*coroutine->frame()->ip) >= 2) {
      raise(vm, vm.exceptions().RuntimeError, "coroutine is being awaited already");
      goto error;
    }
  }
  TOP() = iterator;
  DISPATCH();
}

op_GET_AITER: {
  SAVE_STATE();
  Value iterator = async_iterator_of(vm, TOP());
  CHECK(!iterator.is_null());
  TOP() = iterator;
  DISPATCH();
}

op_GET_ANEXT: {
  SAVE_STATE();
  Value awaitable = next_awaitable_of(vm, TOP());
  CHECK(!awaitable.is_null());
  PUSH(awaitable);
  DISPATCH();
}

op_END_ASYNC_FOR: {
  // The handler of an `async for` step: StopAsyncIteration ends the loop
  // (dropping the iterator); anything else is re-raised, with no new
  // traceback entry.
  Value exception = POP();
  if (is_subtype(vm.type_of(exception), vm.exceptions().StopAsyncIteration)) {
    --sp;
    DISPATCH();
  }
  frame->stack_top = sp;
  frame->ip = ip;
  vm.set_exception(exception);
  goto unwind;
}

op_BEFORE_ASYNC_WITH: {
  // No Root<> in an instruction's block: DISPATCH's computed goto skips
  // destructors. The stack keeps __aenter__ alive instead.
  SAVE_STATE();
  Value manager = TOP();
  Value enter = special_method(vm, manager, "__aenter__");
  if (enter.is_null()) {
    if (!vm.has_exception()) {
      raise(vm, vm.exceptions().TypeError,
            "'" + to_utf8(vm.type_of(manager)->name) +
                "' object does not support the asynchronous context manager protocol");
    }
    goto error;
  }
  PUSH(enter);
  frame->stack_top = sp;
  Value exit = special_method(vm, manager, "__aexit__");
  if (exit.is_null()) {
    if (!vm.has_exception()) {
      raise(vm, vm.exceptions().TypeError,
            "'" + to_utf8(vm.type_of(manager)->name) +
                "' object does not support the asynchronous context manager protocol "
                "(missed __aexit__ method)");
    }
    goto error;
  }
  PEEK(2) = exit;
  Value entered = call(vm, enter, {});
  CHECK(!entered.is_null());
  TOP() = entered;
  DISPATCH();
}

op_ASYNC_GEN_WRAP:
  SAVE_STATE();
  TOP() = wrap_async_yield(vm, TOP());
  DISPATCH();

op_KW_NAMES:
  kwnames = static_cast<Tuple*>((*frame->code->consts)[OPARG].as_object());
  DISPATCH();

op_CALL: {
  // Stack: [NULL or method] [callable or self] args... (keyword values last)
  uint32_t total = OPARG;
  Value* args = sp - total;
  Value callable = args[-1];
  if (!args[-2].is_null()) {
    callable = args[-2];
    --args;
    ++total;
  }
  Tuple* names = kwnames;
  kwnames = nullptr;
  size_t nargs = total - (names ? names->size : 0);
  SAVE_STATE();
  Type* callable_type = vm.type_of(callable);
  if (callable_type == vm.types().function) {
    // A Python function: push its frame and continue in this loop.
    auto* function = static_cast<Function*>(callable.as_object());
    Frame* callee = enter_function_inline(vm, function, CallArgs{args, nargs, names});
    CHECK(callee);
    sp -= OPARG + 2;
    CONTINUE_IN_CALLEE(callee);
  }
  if (const NativeFunctionDef* def = native_method_for(vm, callable, args, nargs)) {
    // `xs.append(x)` after LOAD_METHOD: the C++ function itself, without
    // call()'s slot and the descriptor's receiver check.
    Value result = def->code(vm, args[0], CallArgs{args + 1, nargs - 1, names});
    sp -= OPARG + 2;
    CHECK(!result.is_null());
    PUSH(result);
    DISPATCH();
  }
  if (callable_type == vm.types().native_function) {
    // `len(x)`, or a method bound earlier: no slot to go through either.
    auto* function = static_cast<NativeFunction*>(callable.as_object());
    Value result = function->def->code(vm, function->self, CallArgs{args, nargs, names});
    sp -= OPARG + 2;
    CHECK(!result.is_null());
    PUSH(result);
    DISPATCH();
  }
  if (Generator* generator = nargs == 2 && !names ? generator_to_send_to(vm, callable, args[0])
                                                   : nullptr) {
    // g.send(value): resume the generator in this loop, as SEND does. What
    // it yields is the call's value; if it returns, RETURN_VALUE raises
    // StopIteration here.
    Value sent = args[1];
    CHECK(can_resume(vm, generator, sent));
    sp -= OPARG + 2;
    frame->stack_top = sp;
    *generator->frame()->stack_top++ = sent;
    enter_generator_frame(vm, generator, frame);
    frame = generator->frame();
    sp = frame->stack_top;
    ip = frame->ip;
    DISPATCH();
  }
  if (Function* init = plain_init_of(vm, callable)) {
    // A class call: the new instance replaces the class on the stack, so
    // it is __init__'s first argument, and is left as the call's result.
    auto* type = static_cast<Type*>(callable.as_object());
    Value instance = Value::from_object(vm.heap().allocate(type, type->instance_size));
    args[-1] = instance;
    Frame* callee = enter_function_inline(vm, init, CallArgs{args - 1, nargs + 1, names});
    CHECK(callee);
    sp -= OPARG + 2;
    PUSH(instance);
    callee->initializes_instance = true;
    CONTINUE_IN_CALLEE(callee);
  }
  Value result = call(vm, callable, CallArgs{args, nargs, names});
  sp -= OPARG + 2;
  CHECK(!result.is_null());
  PUSH(result);
  DISPATCH();
}

op_MAKE_FUNCTION: {
  // The code stays on the stack, where the collector sees it, until the
  // function holds it.
  SAVE_STATE();
  // The code object stays alive without a root: it is a constant of the
  // running code.
  auto* code = static_cast<Code*>(POP().as_object());
  Function* function = make_function(vm, code, frame->globals);
  // Its builtins are those of the code defining it, which CPython finds in
  // the same globals (exec'd code may have its own).
  function->builtins = frame->builtins;
  if (OPARG & 8) function->closure = static_cast<Tuple*>(POP().as_object());
  if (OPARG & 4) function->annotations = static_cast<Dict*>(POP().as_object());
  if (OPARG & 2) function->kwdefaults = static_cast<Dict*>(POP().as_object());
  if (OPARG & 1) function->defaults = static_cast<Tuple*>(POP().as_object());
  PUSH(Value::from_object(function));
  DISPATCH();
}

op_RAISE_VARARGS: {
  SAVE_STATE();
  Value cause = OPARG >= 2 ? POP() : Value::null();
  Value exception = OPARG >= 1 ? POP() : Value::null();
  raise_from_bytecode(vm, exception, cause);
  // A bare `raise` of the handled exception adds no traceback entry.
  if (OPARG == 0 && vm.current_exception().is(vm.handled_exception())) goto unwind;
  goto error;
}

op_RERAISE: {
  Value exception = POP();
  // With an argument, the exception is re-raised "from" the instruction
  // saved below it (so its handlers and line apply), else from here.
  frame->ip = OPARG ? frame->code->instructions() + POP().as_small_int() + 1 : ip;
  frame->stack_top = sp;
  vm.set_exception(exception);
  goto unwind;  // a re-raise adds no traceback entry
}

op_PUSH_EXC_INFO: {
  Value exception = TOP();
  Value previous = vm.own_handled_exception();
  TOP() = previous.is_null() ? vm.none() : previous;
  PUSH(exception);
  vm.set_handled_exception(exception);
  DISPATCH();
}

op_POP_EXCEPT: {
  Value previous = POP();
  vm.set_handled_exception(previous.is(vm.none()) ? Value::null() : previous);
  DISPATCH();
}

op_CHECK_EXC_MATCH: {
  SAVE_STATE();
  Value match = POP();
  int matches = exception_matches(vm, TOP(), match);
  CHECK(matches >= 0);
  PUSH(vm.boolean(matches));
  DISPATCH();
}

op_LOAD_ASSERTION_ERROR:
  PUSH(Value::from_object(vm.exceptions().AssertionError));
  DISPATCH();

op_BEFORE_WITH: {
  SAVE_STATE();
  frame->stack_top = sp;
  Value exit;
  Value entered = enter_context(vm, TOP(), &exit);
  CHECK(!entered.is_null());
  TOP() = exit;
  PUSH(entered);
  DISPATCH();
}

op_WITH_EXCEPT_START: {
  // Stack: exit lasti previous_exception exception
  SAVE_STATE();
  Value exception = PEEK(1);
  Value exit = PEEK(4);
  Value traceback = static_cast<Exception*>(exception.as_object())->traceback;
  Value result = call(vm, exit,
                      {Value::from_object(vm.type_of(exception)), exception,
                       traceback.is_null() ? vm.none() : traceback});
  CHECK(!result.is_null());
  PUSH(result);
  DISPATCH();
}

op_RESUME:
  // At a function's start (0) or after a yield (1), not after an await.
  if (signal_arrived() && OPARG < 2) {
    SAVE_STATE();
    CHECK(run_signal_handlers(vm));
  }
  DISPATCH();

observed:
  // One of the instructions an observer hears of (see the dispatch table).
  // The state is saved first: the observer may run Python code (a repr).
  SAVE_STATE();
  if (vm.observer) report_to_observer(vm, frame);
  goto* labels[ip[-1] & 0xFF];

error:
  // An instruction failed with an exception set: record where in the
  // traceback, then unwind.
  frame->stack_top = sp;
  frame->ip = ip;
  add_traceback_entry(vm, frame);

unwind:
  // Look for a handler in this frame's exception table; if there is none,
  // pop the frame and look in its caller, until an entry frame gives the
  // exception back to C++.
  //
  // The handler is looked up at the instruction that raised (`ip - 1`),
  // while the offset pushed for a `finally` or `with` handler is the
  // frame's lasti — which RERAISE may have moved back to where the
  // exception first came from, so that re-raising it later keeps its line.
  for (;;) {
    int offset = frame->offset_of(ip) - 1;
    if (const compiler::ExceptionTableEntry* handler = find_handler(frame->code, offset)) {
      sp = frame->stack_base() + handler->depth;
      if (handler->push_lasti) PUSH(Value::from_small_int(frame->current_offset()));
      PUSH(vm.take_exception());
      ip = frame->code->instructions() + handler->handler;
      DISPATCH();
    }
    Frame* finished = frame;
    bool was_entry = finished->is_entry;
    if (finished->generator) {
      auto* generator = static_cast<Generator*>(finished->generator);
      generator->state = GeneratorState::Closed;
      convert_escaping_stop_iteration(vm, generator);
    }
    if (vm.observer) vm.observer->frame_unwound(vm, finished);
    frame = leave_frame(vm, finished);
    if (was_entry) return Value::null();
    ip = frame->ip;
    add_traceback_entry(vm, frame);
  }

#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef SAVE_STATE
#undef DISPATCH
#undef OPARG
#undef CHECK
#undef CONTINUE_IN_CALLEE
#undef CHECK_SIGNALS
}

Value run_module_code(VM& vm, Code* code, Dict* globals) {
  Frame* frame = vm.frame_stack().push(code);
  frame->function = nullptr;
  frame->globals = globals;
  frame->builtins = vm.builtins();
  frame->locals = Value::from_object(globals);
  frame->generator = nullptr;
  frame->ip = code->instructions();
  ++vm.call_depth;
  return run_frame(vm, frame);
}

Value call_function(VM& vm, Function* function, CallArgs args) {
  Frame* frame = enter_function(vm, function, args);
  if (!frame) return Value::null();
  return run_frame(vm, frame);
}

Value call_function_with_locals(VM& vm, Function* function, Value locals) {
  Frame* frame = enter_function(vm, function, CallArgs{nullptr, 0, nullptr});
  if (!frame) return Value::null();
  frame->locals = locals;
  return run_frame(vm, frame);
}

namespace {

// CPython's _PyEval_BuiltinsFromGlobals: globals['__builtins__'], a module
// standing for its namespace; without one, the VM's builtins.
Dict* builtins_from_globals(VM& vm, Dict* globals) {
  Value builtins = dict_get_str(vm, globals, vm.intern("__builtins__"));
  if (builtins.is_null()) return vm.builtins();
  if (is_subtype(vm.type_of(builtins), vm.types().module)) {
    return static_cast<Module*>(builtins.as_object())->dict;
  }
  if (is_subtype(vm.type_of(builtins), vm.types().dict)) {
    return static_cast<Dict*>(builtins.as_object());
  }
  return vm.builtins();
}

}  // namespace

Value run_code(VM& vm, Code* code, Dict* globals, Value locals, Tuple* closure) {
  Root<Tuple> rooted_closure(vm.heap(), closure);
  Root<Object> rooted_locals(vm.heap(), locals);
  Root<Function> function(vm.heap(), make_function(vm, code, globals));
  function->builtins = builtins_from_globals(vm, globals);
  function->closure = closure;
  return call_function_with_locals(vm, function.get(), locals);
}

}  // namespace eddy::vm

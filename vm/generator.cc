// Generator, coroutine and async-generator objects: creation, resuming
// from C++ (send, throw, close), attributes, and finalization.
//
// The resume-from-bytecode paths (FOR_ITER and SEND resuming a generator
// inside the eval loop) live in interpreter.cc; this file is what method
// calls and other C++ code use.
#include "vm/generator.h"

#include <cstdio>
#include <cstring>
#include <iostream>

#include "vm/async_generator.h"
#include "vm/attributes.h"
#include "vm/code.h"
#include "vm/descriptors.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/observer.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace eddy::vm {

namespace {

Generator* as_generator(Value value) {
  return static_cast<Generator*>(value.as_object());
}

void trace_generator(Object* object, Tracer& tracer) {
  auto* generator = static_cast<Generator*>(object);
  tracer.visit(generator->name);
  tracer.visit(generator->qualname);
  tracer.visit(generator->handled.exception);
  tracer.visit(generator->origin);
  tracer.visit(generator->finalizer);
  if (generator->state != GeneratorState::Closed) trace_frame(generator->frame(), tracer);
}

// Closes a generator whose frame is not running or suspended at a yield
// (not started, or already closed): its frame never runs again.
void close_unstarted(Generator* generator) {
  generator->state = GeneratorState::Closed;
  finish_frame_object(generator->frame());
}

// The iterator a suspended generator delegates to (`yield from x`,
// `await x`): it sits on top of the frame's stack while the frame waits at
// the RESUME 2 or 3 that follows a delegating YIELD_VALUE.
Value delegate_of(Generator* generator) {
  if (generator->state != GeneratorState::Suspended) return Value::null();
  Frame* frame = generator->frame();
  compiler::Instruction next = *frame->ip;
  if (compiler::opcode_of(next) != compiler::Opcode::RESUME || compiler::argument_of(next) < 2) {
    return Value::null();
  }
  return frame->stack_top[-1];
}

// Ends a delegation early, as when the delegate raised during throw():
// drops the delegate from the stack and moves the frame past the
// SEND / YIELD_VALUE / RESUME / JUMP loop, to where SEND jumps when done.
void abandon_delegation(Generator* generator) {
  Frame* frame = generator->frame();
  --frame->stack_top;
  const Instruction* send = frame->ip - 2;
  frame->ip = send + 1 + compiler::argument_of(*send);
}

// Resumes the generator's frame from C++ with `value` sent in, or with
// the current exception thrown in when `throwing`.
ResumeResult resume(VM& vm, Generator* generator, Value value, bool throwing, Value* result) {
  Frame* frame = generator->frame();
  if (!throwing) *frame->stack_top++ = value;
  Root<Generator> rooted(vm.heap(), generator);
  if (throwing && vm.observer) vm.observer->thrown_into(vm, generator);
  *result = run_frame(vm, frame, throwing);
  if (result->is_null()) return ResumeResult::Raised;
  return generator->state == GeneratorState::Closed ? ResumeResult::Returned
                                                    : ResumeResult::Yielded;
}

bool close_iterator(VM& vm, Value iterator);

// The arguments of gen.throw(type[, value[, traceback]]) as given. They go
// down a `yield from` chain unchanged and are interpreted only where the
// exception is raised (CPython's _gen_throw), so an iterator's own throw()
// sees them as they were passed, and a bad combination is a TypeError
// raised inside the innermost generator. The caller keeps them alive.
struct ThrowArguments {
  const Value* values;
  size_t count;
};

Value exception_to_throw(VM& vm, ThrowArguments args);

// Throws into the generator: into the iterator it delegates to first, if
// any (so that throw() travels down a `yield from` chain), then into its
// own frame at the suspended yield.
//
// A GeneratorExit closes the delegates on its way when `close_delegates`
// (gen.throw, gen.close: CPython's close_on_genexit); athrow() and aclose()
// throw it into them instead, so that an async generator's awaits can
// clean up.
ResumeResult throw_into(VM& vm, Generator* generator, ThrowArguments args, bool close_delegates,
                        Value* result) {
  Value delegate = delegate_of(generator);
  if (!delegate.is_null()) {
    Root<Object> rooted_delegate(vm.heap(), delegate);
    Value thrown = args.values[0];
    bool is_generator_exit =
        vm.type_of(thrown) == vm.types().type
            ? is_subtype(static_cast<Type*>(thrown.as_object()), vm.exceptions().GeneratorExit)
            : is_subtype(vm.type_of(thrown), vm.exceptions().GeneratorExit);
    generator->state = GeneratorState::Running;
    if (is_generator_exit && close_delegates) {
      // GeneratorExit closes the delegate, then is raised here (or the
      // error closing it is, instead).
      bool closed = close_iterator(vm, delegate);
      generator->state = GeneratorState::Suspended;
      if (!closed) return resume(vm, generator, Value::null(), true, result);
    } else {
      Value outcome = Value::null();
      bool yielded = false;
      bool delegated = true;
      if (is_generator(vm, delegate)) {
        ResumeResult inner =
            throw_into(vm, as_generator(delegate), args, close_delegates, &outcome);
        yielded = inner == ResumeResult::Yielded;
        if (inner == ResumeResult::Returned) {
          generator->state = GeneratorState::Suspended;
          abandon_delegation(generator);
          return resume(vm, generator, outcome, false, result);
        }
      } else {
        Value method = get_attribute(vm, delegate, vm.intern("throw"));
        if (method.is_null()) {
          vm.take_exception();
          delegated = false;
        } else {
          outcome = call(vm, method, CallArgs{args.values, args.count, nullptr});
          yielded = !outcome.is_null();
        }
      }
      generator->state = GeneratorState::Suspended;
      if (yielded) {
        *result = outcome;
        return ResumeResult::Yielded;
      }
      if (delegated) {
        // The delegate finished by raising: StopIteration completes the
        // delegation with its value; anything else is raised here.
        Value raised = vm.take_exception();
        Root<Object> rooted_raised(vm.heap(), raised);
        abandon_delegation(generator);
        if (is_subtype(vm.type_of(raised), vm.exceptions().StopIteration)) {
          return resume(vm, generator, stop_iteration_value(vm, raised), false, result);
        }
        vm.set_exception(raised);
        return resume(vm, generator, Value::null(), true, result);
      }
    }
  }
  Value exception = exception_to_throw(vm, args);
  if (exception.is_null()) return ResumeResult::Raised;
  if (generator->state == GeneratorState::Running) {
    raise(vm, vm.exceptions().ValueError,
          generator_kind_name(vm, generator) + " already executing");
    return ResumeResult::Raised;
  }
  if (generator->state == GeneratorState::Closed && generator->type == vm.types().coroutine) {
    raise(vm, vm.exceptions().RuntimeError, "cannot reuse already awaited coroutine");
    return ResumeResult::Raised;
  }
  if (generator->state != GeneratorState::Suspended) {
    // Thrown into a generator that is not at a yield: it is closed, and the
    // exception comes straight back.
    close_unstarted(generator);
    raise_value(vm, exception);
    return ResumeResult::Raised;
  }
  vm.set_exception(exception);
  return resume(vm, generator, Value::null(), true, result);
}

// Throws the exception instance `exception` into the generator.

// gen.close(): throws GeneratorExit in and expects the generator to finish.
// False with an exception set when it raised something else, or yielded.
bool close_generator(VM& vm, Generator* generator) {
  if (vm.observer && (generator->state == GeneratorState::Created ||
                      generator->state == GeneratorState::Suspended)) {
    Root<Generator> rooted(vm.heap(), generator);
    vm.observer->generator_closing(vm, generator);
  }
  if (generator->state == GeneratorState::Created) {
    close_unstarted(generator);
    return true;
  }
  if (generator->state == GeneratorState::Closed) return true;
  if (generator->state == GeneratorState::Running) {
    raise(vm, vm.exceptions().ValueError,
          generator_kind_name(vm, generator) + " already executing");
    return false;
  }
  Root<Generator> rooted(vm.heap(), generator);
  Value exit = make_exception(vm, vm.exceptions().GeneratorExit);
  if (exit.is_null()) return false;
  Value result;
  switch (throw_to_generator(vm, generator, exit, true, &result)) {
    case ResumeResult::Yielded:
      raise(vm, vm.exceptions().RuntimeError,
            generator_kind_name(vm, generator) + " ignored GeneratorExit");
      return false;
    case ResumeResult::Returned:
      return true;
    case ResumeResult::Raised:
      break;
  }
  Type* raised = vm.type_of(vm.current_exception());
  if (is_subtype(raised, vm.exceptions().GeneratorExit) ||
      is_subtype(raised, vm.exceptions().StopIteration)) {
    vm.take_exception();
    return true;
  }
  return false;
}

// Closing whatever a `yield from` delegates to: a generator's close(), or
// the iterator's own close() method if it has one.
bool close_iterator(VM& vm, Value iterator) {
  if (is_generator(vm, iterator)) return close_generator(vm, as_generator(iterator));
  Value method = get_attribute(vm, iterator, vm.intern("close"));
  if (method.is_null()) {
    vm.take_exception();
    return true;
  }
  return !call(vm, method, {}).is_null();
}

// What a C++-side resume hands back to Python: the yielded value, or
// StopIteration(return value).
Value deliver(VM& vm, ResumeResult outcome, Value result) {
  switch (outcome) {
    case ResumeResult::Yielded:
      return result;
    case ResumeResult::Returned:
      return raise_stop_iteration(vm, result);
    case ResumeResult::Raised:
      break;
  }
  return Value::null();
}

Value method_send(VM& vm, Value self, CallArgs args) {
  if (args.nargs != 1 || (args.kwnames && args.kwnames->size > 0)) {
    // The message names the kind: "coroutine.send() takes exactly one ...".
    check_one_argument(vm, generator_kind_name(vm, as_generator(self)) + ".send", args);
    return Value::null();
  }
  Value result;
  return deliver(vm, send_to_generator(vm, as_generator(self), args.values[0], &result), result);
}

// The exception that gen.throw(type[, value[, traceback]]) describes,
// normalized as CPython does; null with a TypeError for bad arguments.
Value exception_to_throw(VM& vm, ThrowArguments args) {
  Value type = args.values[0];
  Value value = args.count > 1 ? args.values[1] : vm.none();
  Value traceback = args.count > 2 ? args.values[2] : vm.none();
  if (!traceback.is(vm.none()) && vm.type_of(traceback) != vm.types().traceback) {
    return raise(vm, vm.exceptions().TypeError,
                 "throw() third argument must be a traceback object");
  }
  Value exception;
  bool is_class = vm.type_of(type) == vm.types().type &&
                  is_subtype(static_cast<Type*>(type.as_object()), vm.exceptions().BaseException);
  if (is_class) {
    auto* exception_class = static_cast<Type*>(type.as_object());
    if (is_subtype(vm.type_of(value), exception_class)) {
      exception = value;
    } else if (value.is(vm.none())) {
      exception = call(vm, type, {});
    } else if (vm.type_of(value) == vm.types().tuple) {
      auto* tuple = static_cast<Tuple*>(value.as_object());
      exception =
          call(vm, type, CallArgs{tuple->items(), static_cast<size_t>(tuple->size), nullptr});
    } else {
      exception = call(vm, type, {value});
    }
  } else if (is_subtype(vm.type_of(type), vm.exceptions().BaseException)) {
    if (!value.is(vm.none())) {
      return raise(vm, vm.exceptions().TypeError,
                   "instance exception may not have a separate value");
    }
    exception = type;
  } else {
    return raise(vm, vm.exceptions().TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not " +
                     to_utf8(vm.type_of(type)->name));
  }
  if (exception.is_null()) return exception;
  if (!traceback.is(vm.none()))
    static_cast<Exception*>(exception.as_object())->traceback = traceback;
  return exception;
}

Value method_throw(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "throw", args, 1, 3)) return Value::null();
  Value result;
  ResumeResult outcome =
      throw_into(vm, as_generator(self), ThrowArguments{args.values, args.nargs}, true, &result);
  return deliver(vm, outcome, result);
}

Value method_close(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "close", args, 0, 0)) return Value::null();
  if (!close_generator(vm, as_generator(self))) return Value::null();
  return vm.none();
}

// coroutine.__await__(): a coroutine_wrapper, the iterator that `await`
// drives; a plain generator can delegate to it with `yield from`. Its
// methods act on the coroutine.
struct CoroutineWrapper : Object {
  Generator* coroutine;
};

Value coroutine_await(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "__await__", args, 0, 0)) return Value::null();
  Root<Object> coroutine(vm.heap(), self);
  auto* wrapper = static_cast<CoroutineWrapper*>(
      vm.heap().allocate(vm.types().coroutine_wrapper, sizeof(CoroutineWrapper)));
  wrapper->coroutine = as_generator(coroutine.value());
  return Value::from_object(wrapper);
}

Value wrapped_coroutine(Value wrapper) {
  return Value::from_object(static_cast<CoroutineWrapper*>(wrapper.as_object())->coroutine);
}

constexpr NativeFunctionDef kCoroutineWrapperMethods[] = {
    {"send", [](VM& vm, Value self,
                CallArgs args) { return method_send(vm, wrapped_coroutine(self), args); }},
    {"throw", [](VM& vm, Value self,
                 CallArgs args) { return method_throw(vm, wrapped_coroutine(self), args); }},
    {"close", [](VM& vm, Value self,
                 CallArgs args) { return method_close(vm, wrapped_coroutine(self), args); }},
};

// for-loops and next() over a generator from C++.
Value next_slot(VM& vm, Value self) {
  // An exhausted generator is just an iterator at its end: no exception
  // (send() raises StopIteration instead).
  if (as_generator(self)->state == GeneratorState::Closed) return Value::null();
  Value result;
  ResumeResult outcome = send_to_generator(vm, as_generator(self), vm.none(), &result);
  if (outcome == ResumeResult::Yielded) return result;
  // Returned (the value is dropped: a for loop or list() ignores it; next()
  // goes through generator_send to keep it), or raised.
  return Value::null();
}

// The attributes of generators, coroutines and async generators: the same
// accessors under the gi_, cr_ and ag_ prefixes.
Value generator_running(VM& vm, Value self) {
  return vm.boolean(as_generator(self)->state == GeneratorState::Running);
}

Value generator_suspended(VM& vm, Value self) {
  return vm.boolean(as_generator(self)->state == GeneratorState::Suspended);
}

Value generator_code(VM&, Value self) {
  return Value::from_object(as_generator(self)->frame()->code);
}

// gi_frame: None once the generator has finished.
Value generator_frame(VM& vm, Value self) {
  Generator* generator = as_generator(self);
  if (generator->state == GeneratorState::Closed) return vm.none();
  return Value::from_object(frame_object_of(vm, generator->frame()));
}

// gi_yieldfrom, cr_await, ag_await.
Value generator_delegate(VM& vm, Value self) {
  Value delegate = delegate_of(as_generator(self));
  return delegate.is_null() ? vm.none() : delegate;
}

// __name__ and __qualname__ can be reassigned (to a str only).
template <Str* Generator::*field>
bool set_generator_name(VM& vm, Value self, Value value, const char* attribute) {
  if (value.is_null() || !is_subtype(vm.type_of(value), vm.types().str)) {
    raise(vm, vm.exceptions().TypeError,
          std::string(attribute) + " must be set to a string object");
    return false;
  }
  as_generator(self)->*field = static_cast<Str*>(value.as_object());
  return true;
}

constexpr GetSetDef kNameAttributes[] = {
    {"__name__", [](VM&, Value self) { return Value::from_object(as_generator(self)->name); },
     [](VM& vm, Value self, Value value) {
       return set_generator_name<&Generator::name>(vm, self, value, "__name__");
     }},
    {"__qualname__",
     [](VM&, Value self) { return Value::from_object(as_generator(self)->qualname); },
     [](VM& vm, Value self, Value value) {
       return set_generator_name<&Generator::qualname>(vm, self, value, "__qualname__");
     }},
};

constexpr GetSetDef kGeneratorAttributes[] = {
    {"gi_running", generator_running},    {"gi_suspended", generator_suspended},
    {"gi_code", generator_code},          {"gi_frame", generator_frame},
    {"gi_yieldfrom", generator_delegate},
};

constexpr GetSetDef kCoroutineAttributes[] = {
    {"cr_running", generator_running},
    {"cr_suspended", generator_suspended},
    {"cr_code", generator_code},
    {"cr_frame", generator_frame},
    {"cr_await", generator_delegate},
    {"cr_origin",
     [](VM& vm, Value self) {
       Value origin = as_generator(self)->origin;
       return origin.is_null() ? vm.none() : origin;
     }},
};

constexpr GetSetDef kAsyncGeneratorAttributes[] = {
    // True while an asend/athrow drives the async generator, even when it
    // waits in an await.
    {"ag_running",
     [](VM& vm, Value self) { return vm.boolean(as_generator(self)->running_async); }},
    {"ag_code", generator_code},
    {"ag_frame", generator_frame},
    {"ag_await", generator_delegate},
};

Value repr_generator(VM& vm, Value self) {
  Generator* generator = as_generator(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(generator));
  std::string kind = generator->type == vm.types().async_generator
                         ? "async_generator"
                         : generator_kind_name(vm, generator);
  return Value::from_object(make_str(
      vm, "<" + kind + " object " + to_utf8(generator->qualname) + " at " + address + ">"));
}

constexpr NativeFunctionDef kCoroutineAwaitMethod[] = {
    {"__await__", coroutine_await},
};

constexpr NativeFunctionDef kGeneratorMethods[] = {
    {"send", method_send},
    {"throw", method_throw},
    {"close", method_close},
};

}  // namespace

Generator* generator_to_send_to(VM& vm, Value callable, Value self) {
  if (vm.type_of(callable) != vm.types().method_descriptor ||
      static_cast<MethodDescriptor*>(callable.as_object())->def->code != method_send) {
    return nullptr;
  }
  Type* type = vm.type_of(self);
  if (type != vm.types().generator && type != vm.types().coroutine) return nullptr;
  auto* generator = static_cast<Generator*>(self.as_object());
  return generator->state == GeneratorState::Closed ? nullptr : generator;
}

Value raise_stop_iteration(VM& vm, Value value) {
  Root<Object> rooted(vm.heap(), value);  // a returned value only C++ holds
  Value argument = value;
  size_t count = value.is(vm.none()) ? 0 : 1;
  Value exception = vm.exceptions().StopIteration->slots.new_instance(
      vm, vm.exceptions().StopIteration, CallArgs{&argument, count, nullptr});
  if (exception.is_null()) return exception;
  return raise_value(vm, exception);
}

Value generator_send(VM& vm, Generator* generator, Value value) {
  Value result;
  return deliver(vm, send_to_generator(vm, generator, value, &result), result);
}

ResumeResult throw_to_generator(VM& vm, Generator* generator, Value exception, bool close_delegates,
                                Value* result) {
  Root<Object> rooted(vm.heap(), exception);
  Value thrown[] = {exception};
  return throw_into(vm, generator, ThrowArguments{thrown, 1}, close_delegates, result);
}

Value exception_to_throw(VM& vm, CallArgs args) {
  return exception_to_throw(vm, ThrowArguments{args.values, args.nargs});
}

// Called when the collector finds a suspended generator unreachable: its
// `finally` blocks and `with` exits run, as close() would run them. An
// error there cannot propagate anywhere, so it is reported on stderr as
// CPython's "Exception ignored in" message.
//
// A coroutine that never started was never awaited: that is almost always
// a forgotten `await`, and CPython warns about it.
namespace {

bool generator_needs_finalizer(const Object* object) {
  return static_cast<const Generator*>(object)->state != GeneratorState::Closed;
}

}  // namespace

void finalize_generator(VM& vm, Object* object) {
  auto* generator = static_cast<Generator*>(object);
  if (generator->type == vm.types().coroutine && generator->state == GeneratorState::Created) {
    generator->state = GeneratorState::Closed;
    show_warning(vm, vm.exceptions().RuntimeWarning,
                 "coroutine '" + to_utf8(generator->qualname) + "' was never awaited",
                 "Enable tracemalloc to get the object allocation traceback");
    return;
  }
  if (generator->state != GeneratorState::Suspended) return;
  Value saved = vm.take_exception();
  Root<Object> rooted_saved(vm.heap(), saved);
  if (!close_generator(vm, generator)) write_unraisable(vm, Value::from_object(generator));
  if (!saved.is_null()) vm.set_exception(saved);
}

void write_unraisable(VM& vm, Value origin) {
  Root<Object> error(vm.heap(), vm.take_exception());
  std::string where = repr_utf8(vm, origin);
  std::fflush(stdout);
  std::cerr << "Exception ignored in: " << where << "\n" << format_exception(vm, error.value());
}

std::string generator_kind_name(VM& vm, const Generator* generator) {
  if (generator->type == vm.types().coroutine) return "coroutine";
  if (generator->type == vm.types().async_generator) return "async generator";
  return "generator";
}

bool check_resumable(VM& vm, Generator* generator, Value sent) {
  if (generator->state == GeneratorState::Running) {
    raise(vm, vm.exceptions().ValueError,
          generator_kind_name(vm, generator) + " already executing");
    return false;
  }
  if (generator->state == GeneratorState::Created && !sent.is(vm.none())) {
    raise(vm, vm.exceptions().TypeError,
          "can't send non-None value to a just-started " + generator_kind_name(vm, generator));
    return false;
  }
  return true;
}

ResumeResult send_to_generator(VM& vm, Generator* generator, Value value, Value* result) {
  if (generator->state == GeneratorState::Closed) {
    if (generator->type == vm.types().coroutine) {
      raise(vm, vm.exceptions().RuntimeError, "cannot reuse already awaited coroutine");
    } else if (generator->type == vm.types().async_generator) {
      Value stop = make_exception(vm, vm.exceptions().StopAsyncIteration);
      if (!stop.is_null()) raise_value(vm, stop);
    } else {
      raise_stop_iteration(vm, vm.none());
    }
    return ResumeResult::Raised;
  }
  if (!check_resumable(vm, generator, value)) return ResumeResult::Raised;
  return resume(vm, generator, value, false, result);
}

bool is_generator(VM& vm, Value value) {
  if (!value.is_object()) return false;
  Type* type = vm.type_of(value);
  return type == vm.types().generator || type == vm.types().coroutine ||
         type == vm.types().async_generator;
}

namespace {

// cr_origin's tuple for the frames from `caller` outwards, at most `depth`.
Value coroutine_origin(VM& vm, Frame* caller, int depth) {
  Root<List> entries(vm.heap(), make_list(vm));
  for (Frame* frame = caller; frame && depth > 0; frame = frame->previous, --depth) {
    Value line = Value::from_small_int(line_of(frame->code, frame->current_offset()));
    Root<Tuple> entry(vm.heap(), make_tuple(vm, {Value::from_object(frame->code->filename), line,
                                                 Value::from_object(frame->code->name)}));
    list_append(vm, entries.get(), entry.value());
  }
  return Value::from_object(make_tuple(vm, std::span<const Value>(entries->items, entries->size)));
}

}  // namespace

Generator* make_generator(VM& vm, Frame* frame) {
  Code* code = frame->code;
  Type* type = (code->flags() & compiler::kCoroutine)        ? vm.types().coroutine
               : (code->flags() & compiler::kAsyncGenerator) ? vm.types().async_generator
                                                             : vm.types().generator;
  size_t frame_bytes = Frame::size_for(code);
  auto* generator =
      static_cast<Generator*>(vm.heap().allocate(type, sizeof(Generator) + frame_bytes));
  Frame* copy = generator->frame();
  std::memcpy(static_cast<void*>(copy), static_cast<const void*>(frame), frame_bytes);
  copy->stack_top = copy->slots() + (frame->stack_top - frame->slots());
  copy->generator = generator;
  copy->object = nullptr;
  copy->previous = nullptr;
  copy->is_entry = false;
  generator->name = frame->function ? frame->function->name : code->name;
  generator->qualname = frame->function ? frame->function->qualname : code->qualname;
  generator->state = GeneratorState::Created;
  generator->handled = HandledExceptionItem{};
  generator->origin = Value::null();
  generator->finalizer = Value::null();
  if (type == vm.types().coroutine && vm.coroutine_origin_tracking_depth > 0) {
    Root<Generator> rooted(vm.heap(), generator);
    Value origin = coroutine_origin(vm, frame->previous, vm.coroutine_origin_tracking_depth);
    rooted->origin = origin;
  }
  return generator;
}

void init_generator_types(VM& vm) {
  for (Type* type : {vm.types().generator, vm.types().coroutine, vm.types().async_generator}) {
    type->gc.trace = trace_generator;
    type->gc.finalize = finalize_generator;
    type->gc.needs_finalizer = generator_needs_finalizer;
    add_getsets(vm, type, kNameAttributes);
    type->slots.repr = repr_generator;
    type->slots.hash = vm.types().object->slots.hash;
  }
  // An async generator has asend/athrow/aclose instead (async_generator.cc).
  add_methods(vm, vm.types().generator, kGeneratorMethods);
  add_methods(vm, vm.types().coroutine, kGeneratorMethods);
  init_async_generator_types(vm);
  add_methods(vm, vm.types().coroutine, kCoroutineAwaitMethod);
  Type* wrapper =
      vm.make_builtin_type("coroutine_wrapper", vm.types().object, sizeof(CoroutineWrapper));
  vm.mutable_types().coroutine_wrapper = wrapper;
  wrapper->gc.trace = [](Object* object, Tracer& tracer) {
    tracer.visit(static_cast<CoroutineWrapper*>(object)->coroutine);
  };
  wrapper->slots.iter = [](VM&, Value self) { return self; };
  wrapper->slots.next = [](VM& vm, Value self) {
    Value result;
    Generator* coroutine = as_generator(wrapped_coroutine(self));
    return deliver(vm, send_to_generator(vm, coroutine, vm.none(), &result), result);
  };
  add_methods(vm, wrapper, kCoroutineWrapperMethods);
  add_getsets(vm, vm.types().generator, kGeneratorAttributes);
  add_getsets(vm, vm.types().coroutine, kCoroutineAttributes);
  add_getsets(vm, vm.types().async_generator, kAsyncGeneratorAttributes);
  Type* generator = vm.types().generator;
  generator->slots.iter = [](VM&, Value self) { return self; };
  generator->slots.next = next_slot;
}

}  // namespace eddy::vm

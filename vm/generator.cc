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

#include "vm/attributes.h"
#include "vm/code.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Generator* as_generator(Value value) {
  return static_cast<Generator*>(value.as_object());
}

void trace_generator(Object* object, Tracer& tracer) {
  auto* generator = static_cast<Generator*>(object);
  tracer.visit(generator->name);
  tracer.visit(generator->qualname);
  tracer.visit(generator->handled_exception);
  if (generator->state != GeneratorState::Closed) trace_frame(generator->frame(), tracer);
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
  *result = run_frame(vm, frame, throwing);
  if (result->is_null()) return ResumeResult::Raised;
  return generator->state == GeneratorState::Closed ? ResumeResult::Returned
                                                    : ResumeResult::Yielded;
}

bool close_iterator(VM& vm, Value iterator);

// Throws `exception` into the generator: into the iterator it delegates to
// first, if any (so that throw() travels down a `yield from` chain), then
// into its own frame at the suspended yield. Follows CPython's _gen_throw.
ResumeResult throw_into(VM& vm, Generator* generator, Value exception, Value* result) {
  Root<Object> rooted_exception(vm.heap(), exception);
  Value delegate = delegate_of(generator);
  if (!delegate.is_null()) {
    Root<Object> rooted_delegate(vm.heap(), delegate);
    generator->state = GeneratorState::Running;
    if (is_subtype(vm.type_of(exception), vm.exceptions().GeneratorExit)) {
      // GeneratorExit closes the delegate, then is raised here (or the
      // error closing it is, instead).
      bool closed = close_iterator(vm, delegate);
      generator->state = GeneratorState::Suspended;
      if (!closed) rooted_exception.set(vm.take_exception());
    } else {
      Value outcome = Value::null();
      bool yielded = false;
      if (is_generator(vm, delegate)) {
        ResumeResult inner = throw_into(vm, as_generator(delegate), exception, &outcome);
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
          generator->state = GeneratorState::Suspended;
          vm.set_exception(exception);
          return resume(vm, generator, Value::null(), true, result);
        }
        outcome = call(vm, method, {exception});
        yielded = !outcome.is_null();
      }
      generator->state = GeneratorState::Suspended;
      if (yielded) {
        *result = outcome;
        return ResumeResult::Yielded;
      }
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
  vm.set_exception(rooted_exception.value());
  return resume(vm, generator, Value::null(), true, result);
}

// gen.close(): throws GeneratorExit in and expects the generator to finish.
// False with an exception set when it raised something else, or yielded.
bool close_generator(VM& vm, Generator* generator) {
  if (generator->state == GeneratorState::Created) {
    generator->state = GeneratorState::Closed;
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
  switch (throw_into(vm, generator, exit, &result)) {
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

Value raise_stop_iteration(VM& vm, Value value) {
  Value argument = value;
  size_t count = value.is(vm.none()) ? 0 : 1;
  Value exception = vm.exceptions().StopIteration->slots.new_instance(
      vm, vm.exceptions().StopIteration, CallArgs{&argument, count, nullptr});
  if (exception.is_null()) return exception;
  return raise_value(vm, exception);
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
  if (!check_positional(vm, "send", args, 1, 1)) return Value::null();
  Value result;
  return deliver(vm, send_to_generator(vm, as_generator(self), args.values[0], &result), result);
}

// The exception that gen.throw(type[, value[, traceback]]) describes,
// normalized as CPython does; null with a TypeError for bad arguments.
Value exception_to_throw(VM& vm, CallArgs args) {
  Value type = args.values[0];
  Value value = args.nargs > 1 ? args.values[1] : vm.none();
  Value traceback = args.nargs > 2 ? args.values[2] : vm.none();
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
  Generator* generator = as_generator(self);
  Value exception = exception_to_throw(vm, args);
  if (exception.is_null()) return exception;
  if (generator->state == GeneratorState::Running) {
    return raise(vm, vm.exceptions().ValueError,
                 generator_kind_name(vm, generator) + " already executing");
  }
  if (generator->state != GeneratorState::Suspended) {
    // Thrown into a generator that is not at a yield: it is closed, and the
    // exception comes straight back.
    generator->state = GeneratorState::Closed;
    return raise_value(vm, exception);
  }
  Value result;
  return deliver(vm, throw_into(vm, generator, exception, &result), result);
}

Value method_close(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "close", args, 0, 0)) return Value::null();
  if (!close_generator(vm, as_generator(self))) return Value::null();
  return vm.none();
}

// for-loops and next() over a generator from C++.
Value next_slot(VM& vm, Value self) {
  // An exhausted generator simply has no next item: no StopIteration.
  if (as_generator(self)->state == GeneratorState::Closed) return Value::null();
  Value result;
  ResumeResult outcome = send_to_generator(vm, as_generator(self), vm.none(), &result);
  if (outcome == ResumeResult::Yielded) return result;
  if (outcome == ResumeResult::Returned && !result.is(vm.none())) {
    return raise_stop_iteration(vm, result);
  }
  return Value::null();  // exhausted (no exception), or raised
}

// gi_running, gi_code, gi_yieldfrom, ... and their cr_ / ag_ spellings.
Value get_generator_attribute(VM& vm, Value self, Str* name) {
  Generator* generator = as_generator(self);
  std::string attribute = to_utf8(name);
  std::string prefix = generator->type == vm.types().coroutine         ? "cr_"
                       : generator->type == vm.types().async_generator ? "ag_"
                                                                       : "gi_";
  if (attribute == "__name__") return Value::from_object(generator->name);
  if (attribute == "__qualname__") return Value::from_object(generator->qualname);
  if (attribute.rfind(prefix, 0) == 0) {
    std::string field = attribute.substr(3);
    if (field == "running") return vm.boolean(generator->state == GeneratorState::Running);
    if (field == "suspended") return vm.boolean(generator->state == GeneratorState::Suspended);
    if (field == "code") return Value::from_object(generator->frame()->code);
    bool delegates =
        (prefix == "gi_" && field == "yieldfrom") || (prefix != "gi_" && field == "await");
    if (delegates) {
      Value delegate = delegate_of(generator);
      return delegate.is_null() ? vm.none() : delegate;
    }
  }
  return generic_getattr(vm, self, name);
}

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

// Called when the collector finds a suspended generator unreachable: its
// `finally` blocks and `with` exits run, as close() would run them. An
// error there cannot propagate anywhere, so it is reported on stderr as
// CPython's "Exception ignored in" message.
void finalize_generator(VM& vm, Object* object) {
  auto* generator = static_cast<Generator*>(object);
  if (generator->state != GeneratorState::Suspended) return;
  Value saved = vm.take_exception();
  Root<Object> rooted_saved(vm.heap(), saved);
  if (!close_generator(vm, generator)) {
    Root<Object> error(vm.heap(), vm.take_exception());
    std::string where = repr_utf8(vm, Value::from_object(generator));
    std::fflush(stdout);
    std::cerr << "Exception ignored in: " << where << "\n" << format_exception(vm, error.value());
  }
  if (!saved.is_null()) vm.set_exception(saved);
}

constexpr NativeFunctionDef kGeneratorMethods[] = {
    {"send", method_send},
    {"throw", method_throw},
    {"close", method_close},
};

}  // namespace

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
  copy->previous = nullptr;
  copy->is_entry = false;
  generator->name = frame->function ? frame->function->name : code->name;
  generator->qualname = frame->function ? frame->function->qualname : code->qualname;
  generator->state = GeneratorState::Created;
  return generator;
}

void init_generator_types(VM& vm) {
  for (Type* type : {vm.types().generator, vm.types().coroutine, vm.types().async_generator}) {
    type->gc.trace = trace_generator;
    type->gc.finalize = finalize_generator;
    type->slots.getattr = get_generator_attribute;
    type->slots.repr = repr_generator;
    type->slots.hash = vm.types().object->slots.hash;
    add_methods(vm, type, kGeneratorMethods);
  }
  Type* generator = vm.types().generator;
  generator->slots.iter = [](VM&, Value self) { return self; };
  generator->slots.next = next_slot;
}

}  // namespace eddy::vm

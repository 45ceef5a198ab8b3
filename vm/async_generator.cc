// Async generators: the async_generator type's methods and slots, the
// async_generator_asend / async_generator_athrow awaitables, the wrapper
// of yielded values, and the asyncgen hooks (docs/coroutines.md, section
// "Async generators"). Resuming, throwing into and closing the frame are
// the shared generator machinery of generator.cc.
//
// An async generator is never resumed directly: every step goes through an
// awaitable that agen.__anext__(), asend(), athrow() or aclose() returns,
// and the coroutine that awaits it drives it. Its frame yields two kinds
// of values: its own `yield`s, wrapped by ASYNC_GEN_WRAP, which end the
// awaitable (StopIteration(value)); and the values an `await` inside it
// passes up, unwrapped, which the awaitable yields on to its own driver.
#include "vm/async_generator.h"

#include "vm/exceptions.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

struct AsyncGenWrappedValue : Object {
  Value value;
};

// CPython's AwaitableState: an awaitable runs once.
enum class AwaitableState : uint8_t {
  Fresh,      // not iterated yet
  Iterating,  // being awaited
  Closed,     // done (or closed): using it again is an error
};

// What agen.__anext__() and agen.asend(v) return.
struct AsyncGenASend : Object {
  Generator* generator;
  Value sent;  // what asend() sends; null for __anext__() (sends None)
  AwaitableState state;
};

// What agen.athrow(...) and agen.aclose() return.
struct AsyncGenAThrow : Object {
  Generator* generator;
  Tuple* args;  // athrow()'s arguments, checked when first awaited; null for aclose()
  AwaitableState state;
};

Generator* as_generator(Value value) {
  return static_cast<Generator*>(value.as_object());
}

AsyncGenASend* as_asend(Value value) {
  return static_cast<AsyncGenASend*>(value.as_object());
}

AsyncGenAThrow* as_athrow(Value value) {
  return static_cast<AsyncGenAThrow*>(value.as_object());
}

void trace_wrapped_value(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<AsyncGenWrappedValue*>(object)->value);
}

void trace_asend(Object* object, Tracer& tracer) {
  auto* asend = static_cast<AsyncGenASend*>(object);
  tracer.visit(asend->generator);
  tracer.visit(asend->sent);
}

void trace_athrow(Object* object, Tracer& tracer) {
  auto* athrow = static_cast<AsyncGenAThrow*>(object);
  tracer.visit(athrow->generator);
  tracer.visit(athrow->args);
}

bool is_wrapped(VM& vm, Value value) {
  return vm.type_of(value) == vm.types().async_generator_wrapped_value;
}

Value raise_none(VM& vm, Type* type) {
  Value exception = make_exception(vm, type);
  if (exception.is_null()) return exception;
  return raise_value(vm, exception);
}

bool raised_is(VM& vm, Type* type) {
  return is_subtype(vm.type_of(vm.current_exception()), type);
}

// The hooks are consulted once, when the generator is first iterated
// (__anext__, asend, athrow or aclose): the finalizer in effect then is the
// one used when it is collected, and firstiter is called with it.
bool init_hooks(VM& vm, Generator* generator) {
  if (generator->hooks_initialized) return true;
  generator->hooks_initialized = true;
  generator->finalizer = vm.asyncgen_finalizer;
  if (vm.asyncgen_firstiter.is_null()) return true;
  Root<Object> firstiter(vm.heap(), vm.asyncgen_firstiter);
  return !call(vm, firstiter.value(), {Value::from_object(generator)}).is_null();
}

// The end of a resume, for the awaitable that drove it (CPython's
// async_gen_unwrap_value): a wrapped value is the async generator's own
// yield, so the await is over with the value (Returned); an unwrapped one
// passes up from an await inside it (Yielded). When the frame returned,
// the async generator is exhausted: StopAsyncIteration.
ResumeResult unwrap(VM& vm, Generator* generator, ResumeResult outcome, Value* result) {
  if (outcome == ResumeResult::Returned) {
    raise_none(vm, vm.exceptions().StopAsyncIteration);
    outcome = ResumeResult::Raised;
  }
  if (outcome == ResumeResult::Raised) {
    if (raised_is(vm, vm.exceptions().StopAsyncIteration) ||
        raised_is(vm, vm.exceptions().GeneratorExit)) {
      generator->closed = true;
    }
    generator->running_async = false;
    return outcome;
  }
  if (is_wrapped(vm, *result)) {
    *result = static_cast<AsyncGenWrappedValue*>(result->as_object())->value;
    generator->running_async = false;
    return ResumeResult::Returned;
  }
  return ResumeResult::Yielded;
}

// What an awaitable's step means to a Python caller of send/__next__/throw:
// a value to yield, StopIteration(value) when the await is over, or the
// exception.
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

// gen.throw(*args) of the awaitables' own throw(): a bad argument fails as
// if the generator raised it, as in CPython, where the checks happen
// inside gen_throw.
ResumeResult throw_arguments(VM& vm, Generator* generator, CallArgs args, bool close_delegates,
                             Value* result) {
  if (!check_positional(vm, "throw", args, 1, 3)) return ResumeResult::Raised;
  Value exception = exception_to_throw(vm, args);
  if (exception.is_null()) return ResumeResult::Raised;
  return throw_to_generator(vm, generator, exception, close_delegates, result);
}

// ---------------------------------------------------------------------------
// async_generator_asend

Value raise_asend_reused(VM& vm) {
  return raise(vm, vm.exceptions().RuntimeError,
               "cannot reuse already awaited __anext__()/asend()");
}

ResumeResult asend_step(VM& vm, AsyncGenASend* asend, Value sent, Value* result) {
  if (asend->state == AwaitableState::Closed) {
    raise_asend_reused(vm);
    return ResumeResult::Raised;
  }
  Root<AsyncGenASend> rooted(vm.heap(), asend);
  Generator* generator = asend->generator;
  if (asend->state == AwaitableState::Fresh) {
    if (generator->running_async) {
      raise(vm, vm.exceptions().RuntimeError, "anext(): asynchronous generator is already running");
      return ResumeResult::Raised;
    }
    if (sent.is(vm.none()) && !asend->sent.is_null()) sent = asend->sent;
    asend->state = AwaitableState::Iterating;
  }
  generator->running_async = true;
  ResumeResult outcome =
      unwrap(vm, generator, send_to_generator(vm, generator, sent, result), result);
  if (outcome != ResumeResult::Yielded) asend->state = AwaitableState::Closed;
  return outcome;
}

Value asend_next(VM& vm, Value self) {
  Value result;
  return deliver(vm, asend_step(vm, as_asend(self), vm.none(), &result), result);
}

Value asend_send(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "async_generator_asend.send", args)) return Value::null();
  Value result;
  return deliver(vm, asend_step(vm, as_asend(self), args.values[0], &result), result);
}

Value asend_throw(VM& vm, Value self, CallArgs args) {
  AsyncGenASend* asend = as_asend(self);
  if (asend->state == AwaitableState::Closed) return raise_asend_reused(vm);
  Generator* generator = asend->generator;
  Value result;
  ResumeResult outcome =
      unwrap(vm, generator, throw_arguments(vm, generator, args, true, &result), &result);
  if (outcome != ResumeResult::Yielded) asend->state = AwaitableState::Closed;
  return deliver(vm, outcome, result);
}

Value asend_close(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "async_generator_asend.close", args)) return Value::null();
  as_asend(self)->state = AwaitableState::Closed;
  return vm.none();
}

constexpr NativeFunctionDef kASendMethods[] = {
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", asend_close},
};

// ---------------------------------------------------------------------------
// async_generator_athrow
//
// In aclose() mode, the generator must finish: a yield of its own is
// "async generator ignored GeneratorExit", and its ending by GeneratorExit
// or StopAsyncIteration is the awaitable's normal end (StopIteration).

Value raise_athrow_reused(VM& vm) {
  return raise(vm, vm.exceptions().RuntimeError, "cannot reuse already awaited aclose()/athrow()");
}

// aclose()'s reading of a resume: a yield of the generator's own means it
// ignored GeneratorExit; a return, that it is exhausted.
ResumeResult closing_outcome(VM& vm, ResumeResult outcome, Value* result) {
  if (outcome == ResumeResult::Yielded && is_wrapped(vm, *result)) {
    raise(vm, vm.exceptions().RuntimeError, "async generator ignored GeneratorExit");
    return ResumeResult::Raised;
  }
  if (outcome == ResumeResult::Returned) {
    raise_none(vm, vm.exceptions().StopAsyncIteration);
    return ResumeResult::Raised;
  }
  return outcome;
}

// aclose()'s view of a raise: the end it expects becomes a plain end.
ResumeResult closing_finished(VM& vm, ResumeResult outcome, Value* result) {
  if (outcome == ResumeResult::Raised && (raised_is(vm, vm.exceptions().StopAsyncIteration) ||
                                          raised_is(vm, vm.exceptions().GeneratorExit))) {
    vm.take_exception();
    *result = vm.none();
    return ResumeResult::Returned;
  }
  return outcome;
}

CallArgs athrow_arguments(AsyncGenAThrow* athrow) {
  return CallArgs{athrow->args->items(), static_cast<size_t>(athrow->args->size), nullptr};
}

// The first step: the exception (GeneratorExit for aclose) goes in where
// the generator is suspended, without closing what it awaits, so that
// those awaits can still clean up.
ResumeResult athrow_start(VM& vm, AsyncGenAThrow* athrow, Value* result) {
  Generator* generator = athrow->generator;
  if (!athrow->args) {
    generator->closed = true;
    Value exit = make_exception(vm, vm.exceptions().GeneratorExit);
    if (exit.is_null()) return ResumeResult::Raised;
    return closing_outcome(vm, throw_to_generator(vm, generator, exit, false, result), result);
  }
  Value exception = exception_to_throw(vm, athrow_arguments(athrow));
  ResumeResult outcome = exception.is_null()
                             ? ResumeResult::Raised
                             : throw_to_generator(vm, generator, exception, false, result);
  return unwrap(vm, generator, outcome, result);
}

ResumeResult athrow_step(VM& vm, AsyncGenAThrow* athrow, Value sent, Value* result) {
  if (athrow->state == AwaitableState::Closed) {
    raise_athrow_reused(vm);
    return ResumeResult::Raised;
  }
  Root<AsyncGenAThrow> rooted(vm.heap(), athrow);
  Generator* generator = athrow->generator;
  if (generator->state == GeneratorState::Closed) {
    athrow->state = AwaitableState::Closed;
    *result = vm.none();
    return ResumeResult::Returned;
  }
  ResumeResult outcome;
  if (athrow->state == AwaitableState::Fresh) {
    if (generator->running_async) {
      athrow->state = AwaitableState::Closed;
      raise(vm, vm.exceptions().RuntimeError,
            athrow->args ? "athrow(): asynchronous generator is already running"
                         : "aclose(): asynchronous generator is already running");
      return ResumeResult::Raised;
    }
    if (generator->closed) {
      athrow->state = AwaitableState::Closed;
      raise_none(vm, vm.exceptions().StopAsyncIteration);
      return ResumeResult::Raised;
    }
    if (!sent.is(vm.none())) {
      raise(vm, vm.exceptions().RuntimeError,
            "can't send non-None value to a just-started coroutine");
      return ResumeResult::Raised;
    }
    athrow->state = AwaitableState::Iterating;
    generator->running_async = true;
    if (athrow->args && !check_positional(vm, "athrow", athrow_arguments(athrow), 1, 3)) {
      // As in CPython, this error leaves the generator marked running.
      return ResumeResult::Raised;
    }
    outcome = athrow_start(vm, athrow, result);
    if (outcome == ResumeResult::Yielded) return outcome;
  } else {
    outcome = send_to_generator(vm, generator, sent, result);
    if (athrow->args) return unwrap(vm, generator, outcome, result);
    outcome = closing_outcome(vm, outcome, result);
    if (outcome == ResumeResult::Yielded) return outcome;
  }
  generator->running_async = false;
  athrow->state = AwaitableState::Closed;
  return athrow->args ? outcome : closing_finished(vm, outcome, result);
}

Value athrow_next(VM& vm, Value self) {
  Value result;
  return deliver(vm, athrow_step(vm, as_athrow(self), vm.none(), &result), result);
}

Value athrow_send(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "async_generator_athrow.send", args)) return Value::null();
  Value result;
  return deliver(vm, athrow_step(vm, as_athrow(self), args.values[0], &result), result);
}

Value athrow_throw(VM& vm, Value self, CallArgs args) {
  AsyncGenAThrow* athrow = as_athrow(self);
  if (athrow->state == AwaitableState::Closed) return raise_athrow_reused(vm);
  Generator* generator = athrow->generator;
  Value result;
  ResumeResult outcome = throw_arguments(vm, generator, args, true, &result);
  if (athrow->args) return deliver(vm, unwrap(vm, generator, outcome, &result), result);
  outcome = closing_outcome(vm, outcome, &result);
  return deliver(vm, closing_finished(vm, outcome, &result), result);
}

Value athrow_close(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "async_generator_athrow.close", args)) return Value::null();
  as_athrow(self)->state = AwaitableState::Closed;
  return vm.none();
}

constexpr NativeFunctionDef kAThrowMethods[] = {
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", athrow_close},
};

// ---------------------------------------------------------------------------
// async_generator: __aiter__, __anext__, asend, athrow, aclose

Value make_asend(VM& vm, Generator* generator, Value sent) {
  Root<Generator> rooted(vm.heap(), generator);
  Root<Object> rooted_sent(vm.heap(), sent);
  if (!init_hooks(vm, generator)) return Value::null();
  auto* asend = static_cast<AsyncGenASend*>(
      vm.heap().allocate(vm.types().async_generator_asend, sizeof(AsyncGenASend)));
  asend->generator = rooted.get();
  asend->sent = rooted_sent.value();
  asend->state = AwaitableState::Fresh;
  return Value::from_object(asend);
}

Value make_athrow(VM& vm, Generator* generator, Tuple* args) {
  Root<Generator> rooted(vm.heap(), generator);
  Root<Tuple> rooted_args(vm.heap(), args);
  if (!init_hooks(vm, generator)) return Value::null();
  auto* athrow = static_cast<AsyncGenAThrow*>(
      vm.heap().allocate(vm.types().async_generator_athrow, sizeof(AsyncGenAThrow)));
  athrow->generator = rooted.get();
  athrow->args = rooted_args.get();
  athrow->state = AwaitableState::Fresh;
  return Value::from_object(athrow);
}

Value async_generator_anext(VM& vm, Value self) {
  return make_asend(vm, as_generator(self), Value::null());
}

Value method_asend(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "async_generator.asend", args)) return Value::null();
  return make_asend(vm, as_generator(self), args.values[0]);
}

Value method_athrow(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "async_generator.athrow", args)) return Value::null();
  Root<Tuple> arguments(vm.heap(), make_tuple(vm, std::span<const Value>(args.values, args.nargs)));
  return make_athrow(vm, as_generator(self), arguments.get());
}

Value method_aclose(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "async_generator.aclose", args)) return Value::null();
  return make_athrow(vm, as_generator(self), nullptr);
}

constexpr NativeFunctionDef kAsyncGeneratorMethods[] = {
    {"asend", method_asend},
    {"athrow", method_athrow},
    {"aclose", method_aclose},
};

// An unreachable async generator that has started goes to the finalizer
// hook captured at its first iteration (an event loop schedules aclose()
// there, since the clean-up may await); without one it is closed like a
// generator, its awaits then running synchronously.
void finalize_async_generator(VM& vm, Object* object) {
  auto* generator = static_cast<Generator*>(object);
  if (generator->state == GeneratorState::Closed) return;
  if (generator->finalizer.is_null() || generator->closed) {
    finalize_generator(vm, object);
    return;
  }
  Root<Object> saved(vm.heap(), vm.take_exception());
  Root<Generator> rooted(vm.heap(), generator);
  Root<Object> finalizer(vm.heap(), generator->finalizer);
  if (call(vm, finalizer.value(), {Value::from_object(generator)}).is_null()) {
    write_unraisable(vm, Value::from_object(generator));
  }
  if (!saved.value().is_null()) vm.set_exception(saved.value());
}

Type* make_awaitable_type(VM& vm, const char* name, uint32_t size, void (*trace)(Object*, Tracer&),
                          Value (*next_step)(VM&, Value)) {
  Type* type = vm.make_builtin_type(name, vm.types().object, size);
  type->gc.trace = trace;
  type->slots.await = [](VM&, Value self) { return self; };
  type->slots.iter = [](VM&, Value self) { return self; };
  type->slots.next = next_step;
  type->slots.hash = vm.types().object->slots.hash;
  return type;
}

}  // namespace

Value wrap_async_yield(VM& vm, Value value) {
  Root<Object> rooted(vm.heap(), value);
  auto* wrapped = static_cast<AsyncGenWrappedValue*>(
      vm.heap().allocate(vm.types().async_generator_wrapped_value, sizeof(AsyncGenWrappedValue)));
  wrapped->value = rooted.value();
  return Value::from_object(wrapped);
}

Value unwrap_async_yield(VM& vm, Value value) {
  if (!is_wrapped(vm, value)) return value;
  return static_cast<AsyncGenWrappedValue*>(value.as_object())->value;
}

ResumeResult send_to_asend(VM& vm, Value asend, Value sent, Value* result) {
  return asend_step(vm, as_asend(asend), sent, result);
}

void init_async_generator_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  Type* async_generator = types.async_generator;
  async_generator->gc.finalize = finalize_async_generator;
  async_generator->slots.aiter = [](VM&, Value self) { return self; };
  async_generator->slots.anext = async_generator_anext;
  add_methods(vm, async_generator, kAsyncGeneratorMethods);

  types.async_generator_asend = make_awaitable_type(vm, "async_generator_asend",
                                                    sizeof(AsyncGenASend), trace_asend, asend_next);
  add_methods(vm, types.async_generator_asend, kASendMethods);
  types.async_generator_athrow = make_awaitable_type(
      vm, "async_generator_athrow", sizeof(AsyncGenAThrow), trace_athrow, athrow_next);
  add_methods(vm, types.async_generator_athrow, kAThrowMethods);

  types.async_generator_wrapped_value = vm.make_builtin_type(
      "async_generator_wrapped_value", types.object, sizeof(AsyncGenWrappedValue));
  types.async_generator_wrapped_value->gc.trace = trace_wrapped_value;
}

}  // namespace eddy::vm

// The native core of asyncio, as CPython's _asyncio module: Future, the
// iterator its __await__ returns, and Task, whose step sends into the
// coroutine through the generator fast path (vm/generator.h) rather than a
// method call; also the module's Handle (stdlib/asyncio_handle.cc).
// asyncio's Python modules import these classes; what reads better in
// Python stays there and is called from here, as CPython's C module does:
// the reprs (futures._future_repr, tasks._task_repr_info,
// events._handle_repr, ...) and the loop's call_soon. The registries of
// current and all tasks are made here (VM::asyncio_current_tasks and
// asyncio_all_tasks) and asyncio.tasks imports them, as in CPython.
#include <string>

#include "stdlib/asyncio_support.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/generator.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/observer.h"
#include "vm/protocols.h"
#include "vm/sequence.h"
#include "vm/set.h"
#include "vm/slot_dispatch.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

Value or_none(VM& vm, Value value) {
  return value.is_null() ? vm.none() : value;
}

Value asyncio_global(VM& vm, std::string_view module_name, const char* name) {
  Value module = import_module(vm, module_name);
  if (module.is_null()) return module;
  return get_attribute(vm, module, vm.intern(name));
}

Value call_method(VM& vm, Value self, const char* name, std::initializer_list<Value> args) {
  Value method = get_attribute(vm, self, vm.intern(name));
  if (method.is_null()) return method;
  Root<Object> rooted(vm.heap(), method);
  return call(vm, method, args);
}

namespace {

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

struct Future : Object {
  Value loop;
  // The done callbacks in the order they were added: the first one inline
  // (most futures never get a second, and a task waits on thousands of
  // them), the others in a list. Both null when there are none; the list
  // null while there is at most one.
  Value first_callback;
  Value other_callbacks;
  Value result;
  Value exception;
  Value exception_traceback;  // the exception's traceback when it was set
  Value cancel_message;
  // The CancelledError a Task's coroutine raised, which result() raises
  // (once) so that the chain of contexts is kept.
  Value cancelled_exception;
  FutureState state;
  // _asyncio_future_blocking: true while the pending future travels from
  // its __await__ up to the Task driving the coroutine.
  bool blocking;
};

struct Task : Future {
  Value coro;
  Value name;    // a str, or the int N of the default name "Task-N" until asked for
  Value waiter;  // _fut_waiter: the future the coroutine awaits, or null
  int64_t cancels_requested;
  bool must_cancel;
};

// What Future.__await__ returns: yields the future while it is pending,
// then returns its result (CPython's FutureIter).
struct FutureIterator : Object {
  Value future;  // null once finished
};

void trace_future(Object* object, Tracer& tracer) {
  auto* future = static_cast<Future*>(object);
  for (Value value : {future->loop, future->first_callback, future->other_callbacks, future->result,
                      future->exception, future->exception_traceback, future->cancel_message,
                      future->cancelled_exception}) {
    tracer.visit(value);
  }
}

void trace_task(Object* object, Tracer& tracer) {
  trace_future(object, tracer);
  auto* task = static_cast<Task*>(object);
  for (Value value : {task->coro, task->name, task->waiter})
    tracer.visit(value);
}

void trace_future_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<FutureIterator*>(object)->future);
}

Future* as_future(Value value) {
  return static_cast<Future*>(value.as_object());
}

Task* as_task(Value value) {
  return static_cast<Task*>(value.as_object());
}

Value raise_asyncio_error(VM& vm, const char* class_name, std::string_view message) {
  Value type = asyncio_global(vm, "asyncio.exceptions", class_name);
  if (type.is_null()) return type;
  return raise(vm, static_cast<Type*>(type.as_object()), message);
}

bool is_cancelled_error(VM& vm, Value exception) {
  Value type = asyncio_global(vm, "asyncio.exceptions", "CancelledError");
  if (type.is_null()) return false;
  return is_subtype(vm.type_of(exception), static_cast<Type*>(type.as_object()));
}

// --- Future

// CPython's ENSURE_FUTURE_ALIVE: a Future made by __new__ alone has no
// loop, and most of its methods refuse to run (result() and exception()
// with InvalidStateError, as CPython's).
bool check_alive(VM& vm, Value self, const char* message = "Future object is not initialized.") {
  if (!as_future(self)->loop.is_null()) return true;
  raise(vm, vm.exceptions().RuntimeError, message);
  return false;
}

bool check_alive_for_result(VM& vm, Value self) {
  if (!as_future(self)->loop.is_null()) return true;
  raise_asyncio_error(vm, "InvalidStateError", "Future object is not initialized.");
  return false;
}

// loop.call_soon(callback, future) for each done callback, in order.
bool schedule_callbacks(VM& vm, Future* target) {
  if (target->first_callback.is_null()) return true;
  Root<Future> future(vm.heap(), target);
  Root<Object> first(vm.heap(), future->first_callback);
  Root<Object> others(vm.heap(), future->other_callbacks);
  future->first_callback = Value::null();
  future->other_callbacks = Value::null();
  auto schedule = [&](Value callback) {
    return !call_method(vm, future->loop, "call_soon", {callback, future.value()}).is_null();
  };
  if (!schedule(first.value())) return false;
  if (others.value().is_null()) return true;
  for (int64_t i = 0; i < static_cast<List*>(others.get())->size; ++i) {
    if (!schedule(static_cast<List*>(others.get())->items[i])) return false;
  }
  return true;
}

// Every done callback, in order, in a new list.
List* all_callbacks(VM& vm, Future* target) {
  Root<Future> future(vm.heap(), target);
  Root<List> all(vm.heap(), make_list(vm));
  if (future->first_callback.is_null()) return all.get();
  if (!list_append(vm, all.get(), future->first_callback)) return nullptr;
  if (future->other_callbacks.is_null()) return all.get();
  auto* others = static_cast<List*>(future->other_callbacks.as_object());
  for (int64_t i = 0; i < others->size; ++i) {
    if (!list_append(vm, all.get(), others->items[i])) return nullptr;
  }
  return all.get();
}

bool future_init_fields(VM& vm, Future* target, Value loop) {
  Root<Future> future(vm.heap(), target);
  if (loop.is_null() || loop.is(vm.none())) {
    Value get_event_loop = asyncio_global(vm, "asyncio.events", "get_event_loop");
    if (get_event_loop.is_null()) return false;
    loop = call(vm, get_event_loop, {});
    if (loop.is_null()) return false;
  }
  future->loop = loop;
  future->first_callback = Value::null();
  future->other_callbacks = Value::null();
  future->result = vm.none();
  future->exception = Value::null();
  future->exception_traceback = Value::null();
  future->cancel_message = Value::null();
  future->cancelled_exception = Value::null();
  future->state = FutureState::Pending;
  future->blocking = false;
  return true;
}

// A Future not initialized yet: no loop (zeroed memory is not the null
// Value, so each field is set).
Value future_new(VM& vm, Type* type, CallArgs) {
  auto* future = static_cast<Future*>(vm.heap().allocate(type, type->instance_size));
  for (Value* field :
       {&future->loop, &future->first_callback, &future->other_callbacks, &future->exception,
        &future->exception_traceback, &future->cancel_message, &future->cancelled_exception}) {
    *field = Value::null();
  }
  future->result = vm.none();
  return Value::from_object(future);
}

bool future_init(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"loop"};
  if (args.nargs > 0) {
    raise(vm, vm.exceptions().TypeError, "Future() takes no positional arguments");
    return false;
  }
  Value loop;
  if (!bind_arguments(vm, "Future", args, kParameters, 0, &loop)) return false;
  return future_init_fields(vm, as_future(self), loop);
}

// The CancelledError that result() and exception() raise: the one the
// coroutine raised, once, else a new one with the cancel message.
Value make_cancelled_error(VM& vm, Future* future) {
  if (!future->cancelled_exception.is_null()) {
    Value error = future->cancelled_exception;
    future->cancelled_exception = Value::null();
    return error;
  }
  Root<Future> rooted(vm.heap(), future);
  Value type = asyncio_global(vm, "asyncio.exceptions", "CancelledError");
  if (type.is_null()) return type;
  if (rooted->cancel_message.is_null() || rooted->cancel_message.is(vm.none())) {
    return call(vm, type, {});
  }
  return call(vm, type, {rooted->cancel_message});
}

Value raise_cancelled(VM& vm, Future* future) {
  Value error = make_cancelled_error(vm, future);
  if (error.is_null()) return error;
  return raise_value(vm, error);
}

bool cancel_future(Future* future, Value message) {
  if (future->state != FutureState::Pending) return false;
  future->state = FutureState::Cancelled;
  future->cancel_message = message;
  return true;
}

Value future_result_value(VM& vm, Future* future) {
  if (future->state == FutureState::Cancelled) return raise_cancelled(vm, future);
  if (future->state != FutureState::Finished) {
    return raise_asyncio_error(vm, "InvalidStateError", "Result is not set.");
  }
  if (!future->exception.is_null()) {
    auto* exception = static_cast<vm::Exception*>(future->exception.as_object());
    exception->traceback = future->exception_traceback;
    return raise_value(vm, future->exception);
  }
  return future->result;
}

bool set_result(VM& vm, Future* future, Value result) {
  if (future->state != FutureState::Pending) {
    raise_asyncio_error(vm, "InvalidStateError", "invalid state");
    return false;
  }
  future->result = result;
  future->state = FutureState::Finished;
  return schedule_callbacks(vm, future);
}

bool set_exception(VM& vm, Future* target, Value exception) {
  Root<Future> future(vm.heap(), target);
  if (future->state != FutureState::Pending) {
    raise_asyncio_error(vm, "InvalidStateError", "invalid state");
    return false;
  }
  Root<Object> error(vm.heap(), exception);
  // An exception class is instantiated, as `raise` would.
  if (exception.is_object() && is_subtype(vm.type_of(exception), vm.types().type) &&
      is_subtype(static_cast<Type*>(exception.as_object()), vm.exceptions().BaseException)) {
    error.set(call(vm, exception, {}));
    if (error.value().is_null()) return false;
  }
  if (!is_subtype(vm.type_of(error.value()), vm.exceptions().BaseException)) {
    raise(vm, vm.exceptions().TypeError, "invalid exception object");
    return false;
  }
  if (vm.type_of(error.value()) == vm.exceptions().StopIteration) {
    raise(vm, vm.exceptions().TypeError,
          "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  future->exception = error.value();
  future->exception_traceback = static_cast<vm::Exception*>(error.value().as_object())->traceback;
  future->state = FutureState::Finished;
  return schedule_callbacks(vm, future.get());
}

bool add_done_callback(VM& vm, Future* target, Value callback) {
  Root<Future> future(vm.heap(), target);
  Root<Object> function(vm.heap(), callback);
  if (future->state != FutureState::Pending) {
    return !call_method(vm, future->loop, "call_soon", {callback, future.value()}).is_null();
  }
  if (future->first_callback.is_null()) {
    future->first_callback = function.value();
    return true;
  }
  if (future->other_callbacks.is_null()) {
    List* others = make_list(vm);
    future->other_callbacks = Value::from_object(others);
  }
  return list_append(vm, static_cast<List*>(future->other_callbacks.as_object()), function.value());
}

Value method_result(VM& vm, Value self, CallArgs args) {
  if (!check_alive_for_result(vm, self)) return Value::null();
  if (!check_no_arguments(vm, "Future.result", args)) return Value::null();
  return future_result_value(vm, as_future(self));
}

Value method_exception(VM& vm, Value self, CallArgs args) {
  if (!check_alive_for_result(vm, self)) return Value::null();
  if (!check_no_arguments(vm, "Future.exception", args)) return Value::null();
  Future* future = as_future(self);
  if (future->state == FutureState::Cancelled) return raise_cancelled(vm, future);
  if (future->state != FutureState::Finished) {
    return raise_asyncio_error(vm, "InvalidStateError", "Exception is not set.");
  }
  return or_none(vm, future->exception);
}

Value method_set_result(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  if (!check_one_argument(vm, "Future.set_result", args)) return Value::null();
  if (!set_result(vm, as_future(self), args.values[0])) return Value::null();
  return vm.none();
}

Value method_set_exception(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  if (!check_one_argument(vm, "Future.set_exception", args)) return Value::null();
  if (!set_exception(vm, as_future(self), args.values[0])) return Value::null();
  return vm.none();
}

Value method_add_done_callback(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self, "uninitialized Future object")) return Value::null();
  static constexpr std::string_view kParameters[] = {"fn", "context"};
  Value values[2];
  if (!bind_arguments(vm, "add_done_callback", args, kParameters, 1, values)) {
    return Value::null();
  }
  if (!add_done_callback(vm, as_future(self), values[0])) return Value::null();
  return vm.none();
}

// Removes every registration equal to fn; returns how many there were.
Value method_remove_done_callback(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  if (!check_one_argument(vm, "Future.remove_done_callback", args)) return Value::null();
  Root<Future> future(vm.heap(), self);
  if (future->first_callback.is_null()) return Value::from_small_int(0);
  Root<List> callbacks(vm.heap(), all_callbacks(vm, future.get()));
  if (!callbacks.get()) return Value::null();
  Root<List> kept(vm.heap(), make_list(vm));
  Root<Object> function(vm.heap(), args.values[0]);
  for (int64_t i = 0; i < callbacks->size; ++i) {
    Root<Object> callback(vm.heap(), callbacks->items[i]);
    int same = equal(vm, callback.value(), function.value());
    if (same < 0) return Value::null();
    if (!same && !list_append(vm, kept.get(), callback.value())) return Value::null();
  }
  int64_t removed = callbacks->size - kept->size;
  // The kept list, its first item taken out, holds the others.
  future->first_callback = kept->size ? kept->items[0] : Value::null();
  future->other_callbacks = Value::null();
  if (kept->size > 1) {
    List* others = make_list(vm, std::span<const Value>(kept->items + 1, kept->size - 1));
    future->other_callbacks = Value::from_object(others);
  }
  return Value::from_small_int(removed);
}

Value method_cancel(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  static constexpr std::string_view kParameters[] = {"msg"};
  Value message;
  if (!bind_arguments(vm, "cancel", args, kParameters, 0, &message)) return Value::null();
  Future* future = as_future(self);
  if (!cancel_future(future, or_none(vm, message))) return vm.boolean(false);
  if (!schedule_callbacks(vm, future)) return Value::null();
  return vm.boolean(true);
}

Value method_cancelled(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Future.cancelled", args)) return Value::null();
  return vm.boolean(as_future(self)->state == FutureState::Cancelled);
}

Value method_done(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Future.done", args)) return Value::null();
  return vm.boolean(as_future(self)->state != FutureState::Pending);
}

Value method_get_loop(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  if (!check_no_arguments(vm, "Future.get_loop", args)) return Value::null();
  return as_future(self)->loop;
}

Value method_make_cancelled_error(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Future._make_cancelled_error", args)) return Value::null();
  return make_cancelled_error(vm, as_future(self));
}

Value method_future_repr_info(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Future._repr_info", args)) return Value::null();
  Root<Object> future(vm.heap(), self);
  Value function = asyncio_global(vm, "asyncio.futures", "_future_repr_info");
  if (function.is_null()) return function;
  return call(vm, function, {future.value()});
}

Value future_repr(VM& vm, Value self) {
  if (!check_alive(vm, self)) return Value::null();
  Root<Object> future(vm.heap(), self);
  Value function = asyncio_global(vm, "asyncio.futures", "_future_repr");
  if (function.is_null()) return function;
  return call(vm, function, {future.value()});
}

Value future_await(VM& vm, Value self) {
  if (!check_alive(vm, self)) return Value::null();
  auto* iterator = static_cast<FutureIterator*>(
      vm.heap().allocate(vm.types().asyncio_future_iterator, sizeof(FutureIterator)));
  iterator->future = self;
  return Value::from_object(iterator);
}

constexpr const char* kStateNames[] = {"PENDING", "CANCELLED", "FINISHED"};

Value get_state(VM& vm, Value self) {
  if (!check_alive(vm, self)) return Value::null();
  return Value::from_object(vm.intern(kStateNames[static_cast<int>(as_future(self)->state)]));
}

Value get_loop_field(VM& vm, Value self) {
  return or_none(vm, as_future(self)->loop);
}

Value get_result_field(VM& vm, Value self) {
  return or_none(vm, as_future(self)->result);
}

Value get_exception_field(VM& vm, Value self) {
  return or_none(vm, as_future(self)->exception);
}

Value get_callbacks(VM& vm, Value self) {
  if (as_future(self)->first_callback.is_null()) return vm.none();
  List* callbacks = all_callbacks(vm, as_future(self));
  return callbacks ? Value::from_object(callbacks) : Value::null();
}

Value get_cancel_message(VM& vm, Value self) {
  return or_none(vm, as_future(self)->cancel_message);
}

bool set_cancel_message(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exceptions().AttributeError, "cannot delete attribute");
    return false;
  }
  as_future(self)->cancel_message = value;
  return true;
}

Value get_blocking(VM& vm, Value self) {
  return vm.boolean(as_future(self)->blocking);
}

bool set_blocking(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exceptions().AttributeError, "cannot delete attribute");
    return false;
  }
  int truth = truthy(vm, value);
  if (truth < 0) return false;
  as_future(self)->blocking = truth;
  return true;
}

constexpr NativeFunctionDef kFutureMethods[] = {
    {"result", method_result},
    {"exception", method_exception},
    {"set_result", method_set_result},
    {"set_exception", method_set_exception},
    {"add_done_callback", method_add_done_callback},
    {"remove_done_callback", method_remove_done_callback},
    {"cancel", method_cancel},
    {"cancelled", method_cancelled},
    {"done", method_done},
    {"get_loop", method_get_loop},
    {"_make_cancelled_error", method_make_cancelled_error},
    {"_repr_info", method_future_repr_info},
};

constexpr GetSetDef kFutureFields[] = {
    {"_state", get_state},
    {"_loop", get_loop_field},
    {"_result", get_result_field},
    {"_exception", get_exception_field},
    {"_callbacks", get_callbacks},
    {"_cancel_message", get_cancel_message, set_cancel_message},
    {"_asyncio_future_blocking", get_blocking, set_blocking},
};

// --- the iterator of `await future`

// Yields the future once while it is pending; then returns its result
// (as StopIteration) or raises its exception. Resumed while the future is
// still pending, the Task did not wait for it: not a proper await.
Value future_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<FutureIterator*>(self.as_object());
  if (iterator->future.is_null()) return Value::null();
  Future* future = as_future(iterator->future);
  if (future->state == FutureState::Pending) {
    if (future->blocking) {
      return raise(vm, vm.exceptions().RuntimeError, "await wasn't used with future");
    }
    future->blocking = true;
    return iterator->future;
  }
  iterator->future = Value::null();
  Value result = future_result_value(vm, future);
  if (result.is_null()) return result;
  return raise_stop_iteration(vm, result);
}

Value iterator_send(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "FutureIter.send", args)) return Value::null();
  Value result = future_iterator_next(vm, self);
  if (result.is_null() && !vm.has_exception()) return raise_stop_iteration(vm, vm.none());
  return result;
}

// throw() raises the exception where the future is awaited.
Value iterator_throw(VM& vm, Value self, CallArgs args) {
  if (!check_argument_range(vm, "throw", args, 1, 3)) return Value::null();
  Value exception = exception_to_throw(vm, args);
  if (exception.is_null()) return exception;
  static_cast<FutureIterator*>(self.as_object())->future = Value::null();
  return raise_value(vm, exception);
}

Value iterator_close(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "FutureIter.close", args)) return Value::null();
  static_cast<FutureIterator*>(self.as_object())->future = Value::null();
  return vm.none();
}

constexpr NativeFunctionDef kFutureIteratorMethods[] = {
    {"send", iterator_send},
    {"throw", iterator_throw},
    {"close", iterator_close},
};

// --- Task

Value task_step(VM& vm, Value self, CallArgs args);
Value task_wakeup(VM& vm, Value self, CallArgs args);

constexpr NativeFunctionDef kTaskStep = {"task_step", task_step};
constexpr NativeFunctionDef kTaskWakeup = {"task_wakeup", task_wakeup};

// loop.call_soon(task.__step[, exception]).
bool schedule_step(VM& vm, Task* target, Value exception) {
  Root<Task> task(vm.heap(), target);
  Root<Object> error(vm.heap(), exception);
  Root<Object> step(vm.heap(), make_native_function(vm, &kTaskStep, task.value()));
  Value result = exception.is_null()
                     ? call_method(vm, task->loop, "call_soon", {step.value()})
                     : call_method(vm, task->loop, "call_soon", {step.value(), error.value()});
  return !result.is_null();
}

// Task(coro, *, loop=None, name=None, context=None). Eddy has no
// contextvars, so the context is accepted and not kept, as the `context`
// of add_done_callback.
bool task_init(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"coro", "loop", "name", "context"};
  Value values[4];
  if (args.nargs > 1) {
    raise(vm, vm.exceptions().TypeError,
          "Task() takes at most 1 positional argument (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  if (!bind_arguments(vm, "Task", args, kParameters, 1, values)) return false;
  Root<Task> task(vm.heap(), self);
  Root<Object> coro(vm.heap(), values[0]);
  Root<Object> name(vm.heap(), values[2]);
  if (!future_init_fields(vm, task.get(), values[1])) return false;
  if (vm.type_of(coro.value()) != vm.types().coroutine) {
    Value iscoroutine = asyncio_global(vm, "asyncio.coroutines", "iscoroutine");
    if (iscoroutine.is_null()) return false;
    Value verdict = call(vm, iscoroutine, {coro.value()});
    if (verdict.is_null()) return false;
    int truth = truthy(vm, verdict);
    if (truth < 0) return false;
    if (!truth) {
      std::string text = repr_utf8(vm, coro.value());
      if (vm.has_exception()) return false;
      raise(vm, vm.exceptions().TypeError, "a coroutine was expected, got " + text);
      return false;
    }
  }
  task->waiter = Value::null();
  task->must_cancel = false;
  task->cancels_requested = 0;
  if (name.value().is_null() || name.value().is(vm.none())) {
    task->name = Value::from_small_int(++vm.asyncio_task_names);
  } else {
    Value text = str(vm, name.value());
    if (text.is_null()) return false;
    task->name = text;
  }
  task->coro = coro.value();
  if (!schedule_step(vm, task.get(), Value::null())) return false;
  return set_add(vm, vm.asyncio_all_tasks, task.value()) >= 0;
}

bool discard_from_all_tasks(VM& vm, Value task) {
  return !call_method(vm, Value::from_object(vm.asyncio_all_tasks), "discard", {task}).is_null();
}

// After the coroutine yielded `result`: wait for the future it awaits, or
// run again soon after a bare yield, or step again with the error of a
// bad yield.
bool handle_yield(VM& vm, Task* target, Value yielded) {
  Root<Task> task(vm.heap(), target);
  Root<Object> result(vm.heap(), yielded);
  if (yielded.is(vm.none())) return schedule_step(vm, task.get(), Value::null());
  Type* type = vm.type_of(yielded);
  bool fast = type == vm.types().asyncio_future || type == vm.types().asyncio_task;
  Root<Object> blocking(vm.heap(), Value::null());
  if (fast) {
    blocking.set(vm.boolean(as_future(yielded)->blocking));
  } else {
    blocking.set(get_attribute(vm, yielded, vm.intern("_asyncio_future_blocking")));
    if (blocking.value().is_null()) {
      if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
        return false;
      }
      vm.take_exception();
    }
  }
  std::string message;
  if (blocking.value().is_null() || blocking.value().is(vm.none())) {
    std::string result_text = repr_utf8(vm, result.value());
    if (vm.has_exception()) return false;
    if (is_generator(vm, result.value()) && vm.type_of(result.value()) == vm.types().generator) {
      std::string task_text = repr_utf8(vm, task.value());
      if (vm.has_exception()) return false;
      message = "yield was used instead of yield from for generator in task " + task_text +
                " with " + result_text;
    } else {
      message = "Task got bad yield: " + result_text;
    }
  } else {
    Root<Object> loop(vm.heap(), fast ? as_future(yielded)->loop
                                      : get_attribute(vm, yielded, vm.intern("_loop")));
    if (loop.value().is_null()) return false;
    int truth = truthy(vm, blocking.value());
    if (truth < 0) return false;
    if (!loop.value().is(task->loop)) {
      std::string task_text = repr_utf8(vm, task.value());
      std::string result_text = vm.has_exception() ? "" : repr_utf8(vm, result.value());
      if (vm.has_exception()) return false;
      message =
          "Task " + task_text + " got Future " + result_text + " attached to a different loop";
    } else if (!truth) {
      std::string task_text = repr_utf8(vm, task.value());
      std::string result_text = vm.has_exception() ? "" : repr_utf8(vm, result.value());
      if (vm.has_exception()) return false;
      message =
          "yield was used instead of yield from in task " + task_text + " with " + result_text;
    } else if (result.value().is(task.value())) {
      std::string task_text = repr_utf8(vm, task.value());
      if (vm.has_exception()) return false;
      message = "Task cannot await on itself: " + task_text;
    } else {
      Root<Object> wakeup(vm.heap(), make_native_function(vm, &kTaskWakeup, task.value()));
      if (fast) {
        as_future(result.value())->blocking = false;
        if (!add_done_callback(vm, as_future(result.value()), wakeup.value())) return false;
      } else {
        if (!set_attribute(vm, result.value(), vm.intern("_asyncio_future_blocking"),
                           vm.boolean(false)) ||
            call_method(vm, result.value(), "add_done_callback", {wakeup.value()}).is_null()) {
          return false;
        }
      }
      task->waiter = result.value();
      if (task->must_cancel) {
        Root<Tuple> names(vm.heap(), make_tuple(vm, {Value::from_object(vm.intern("msg"))}));
        Value method = get_attribute(vm, result.value(), vm.intern("cancel"));
        if (method.is_null()) return false;
        Root<Object> cancel(vm.heap(), method);
        Value message_argument = or_none(vm, task->cancel_message);
        Value cancelled = call(vm, cancel.value(), CallArgs{&message_argument, 0, names.get()});
        if (cancelled.is_null()) return false;
        int truth_cancelled = truthy(vm, cancelled);
        if (truth_cancelled < 0) return false;
        if (truth_cancelled) task->must_cancel = false;
      }
      return true;
    }
  }
  Root<Object> error(vm.heap(), make_exception(vm, vm.exceptions().RuntimeError, message));
  return schedule_step(vm, task.get(), error.value());
}

// One step: sends None into the coroutine (or throws `exception` into it)
// and arranges what comes next from how it came back.
bool step(VM& vm, Task* target, Value exception) {
  Root<Task> task(vm.heap(), target);
  Root<Object> error(vm.heap(), exception);
  if (task->state != FutureState::Pending) {
    std::string task_text = repr_utf8(vm, task.value());
    std::string error_text = vm.has_exception() ? "" : repr_utf8(vm, or_none(vm, exception));
    if (vm.has_exception()) return false;
    raise_asyncio_error(vm, "InvalidStateError",
                        "_step(): already done: " + task_text + ", " + error_text);
    return false;
  }
  if (task->must_cancel) {
    if (error.value().is_null() || !is_cancelled_error(vm, error.value())) {
      if (vm.has_exception()) return false;
      error.set(make_cancelled_error(vm, task.get()));
      if (error.value().is_null()) return false;
    }
    task->must_cancel = false;
  }
  task->waiter = Value::null();

  Root<Object> loop(vm.heap(), task->loop);
  Dict* current_tasks = vm.asyncio_current_tasks;
  Value current = dict_get(vm, current_tasks, loop.value());
  if (current.is_null() && vm.has_exception()) return false;
  if (!current.is_null()) {
    std::string task_text = repr_utf8(vm, task.value());
    std::string current_text = vm.has_exception() ? "" : repr_utf8(vm, current);
    if (vm.has_exception()) return false;
    raise(vm, vm.exceptions().RuntimeError,
          "Cannot enter into task " + task_text + " while another task " + current_text +
              " is being executed.");
    return false;
  }
  if (!dict_set(vm, current_tasks, loop.value(), task.value())) return false;

  // eddy --trace and --timeline (vm/observer.h) see the step begin and end.
  if (vm.observer) vm.observer->task_step_began(vm, task.value());
  Value yielded;
  ResumeResult outcome;
  Value coro = task->coro;
  if (vm.type_of(coro) == vm.types().coroutine) {
    auto* generator = static_cast<Generator*>(coro.as_object());
    outcome = error.value().is_null()
                  ? send_to_generator(vm, generator, vm.none(), &yielded)
                  : throw_to_generator(vm, generator, error.value(), true, &yielded);
  } else {
    yielded = error.value().is_null() ? call_method(vm, coro, "send", {vm.none()})
                                      : call_method(vm, coro, "throw", {error.value()});
    outcome = yielded.is_null() ? ResumeResult::Raised : ResumeResult::Yielded;
    if (yielded.is_null() &&
        is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().StopIteration)) {
      yielded = stop_iteration_value(vm, vm.take_exception());
      outcome = ResumeResult::Returned;
    }
  }
  Root<Object> result(vm.heap(), yielded);

  bool ok = true;
  bool reraise = false;
  Root<Object> raised(vm.heap(), Value::null());
  switch (outcome) {
    case ResumeResult::Returned:
      if (task->must_cancel) {
        task->must_cancel = false;
        cancel_future(task.get(), or_none(vm, task->cancel_message));
        ok = schedule_callbacks(vm, task.get());
      } else {
        ok = set_result(vm, task.get(), result.value());
      }
      ok = ok && discard_from_all_tasks(vm, task.value());
      break;
    case ResumeResult::Raised: {
      raised.set(vm.take_exception());
      if (is_cancelled_error(vm, raised.value())) {
        task->cancelled_exception = raised.value();
        cancel_future(task.get(), vm.none());
        ok = schedule_callbacks(vm, task.get());
      } else if (vm.has_exception()) {
        ok = false;
      } else {
        Type* type = vm.type_of(raised.value());
        reraise = is_subtype(type, vm.exceptions().KeyboardInterrupt) ||
                  is_subtype(type, vm.exceptions().SystemExit);
        ok = set_exception(vm, task.get(), raised.value());
      }
      ok = ok && discard_from_all_tasks(vm, task.value());
      break;
    }
    case ResumeResult::Yielded:
      ok = handle_yield(vm, task.get(), result.value());
      break;
  }
  if (vm.observer) vm.observer->task_step_ended(vm, task.value());

  // _leave_task(loop, task): an error raised here replaces the step's own.
  Root<Object> pending(vm.heap(), vm.has_exception() ? vm.take_exception() : Value::null());
  current = dict_get(vm, current_tasks, loop.value());
  if (current.is_null() && vm.has_exception()) return false;
  if (!current.is(task.value())) {
    std::string task_text = repr_utf8(vm, task.value());
    std::string current_text = vm.has_exception() ? "" : repr_utf8(vm, or_none(vm, current));
    if (vm.has_exception()) return false;
    raise(vm, vm.exceptions().RuntimeError,
          "Leaving task " + task_text + " does not match the current task " + current_text + ".");
    return false;
  }
  if (dict_delete(vm, current_tasks, loop.value()) < 0) return false;
  if (!pending.value().is_null()) {
    vm.set_exception(pending.value());
    return false;
  }
  if (reraise && ok) {
    raise_value(vm, raised.value());
    return false;
  }
  return ok;
}

Value task_step(VM& vm, Value self, CallArgs args) {
  if (!check_argument_range(vm, "task_step", args, 0, 1)) return Value::null();
  Value exception =
      args.nargs == 1 && !args.values[0].is(vm.none()) ? args.values[0] : Value::null();
  if (!step(vm, as_task(self), exception)) return Value::null();
  return vm.none();
}

// The awaited future is done: the next step, with its exception if it
// has one. A Future or Task that finished with a result needs no result()
// call.
Value task_wakeup(VM& vm, Value self, CallArgs args) {
  if (!vm::check_one_argument(vm, "task_wakeup", args)) return Value::null();
  Root<Task> task(vm.heap(), self);
  Value future = args.values[0];
  Type* type = vm.type_of(future);
  if ((type == vm.types().asyncio_future || type == vm.types().asyncio_task) &&
      as_future(future)->state == FutureState::Finished && as_future(future)->exception.is_null()) {
    if (!step(vm, task.get(), Value::null())) return Value::null();
    return vm.none();
  }
  Value result = call_method(vm, future, "result", {});
  Root<Object> error(vm.heap(), Value::null());
  if (result.is_null()) {
    error.set(vm.take_exception());
  }
  if (!step(vm, task.get(), error.value())) return Value::null();
  return vm.none();
}

Value task_new(VM& vm, Type* type, CallArgs args) {
  Value task = future_new(vm, type, args);
  as_task(task)->coro = Value::null();
  as_task(task)->waiter = Value::null();
  as_task(task)->name = vm.none();
  return task;
}

Value method_get_coro(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Task.get_coro", args)) return Value::null();
  return or_none(vm, as_task(self)->coro);
}

Value method_get_name(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Task.get_name", args)) return Value::null();
  Task* task = as_task(self);
  if (task->name.is_small_int()) {
    task->name =
        Value::from_object(make_str(vm, "Task-" + std::to_string(task->name.as_small_int())));
  }
  return task->name;
}

Value method_set_name(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "Task.set_name", args)) return Value::null();
  Root<Object> task(vm.heap(), self);
  Value text = str(vm, args.values[0]);
  if (text.is_null()) return text;
  as_task(task.value())->name = text;
  return vm.none();
}

Value method_task_set_result(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "Task.set_result", args)) return Value::null();
  return raise(vm, vm.exceptions().RuntimeError, "Task does not support set_result operation");
}

Value method_task_set_exception(VM& vm, Value, CallArgs args) {
  if (!check_one_argument(vm, "Task.set_exception", args)) return Value::null();
  return raise(vm, vm.exceptions().RuntimeError, "Task does not support set_exception operation");
}

// cancel(msg=None): the coroutine gets CancelledError at its next step
// (through the future it awaits, if that one can be cancelled).
Value method_task_cancel(VM& vm, Value self, CallArgs args) {
  if (!check_alive(vm, self)) return Value::null();
  static constexpr std::string_view kParameters[] = {"msg"};
  Value message;
  if (!bind_arguments(vm, "cancel", args, kParameters, 0, &message)) return Value::null();
  Root<Task> task(vm.heap(), self);
  Root<Object> text(vm.heap(), or_none(vm, message));
  if (task->state != FutureState::Pending) return vm.boolean(false);
  ++task->cancels_requested;
  if (!task->waiter.is_null()) {
    Root<Tuple> names(vm.heap(), make_tuple(vm, {Value::from_object(vm.intern("msg"))}));
    Value method = get_attribute(vm, task->waiter, vm.intern("cancel"));
    if (method.is_null()) return method;
    Root<Object> cancel(vm.heap(), method);
    Value argument = text.value();
    Value cancelled = call(vm, cancel.value(), CallArgs{&argument, 0, names.get()});
    if (cancelled.is_null()) return cancelled;
    int truth = truthy(vm, cancelled);
    if (truth < 0) return Value::null();
    if (truth) return vm.boolean(true);
  }
  task->must_cancel = true;
  task->cancel_message = text.value();
  return vm.boolean(true);
}

Value method_cancelling(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Task.cancelling", args)) return Value::null();
  return Value::from_small_int(as_task(self)->cancels_requested);
}

Value method_uncancel(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Task.uncancel", args)) return Value::null();
  Task* task = as_task(self);
  if (task->cancels_requested > 0) --task->cancels_requested;
  return Value::from_small_int(task->cancels_requested);
}

Value method_task_repr_info(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Task._repr_info", args)) return Value::null();
  Root<Object> task(vm.heap(), self);
  Value function = asyncio_global(vm, "asyncio.tasks", "_task_repr_info");
  if (function.is_null()) return function;
  return call(vm, function, {task.value()});
}

Value get_coro_field(VM& vm, Value self) {
  return or_none(vm, as_task(self)->coro);
}

Value get_waiter(VM& vm, Value self) {
  return or_none(vm, as_task(self)->waiter);
}

Value get_must_cancel(VM& vm, Value self) {
  return vm.boolean(as_task(self)->must_cancel);
}

constexpr NativeFunctionDef kTaskMethods[] = {
    {"get_coro", method_get_coro},
    {"get_name", method_get_name},
    {"set_name", method_set_name},
    {"set_result", method_task_set_result},
    {"set_exception", method_task_set_exception},
    {"cancel", method_task_cancel},
    {"cancelling", method_cancelling},
    {"uncancel", method_uncancel},
    {"_repr_info", method_task_repr_info},
};

constexpr GetSetDef kTaskFields[] = {
    {"_coro", get_coro_field},
    {"_fut_waiter", get_waiter},
    {"_must_cancel", get_must_cancel},
};

bool set_type_module(VM& vm, Type* type, const char* module) {
  return dict_set_str(vm, type->dict, vm.intern("__module__"),
                      Value::from_object(vm.intern(module)));
}

Module* make_asyncio_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "_asyncio", {}));
  if (module.value().is_null()) return nullptr;
  BuiltinTypes& types = vm.mutable_types();

  Type* future = vm.make_builtin_type("Future", vm.types().object, sizeof(Future));
  future->flags |= kTypeAcceptsSubclasses;
  future->gc.trace = trace_future;
  future->slots.repr = future_repr;
  future->slots.await = future_await;
  future->slots.iter = future_await;
  future->slots.new_instance = future_new;
  future->slots.init = future_init;
  add_methods(vm, future, kFutureMethods);
  add_getsets(vm, future, kFutureFields);
  add_slot_wrappers(vm, future);
  types.asyncio_future = future;

  Type* task = vm.make_builtin_type("Task", future, sizeof(Task));
  task->flags |= kTypeAcceptsSubclasses;
  task->gc.trace = trace_task;
  task->slots = future->slots;
  task->slots.new_instance = task_new;
  task->slots.init = task_init;
  add_methods(vm, task, kTaskMethods);
  add_getsets(vm, task, kTaskFields);
  add_slot_wrappers(vm, task);
  types.asyncio_task = task;

  Type* iterator = vm.make_builtin_type("FutureIter", vm.types().object, sizeof(FutureIterator));
  iterator->gc.trace = trace_future_iterator;
  iterator->slots.iter = iterator_self;
  iterator->slots.next = future_iterator_next;
  add_methods(vm, iterator, kFutureIteratorMethods);
  add_slot_wrappers(vm, iterator);
  types.asyncio_future_iterator = iterator;

  // Handle is asyncio.events.Handle, as CPython's (written in Python there).
  Type* handle = make_handle_type(vm);

  for (Type* type : {future, task, iterator}) {
    if (!set_type_module(vm, type, "_asyncio")) return nullptr;
  }
  Root<Dict> current_tasks(vm.heap(), make_dict(vm));
  vm.asyncio_current_tasks = current_tasks.get();
  vm.asyncio_all_tasks = make_set(vm, vm.types().set);
  if (!set_module_value(vm, module.get(), "_current_tasks", current_tasks.value()) ||
      !set_module_value(vm, module.get(), "_all_tasks", Value::from_object(vm.asyncio_all_tasks))) {
    return nullptr;
  }
  if (!set_type_module(vm, handle, "asyncio.events") ||
      !set_module_value(vm, module.get(), "Handle", Value::from_object(handle))) {
    return nullptr;
  }
  if (!set_module_value(vm, module.get(), "Future", Value::from_object(future)) ||
      !set_module_value(vm, module.get(), "Task", Value::from_object(task))) {
    return nullptr;
  }
  return module.get();
}

}  // namespace

void register_asyncio_module() {
  register_native_module("_asyncio", make_asyncio_module);
}

}  // namespace eddy::stdlib

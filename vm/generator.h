// Generators, coroutines and async generators: objects that own a
// suspended frame (docs/coroutines.md tells the whole story).
//
// Calling a generator function runs RETURN_GENERATOR, which moves the new
// frame off the frame stack into a Generator object. Resuming links that
// frame on top of the resumer's frame; YIELD_VALUE unlinks it again. A
// resume that comes from bytecode (FOR_ITER over a generator, SEND in
// `yield from` / `await`) happens inside the same eval loop, with no C++
// recursion; one from C++ (`g.send(v)` called as a method) enters the
// loop with the generator's frame as its entry frame.
#pragma once

#include <string>

#include "vm/exceptions.h"
#include "vm/frame.h"
#include "vm/object.h"
#include "vm/type.h"

namespace eddy::vm {

class VM;
struct Str;

// CPython's frame states, as inspect.getgeneratorstate reports them.
enum class GeneratorState : uint8_t {
  Created,    // GEN_CREATED: not started
  Suspended,  // GEN_SUSPENDED: stopped at a yield
  Running,    // GEN_RUNNING: executing
  Closed,     // GEN_CLOSED: returned, raised, or closed
};

struct Generator : Object {
  Str* name;      // __name__
  Str* qualname;  // __qualname__
  GeneratorState state;
  // Async generators only (vm/async_generator.cc), as CPython's ag_*
  // fields: whether the asyncgen hooks were consulted (at the first
  // iteration), whether aclose() or the end made it closed for athrow(), and
  // whether an asend/athrow awaitable is driving it (ag_running: true while
  // it waits in an await too).
  bool hooks_initialized;
  bool closed;
  bool running_async;
  // The exception being handled inside the generator (its own
  // sys.exc_info()): on top of the VM's stack of them while it runs.
  HandledExceptionItem handled;
  // cr_origin: ((filename, line, function), ...) for the frames that created
  // a coroutine, innermost first, if sys.set_coroutine_origin_tracking_depth
  // asked for them; null otherwise.
  Value origin;
  // Async generators only: the finalizer hook captured at the first
  // iteration (sys.set_asyncgen_hooks), called instead of closing the
  // generator when it becomes unreachable. Null when there was none.
  Value finalizer;
  // The frame lives right after this header; valid until the generator is
  // closed.
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
};

// RETURN_GENERATOR: moves `frame` (the running frame of a generator,
// coroutine or async generator function, just bound) into a new generator
// object of the kind its code's flags say.
Generator* make_generator(VM& vm, Frame* frame);

// How a resumed generator frame gave control back.
enum class ResumeResult : uint8_t { Yielded, Returned, Raised };

// g.send(value) from C++: resumes the generator and reports whether it
// yielded or returned `*result`, or raised (exception set). Checks the
// state first (already executing, just started and value not None). A
// finished async generator raises StopAsyncIteration.
ResumeResult send_to_generator(VM& vm, Generator* generator, Value value, Value* result);

// g.throw(exception) from C++, after the state checks (already executing;
// not suspended: the generator closes and the exception comes back). The
// exception goes to the innermost delegate of a `yield from` / `await`
// chain first. A GeneratorExit closes the delegates on its way when
// `close_delegates` (gen.throw, gen.close); athrow() and aclose() throw it
// into them instead, so that an async generator's awaits can clean up.
ResumeResult throw_to_generator(VM& vm, Generator* generator, Value exception, bool close_delegates,
                                Value* result);

// The exception that gen.throw(type[, value[, traceback]]) describes,
// normalized as CPython does; null with a TypeError for bad arguments.
// `args` holds one to three values.
Value exception_to_throw(VM& vm, CallArgs args);

// Raises StopIteration(value) as a generator's `return value` does (with
// no arguments for None); returns null.
Value raise_stop_iteration(VM& vm, Value value);

// The collector's finalizer for generators and coroutines: closes one that
// is suspended, so that its `finally` blocks and `with` exits run.
void finalize_generator(VM& vm, Object* object);

// Reports an exception that cannot propagate (raised by a finalizer) on
// stderr as CPython's "Exception ignored in: <origin>" message, and
// clears it.
void write_unraisable(VM& vm, Value origin);

// g.send(value) as Python sees it: the yielded value, or null with
// StopIteration(return value) or another exception raised. next(g) is
// generator_send(vm, g, None).
Value generator_send(VM& vm, Generator* generator, Value value);

// The generator or coroutine that `g.send(value)` would resume, when
// `callable` is the send method of generators and coroutines and `self` is
// one of those, not finished: CALL then resumes it inline, as SEND does.
// Else null.
Generator* generator_to_send_to(VM& vm, Value callable, Value self);

// "generator", "coroutine" or "async generator", as CPython's messages say.
std::string generator_kind_name(VM& vm, const Generator* generator);

// The checks every resume makes first, from C++ or from bytecode, with
// CPython's messages: already executing, or a non-None value sent to a
// just-started generator. False with an exception set if it cannot run.
bool check_resumable(VM& vm, Generator* generator, Value sent);

// True for generator, coroutine and async generator objects.
bool is_generator(VM& vm, Value value);

void init_generator_types(VM& vm);

}  // namespace eddy::vm

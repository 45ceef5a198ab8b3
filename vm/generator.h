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
  // The exception being handled inside the generator (its own
  // sys.exc_info()): on top of the VM's stack of them while it runs.
  HandledExceptionItem handled;
  // cr_origin: ((filename, line, function), ...) for the frames that created
  // a coroutine, innermost first, if sys.set_coroutine_origin_tracking_depth
  // asked for them; null otherwise.
  Value origin;
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
// state first (already executing, just started and value not None).
ResumeResult send_to_generator(VM& vm, Generator* generator, Value value, Value* result);

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

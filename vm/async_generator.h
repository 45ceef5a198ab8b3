// Async generators (PEP 525): the async_generator type's own protocol —
// __aiter__/__anext__, asend, athrow, aclose and the awaitables they
// return — the value wrapping that tells its yields from its awaits, and
// the sys.set_asyncgen_hooks() hooks. The frame machinery (resuming,
// throwing, closing) is the generators' own, in generator.cc.
#pragma once

#include "vm/generator.h"
#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

// ASYNC_GEN_WRAP: wraps a value an async generator yields with `yield`, so
// that whoever drives its frame can tell it from a value passing up from an
// `await` inside it (which is not wrapped). Null on allocation failure.
Value wrap_async_yield(VM& vm, Value value);
// The value ASYNC_GEN_WRAP wrapped, for a wrapped one; else `value` itself.
Value unwrap_async_yield(VM& vm, Value value);

// One step of the awaitable that agen.__anext__() and agen.asend(v)
// return (type async_generator_asend), as SEND drives it: Yielded when a value
// passes up from an await inside the async generator (to be yielded
// further), Returned when the async generator yielded `*result` (the
// await is over), Raised otherwise (StopAsyncIteration when it finished).
ResumeResult send_to_asend(VM& vm, Value asend, Value sent, Value* result);

// Creates the async generator awaitable types and fills async_generator's
// slots and methods; called by init_generator_types.
void init_async_generator_types(VM& vm);

}  // namespace eddy::vm

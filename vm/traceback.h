// Tracebacks: the record of where an exception passed, and printing an
// uncaught exception the way CPython does ("Traceback (most recent call
// last):", one entry per frame with its source line, chained exceptions).
#pragma once

#include <string>

#include "vm/frame.h"
#include "vm/object.h"

namespace eddy::vm {

class VM;

struct FrameObject;

struct Traceback : Object {
  Traceback* next;     // tb_next: the entry for the frame the exception came from
  FrameObject* frame;  // tb_frame
  int offset;          // tb_lasti, as an instruction index
  int line;            // tb_lineno
};

// Prepends an entry for `frame` (at its current instruction) to the
// traceback of the exception being raised.
void add_traceback_entry(VM& vm, Frame* frame);

// The full report of an uncaught exception, as CPython 3.11's default
// sys.excepthook prints it to stderr: the __cause__ / __context__ chain,
// each traceback entry with its source line and PEP 657 carets, runs of
// one repeated entry folded, the exception's __notes__, and exception
// groups in their boxed layout.
std::string format_exception(VM& vm, Value exception);

void init_traceback_type(VM& vm);

}  // namespace eddy::vm

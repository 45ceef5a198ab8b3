// Frame objects: the Python view of a frame, as sys._getframe(),
// tb_frame and gi_frame return it (f_code, f_lineno, f_lasti, f_globals,
// f_locals, f_back). A Frame (vm/frame.h) is not a heap object: its frame
// object is made on first request and cached in it, shows the live frame
// while it runs, and keeps a copy of its header and variables once it has
// finished (as CPython's PyFrameObject takes over its _PyInterpreterFrame).
#pragma once

#include "vm/frame.h"
#include "vm/object.h"

namespace eddy::vm {

class VM;
struct Dict;

struct FrameObject : Object {
  // The frame shown: the live frame, or copy() once it has finished.
  Frame* frame;
  // f_back once the frame has finished (null: None); while it runs,
  // f_back is read from frame->previous.
  FrameObject* back;
  // A function frame's f_locals (and locals()) dict, made on first request
  // and brought up to date with the variables on each (CPython 3.11's
  // f_locals); null until then.
  Dict* locals;
  bool finished;

  // Room for the frame header and its slots (locals, cells, free
  // variables), filled when the frame finishes; its value stack is not kept.
  Frame* copy() { return reinterpret_cast<Frame*>(this + 1); }
};

// The frame object of the live `frame` (made, and cached in frame->object,
// on first request). The frames it was called from get theirs too, so
// that a frame which finishes can keep its f_back without allocating.
FrameObject* frame_object_of(VM& vm, Frame* frame);

// finish_frame_object(frame), declared in frame.h for FrameStack::pop: called
// as `frame` stops existing (it returned or raised out; or, for a
// generator's frame, the generator finished), its frame object, if any,
// takes a copy of what it shows. Never allocates.

// f_locals, and locals(): a module or class body's namespace itself; in a
// function, the frame's one dict, updated with the variables bound now —
// parameters and locals, then cell and free variables (whose slots hold
// cells) — and without those unbound. Other keys (which exec may have
// stored there) stay, as in CPython 3.11; the variables never change
// through the dict.
Value frame_locals(VM& vm, Frame* frame);

void init_frame_object_type(VM& vm);

}  // namespace eddy::vm

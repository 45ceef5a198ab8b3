// Frame objects: what Python code sees of a frame (gen.gi_frame,
// sys._getframe(), a traceback's tb_frame), with f_code, f_lineno, f_lasti,
// f_locals, f_globals and f_back. The frames themselves (vm/frame.h) are not
// objects; a FrameObject is made only when a program asks for one.
//
// While its frame runs or is suspended in a generator, a frame object reads
// the frame directly. When the frame finishes it is "detached": it keeps
// what it needs (the last line, the locals) so it stays usable after the
// frame's memory is reused — CPython's take_ownership does the same.
#pragma once

#include <vector>

#include "vm/frame.h"
#include "vm/object.h"

namespace eddy::vm {

class VM;

struct FrameObject : Object {
  Frame* frame;      // the live frame, or null once detached
  Object* owner;     // the generator whose frame it is (kept alive), or null
  Code* code;        // f_code
  Dict* globals;     // f_globals
  Dict* builtins;    // f_builtins
  Value namespace_;  // LOAD_NAME's dict for module and class bodies, or null
  Value back;        // f_back once detached (null: None)
  Value locals;      // the dict f_locals last returned (null until asked)
  int line;          // f_lineno once detached
  int lasti;         // the instruction index once detached
  // A detached function frame's locals and cells, copied as they were.
  std::vector<Value> saved_slots;
};

// The frame object of `frame`, made on first request and cached in the
// frame. The frames that called it get theirs too, so that f_back is known
// even after this frame finishes.
FrameObject* frame_object_for(VM& vm, Frame* frame);

// Called as `frame` finishes (returns, raises out, or its generator is
// closed) if it has a frame object: the object keeps its own copy of what
// it shows. Does not allocate on the collected heap.
void detach_frame_object(Frame* frame);

void init_frame_object_type(VM& vm);

}  // namespace eddy::vm

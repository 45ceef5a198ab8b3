// Observer: how `eddy --trace` and `eddy --timeline` watch the VM run.
// Not the collector's Tracer (vm/heap.h), which visits references.
//
// When one is installed (VM::observer), the VM reports to it each frame
// that starts, yields, resumes, returns or unwinds, each exception thrown
// into a generator, and each step asyncio runs of a task and each callback
// its event loop runs. With none
// installed this costs nothing in the eval loop: the instructions that
// report (RESUME, RETURN_GENERATOR, YIELD_VALUE, RETURN_VALUE) reach the
// observer through dispatch-table entries that run_frame() swaps in only
// for an observer that asks for frame events (vm/interpreter.cc).
#pragma once

#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Frame;
struct Generator;

class Observer {
 public:
  explicit Observer(bool observes_frames) : observes_frames(observes_frames) {}
  virtual ~Observer() = default;
  Observer(const Observer&) = delete;
  Observer& operator=(const Observer&) = delete;

  // Whether the frame events (the frame_* calls) are wanted: asking for
  // them slows the loop down a little, so an observer of task steps alone
  // does not.
  const bool observes_frames;

  // Each call may run Python code (a repr, a method); it leaves the VM's
  // exception as it found it.

  // RETURN_GENERATOR: the frame of a generator, coroutine or async
  // generator function, just called, becomes its generator's.
  virtual void frame_created(VM&, Frame*) {}
  // RESUME 0: a function's frame starts running, or a generator's at its
  // first resume.
  virtual void frame_started(VM&, Frame*) {}
  // RESUME 1, 2 or 3: a generator's frame continues after a yield, with
  // `sent` as the yield's value.
  virtual void frame_resumed(VM&, Frame*, Value /*sent*/) {}
  // YIELD_VALUE: the frame hands `value` to its resumer and is put aside.
  virtual void frame_yielded(VM&, Frame*, Value /*value*/) {}
  // RETURN_VALUE: the frame returns `value` and ends.
  virtual void frame_returned(VM&, Frame*, Value /*value*/) {}
  // The VM's current exception leaves the frame, which had no handler
  // for it; the frame ends.
  virtual void frame_unwound(VM&, Frame*) {}

  // throw() (or close(), or a task's cancellation) raises the VM's
  // current exception in the generator's frame, where it is suspended.
  virtual void thrown_into(VM&, Generator*) {}
  // close() on a generator not yet finished.
  virtual void generator_closing(VM&, Generator*) {}

  // asyncio begins and ends one step of `task` (Task._step: its
  // coroutine runs until it next waits, or ends).
  virtual void task_step_began(VM&, Value /*task*/) {}
  virtual void task_step_ended(VM&, Value /*task*/) {}
  // asyncio's event loop is about to run `callback`, one of its ready
  // callbacks (a task's step among them).
  virtual void loop_callback(VM&, Value /*callback*/) {}
};

}  // namespace eddy::vm

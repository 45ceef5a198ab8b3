// Frames: the activation record of running Python code, and the stack they
// live on.
//
// A frame holds what one running code object needs: the instruction
// pointer, its local variables (and cells), and its value stack, all in one
// block of slots. Ordinary calls take frames from the FrameStack — a stack of
// large chunks, so a call costs no heap allocation and pointers into frames
// stay valid. A generator's frame is moved into the generator object when
// the generator is created (RETURN_GENERATOR) and linked onto the chain of
// running frames each time it resumes (docs/coroutines.md).
#pragma once

#include <cstddef>
#include <vector>

#include "vm/code.h"
#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

struct Dict;
struct FrameObject;
struct Function;

struct Frame {
  Code* code;
  Function* function;  // null for module and class bodies
  Dict* globals;
  Dict* builtins;
  Value locals;           // LOAD_NAME's namespace (module and class bodies); else null
  Frame* previous;        // the frame that resumes when this one returns or yields
  const Instruction* ip;  // the next instruction
  Value* stack_top;       // one past the top of the value stack
  Object* generator;      // the generator that owns this frame, or null
  FrameObject* object;    // its frame object (vm/frame_object.h), or null until asked for
  // True for a frame that run_frame() was called on: returning from it
  // returns from run_frame() to C++, instead of continuing in `previous`.
  bool is_entry;
  // True for an __init__ frame that CALL entered for a class call: the new
  // instance already waits on the caller's stack as the call's result, so
  // the frame's return value (which must be None) is dropped.
  bool initializes_instance;

  // Locals, then cells, then free variables, then the value stack.
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return slots() + code->slot_count; }
  int offset_of(const Instruction* instruction) const {
    return static_cast<int>(instruction - code->instructions());
  }
  // The instruction running now (or that ran last).
  int current_offset() const { return offset_of(ip) - 1; }

  static size_t size_for(const Code* code) {
    return sizeof(Frame) + static_cast<size_t>(code->frame_size) * sizeof(Value);
  }
};

static_assert(sizeof(Frame) % sizeof(Value) == 0);

// Visits what a frame references: its code, namespaces, locals and the live
// part of its value stack.
void trace_frame(Frame* frame, Tracer& tracer);

// Lets the frame object of a frame that stops existing keep what it shows
// (frame_object.h explains).
void finish_frame_object(Frame* frame);

// The stack ordinary frames are pushed on: a list of chunks, so that growing
// never moves a live frame.
class FrameStack {
 public:
  FrameStack() = default;
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  // A frame for `code` whose first `count` slots are `values` and the
  // other locals and cells null; the caller fills the header. Inline, as
  // every call makes one: only moving to another chunk is not.
  Frame* push(Code* code, const Value* values = nullptr, size_t count = 0) {
    size_t bytes = Frame::size_for(code);
    if (chunks_.empty() || chunks_[current_].used + bytes > chunks_[current_].size) {
      next_chunk(bytes);
    }
    Chunk& chunk = chunks_[current_];
    auto* frame = reinterpret_cast<Frame*>(chunk.base + chunk.used);
    chunk.used += bytes;
    frame->code = code;
    frame->object = nullptr;
    frame->initializes_instance = false;
    // The value stack above stack_top is never read (the collector stops at
    // stack_top), so only the locals and cells need clearing.
    Value* slots = frame->slots();
    for (size_t i = 0; i < count; ++i)
      slots[i] = values[i];
    for (int i = static_cast<int>(count); i < code->slot_count; ++i)
      slots[i] = Value::null();
    frame->stack_top = frame->stack_base();
    return frame;
  }

  // Pops `frame`, which must be the most recently pushed one; its frame
  // object, if any, keeps what it shows (finish_frame_object).
  void pop(Frame* frame) {
    if (frame->object) finish_frame_object(frame);
    Chunk& chunk = chunks_[current_];
    chunk.used = static_cast<size_t>(reinterpret_cast<std::byte*>(frame) - chunk.base);
    if (chunk.used == 0 && current_ > 0) --current_;
  }

 private:
  // Moves to the next chunk with room for `bytes`, allocating it if this is
  // the deepest the stack has been; a frame never straddles two chunks.
  void next_chunk(size_t bytes);

  struct Chunk {
    std::byte* base;
    size_t size;
    size_t used;
  };
  static constexpr size_t kChunkBytes = 256 * 1024;
  std::vector<Chunk> chunks_;
  size_t current_ = 0;  // index of the chunk being filled
};

}  // namespace eddy::vm

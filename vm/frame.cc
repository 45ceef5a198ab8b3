// The frame stack and tracing frames for the collector.
#include "vm/frame.h"

#include <cstdlib>
#include <new>

#include "vm/frame_object.h"
#include "vm/function.h"

namespace eddy::vm {

void trace_frame(Frame* frame, Tracer& tracer) {
  tracer.visit(frame->code);
  tracer.visit(frame->function);
  tracer.visit(reinterpret_cast<Object*>(frame->globals));
  tracer.visit(reinterpret_cast<Object*>(frame->builtins));
  tracer.visit(frame->locals);
  tracer.visit(frame->generator);
  tracer.visit(frame->object);
  for (Value* slot = frame->slots(); slot < frame->stack_top; ++slot) tracer.visit(*slot);
}

FrameStack::~FrameStack() {
  for (Chunk& chunk : chunks_) std::free(chunk.base);
}

Frame* FrameStack::push(Code* code) {
  size_t bytes = Frame::size_for(code);
  if (chunks_.empty() || chunks_[current_].used + bytes > chunks_[current_].size) {
    // Move to the next chunk, allocating it if this is the deepest we have
    // been; a frame never straddles two chunks.
    if (!chunks_.empty()) ++current_;
    if (current_ == chunks_.size() || chunks_[current_].size < bytes) {
      size_t size = std::max(kChunkBytes, bytes);
      auto* base = static_cast<std::byte*>(std::malloc(size));
      if (!base) throw std::bad_alloc();
      if (current_ == chunks_.size()) {
        chunks_.push_back(Chunk{base, size, 0});
      } else {
        std::free(chunks_[current_].base);
        chunks_[current_] = Chunk{base, size, 0};
      }
    }
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
  for (int i = 0; i < code->slot_count; ++i)
    slots[i] = Value::null();
  frame->stack_top = frame->stack_base();
  return frame;
}

void FrameStack::pop(Frame* frame) {
  finish_frame_object(frame);
  Chunk& chunk = chunks_[current_];
  chunk.used = static_cast<size_t>(reinterpret_cast<std::byte*>(frame) - chunk.base);
  if (chunk.used == 0 && current_ > 0) --current_;
}

}  // namespace eddy::vm

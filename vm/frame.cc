// The frame stack and tracing frames for the collector.
#include "vm/frame.h"

#include <algorithm>
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
  for (Value* slot = frame->slots(); slot < frame->stack_top; ++slot)
    tracer.visit(*slot);
}

FrameStack::~FrameStack() {
  for (Chunk& chunk : chunks_)
    std::free(chunk.base);
}

void FrameStack::next_chunk(size_t bytes) {
  if (!chunks_.empty()) ++current_;
  if (current_ < chunks_.size() && chunks_[current_].size >= bytes) return;
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

}  // namespace eddy::vm

// Allocation and collection. See heap.h for the picture; the paragraphs
// below explain the mechanics.
#include "vm/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include "vm/type.h"

namespace eddy::vm {

namespace {

constexpr uint32_t kMarked = 1u << 0;
// Set once an object's finalizer has been scheduled, so that an object the
// finalizer resurrects is not finalized a second time.
constexpr uint32_t kFinalized = 1u << 1;
// The bits above these hold the object's allocated size in granules, so
// that marking can add up the live bytes.
// (A larger object than the field holds counts as the largest it holds.)
constexpr uint32_t kSizeShift = 8;
constexpr size_t kMaxSizeField = (1u << (32 - kSizeShift)) - 1;

constexpr size_t kPageBytes = 64 * 1024;

// Under AddressSanitizer, the body of a free slot is poisoned, so a C++
// pointer kept to a collected object (a missing Root) fails loudly at its
// first use instead of reading whatever reuses the slot.
#if defined(__SANITIZE_ADDRESS__)
void poison(void* address, size_t size) {
  __asan_poison_memory_region(address, size);
}
void unpoison(void* address, size_t size) {
  __asan_unpoison_memory_region(address, size);
}
#else
void poison(void*, size_t) {}
void unpoison(void*, size_t) {}
#endif

// The bytes of a free slot past its header (which holds the free link).
void poison_body(Object* slot, size_t slot_size) {
  poison(reinterpret_cast<char*>(slot) + sizeof(Object), slot_size - sizeof(Object));
}

}  // namespace

// A page holds slots of one size class. A slot whose type is null is free;
// its `spare`-and-beyond bytes then link it into the class's free list.
struct Heap::Page {
  size_t slot_size;
  size_t slot_count;
  alignas(16) unsigned char slots[1];

  Object* slot(size_t i) { return reinterpret_cast<Object*>(slots + i * slot_size); }
};

// Objects above kMaxSmallSize are allocated one by one, each behind this
// header, in a doubly linked list the sweeper walks.
struct Heap::LargeObject {
  LargeObject* previous;
  LargeObject* next;
  size_t size;
  alignas(16) unsigned char payload[1];

  Object* object() { return reinterpret_cast<Object*>(payload); }
};

namespace {

// A free slot stores the next free slot just after its (null) type word.
// memcpy, because that word is not an Object* in the object's own layout.
Object* next_free(Object* slot) {
  Object* next;
  std::memcpy(&next, &slot->gc_flags, sizeof next);
  return next;
}
void set_next_free(Object* slot, Object* next) {
  std::memcpy(&slot->gc_flags, &next, sizeof next);
}

}  // namespace

Heap::Heap() = default;

Heap::~Heap() {
  // Release what objects own outside the heap, then the memory itself.
  // Finalizers do not run: the VM is going away.
  for (Object* object : destructible_)
    object->type->gc.destroy(object);
  for (auto& pages : pages_) {
    for (Page* page : pages)
      std::free(page);
  }
  while (large_objects_) {
    LargeObject* next = large_objects_->next;
    std::free(large_objects_);
    large_objects_ = next;
  }
}

Object* Heap::allocate(Type* type, size_t size) {
  if (size < sizeof(Object)) size = sizeof(Object);
  size = (size + kGranule - 1) & ~(kGranule - 1);
  if (!collecting_ && (stress_ || bytes_since_collection_ + size > next_collection_)) [[unlikely]] {
    collect_garbage(/*sweep_now=*/false);
  }
  bytes_since_collection_ += size;
  live_bytes_ += size;

  Object* object;
  if (size <= kMaxSmallSize) [[likely]] {
    size_t size_class = size / kGranule - 1;
    object = free_lists_[size_class];
    if (!object) [[unlikely]]
      object = refill_free_list(size_class);
    free_lists_[size_class] = next_free(object);
    unpoison(object, size);
    // Zeroed two words at a time: small objects are most of what is
    // allocated, and a call to memset costs more than their few stores.
    auto* words = reinterpret_cast<uint64_t*>(object);
    for (size_t i = 0; i < size / sizeof(uint64_t); i += 2) {
      words[i] = 0;
      words[i + 1] = 0;
    }
  } else {
    object = allocate_large(size);
  }
  object->type = type;
  object->gc_flags = static_cast<uint32_t>(std::min<size_t>(size / kGranule, kMaxSizeField))
                     << kSizeShift;
  if (type && (type->gc.finalize || type->gc.destroy)) [[unlikely]]
    register_hooks(object);
  return object;
}

// The class's free list is empty: sweep its pages left from the last
// collection until one yields a free slot, else add a page. Answers the
// list's first slot.
Object* Heap::refill_free_list(size_t size_class) {
  std::vector<Page*>& unswept = unswept_pages_[size_class];
  while (!free_lists_[size_class] && !unswept.empty()) {
    Page* page = unswept.back();
    unswept.pop_back();
    sweep_page(page, size_class);
  }
  if (!free_lists_[size_class]) add_page(size_class);
  return free_lists_[size_class];
}

Object* Heap::allocate_large(size_t size) {
  auto* large = static_cast<LargeObject*>(std::malloc(offsetof(LargeObject, payload) + size));
  if (!large) throw std::bad_alloc();
  large->previous = nullptr;
  large->next = large_objects_;
  large->size = size;
  if (large_objects_) large_objects_->previous = large;
  large_objects_ = large;
  std::memset(static_cast<void*>(large->object()), 0, size);
  return large->object();
}

void Heap::register_hooks_of_existing_objects() {
  finish_sweeping();  // so that every slot with a type holds a live object
  finalizable_.clear();
  destructible_.clear();
  for (auto& pages : pages_) {
    for (Page* page : pages) {
      for (size_t i = 0; i < page->slot_count; ++i) {
        if (page->slot(i)->type) register_hooks(page->slot(i));
      }
    }
  }
  for (LargeObject* large = large_objects_; large; large = large->next)
    register_hooks(large->object());
}

void Heap::register_hooks(Object* object) {
  if (object->type->gc.finalize) finalizable_.push_back(object);
  if (object->type->gc.destroy) destructible_.push_back(object);
}

void Heap::add_page(size_t size_class) {
  size_t slot_size = (size_class + 1) * kGranule;
  size_t slot_count = (kPageBytes - offsetof(Page, slots)) / slot_size;
  auto* page = static_cast<Page*>(std::malloc(kPageBytes));
  if (!page) throw std::bad_alloc();
  page->slot_size = slot_size;
  page->slot_count = slot_count;
  // Thread the new slots onto the free list, lowest address first.
  for (size_t i = slot_count; i-- > 0;) {
    Object* slot = page->slot(i);
    slot->type = nullptr;
    set_next_free(slot, free_lists_[size_class]);
    poison_body(slot, slot_size);
    free_lists_[size_class] = slot;
  }
  pages_[size_class].push_back(page);
}

// Marking uses an explicit stack of grey objects rather than recursion, so
// that a long linked structure cannot overflow the C++ stack.
class Heap::Marker final : public Tracer {
 public:
  using Tracer::visit;
  void visit(Object* object) override {
    if (!object || (object->gc_flags & kMarked)) return;
    object->gc_flags |= kMarked;
    live_bytes += (object->gc_flags >> kSizeShift) * kGranule;
    grey_.push_back(object);
  }
  void drain() {
    while (!grey_.empty()) {
      Object* object = grey_.back();
      grey_.pop_back();
      visit(object->type);
      if (object->type->gc.trace) object->type->gc.trace(object, *this);
    }
  }

  size_t live_bytes = 0;

 private:
  std::vector<Object*> grey_;
};

void Heap::collect() {
  collect_garbage(/*sweep_now=*/true);
}

void Heap::collect_garbage(bool sweep_now) {
  collecting_ = true;
  // The marks left on pages the last collection did not get to sweep
  // would hide objects from this one.
  finish_sweeping();
  mark();
  std::erase_if(finalizable_, [](Object* object) { return !(object->gc_flags & kMarked); });
  destroy_unreachable();
  sweep_large_objects();
  for (size_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    free_lists_[size_class] = nullptr;  // every free slot is found again by its page's sweep
    unswept_pages_[size_class] = pages_[size_class];
  }
  if (sweep_now) finish_sweeping();
  ++collections_;
  bytes_since_collection_ = 0;
  // Grow the budget with the live heap, so collection costs stay
  // proportional to allocation.
  next_collection_ = std::max<size_t>(4 << 20, live_bytes_);
  collecting_ = false;
}

void Heap::mark() {
  Marker marker;
  if (trace_roots_) trace_roots_(marker);
  for (Value* slot : handles_)
    marker.visit(*slot);
  for (Object* object : pending_finalizers_)
    marker.visit(object);
  marker.drain();
  keep_finalizable(marker);
  live_bytes_ = marker.live_bytes;
}

// An unreachable object whose type has a finalizer (a suspended generator
// with a `finally` to run) is kept alive, with everything it references,
// and queued; the VM runs the finalizer, and a later collection frees the
// object if it is still unreachable then.
void Heap::keep_finalizable(Marker& marker) {
  for (Object* object : finalizable_) {
    if (object->gc_flags & (kMarked | kFinalized)) continue;
    object->gc_flags |= kFinalized;
    pending_finalizers_.push_back(object);
    marker.visit(object);
  }
  marker.drain();
}

std::vector<Object*> Heap::take_pending_finalizers() {
  std::vector<Object*> pending;
  pending.swap(pending_finalizers_);
  return pending;
}

// Runs the destroy hooks of the objects the marking did not reach, while
// their types are certainly still there: a type is a large object, freed
// at once, while its dead instances may wait on unswept pages.
void Heap::destroy_unreachable() {
  std::erase_if(destructible_, [](Object* object) {
    if (object->gc_flags & kMarked) return false;
    object->type->gc.destroy(object);
    return true;
  });
}

// Frees the unmarked objects of `page` onto its size class's free list
// (lowest address first) and clears the marks of the others.
void Heap::sweep_page(Page* page, size_t size_class) {
  Object* free_list = free_lists_[size_class];
  for (size_t i = page->slot_count; i-- > 0;) {
    Object* object = page->slot(i);
    if (object->type) {
      if (object->gc_flags & kMarked) {
        object->gc_flags &= ~kMarked;
        continue;
      }
      object->type = nullptr;
    }
    set_next_free(object, free_list);
    poison_body(object, page->slot_size);
    free_list = object;
  }
  free_lists_[size_class] = free_list;
}

void Heap::finish_sweeping() {
  for (size_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    for (Page* page : unswept_pages_[size_class])
      sweep_page(page, size_class);
    unswept_pages_[size_class].clear();
  }
}

// Large objects are few and each holds a lot of memory: they are swept at
// once.
void Heap::sweep_large_objects() {
  for (LargeObject* large = large_objects_; large;) {
    LargeObject* next = large->next;
    Object* object = large->object();
    if (object->gc_flags & kMarked) {
      object->gc_flags &= ~kMarked;
    } else {
      if (large->previous) large->previous->next = next;
      if (next) next->previous = large->previous;
      if (large_objects_ == large) large_objects_ = next;
      std::free(large);
    }
    large = next;
  }
}

}  // namespace eddy::vm

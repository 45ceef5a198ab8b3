// Allocation and collection. See heap.h for the picture; the paragraphs
// below explain the mechanics.
#include "vm/heap.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include "vm/type.h"

namespace eddy::vm {

namespace {

// For large objects only: a small object's mark is a bit of its page.
constexpr uint32_t kMarked = 1u << 0;
// Set once an object's finalizer has been scheduled, so that an object the
// finalizer resurrects is not finalized a second time.
constexpr uint32_t kFinalized = 1u << 1;
// The bits above these hold the object's allocated size in granules, so
// that marking can add up the live bytes and tell small objects from large.
// (A larger object than the field holds counts as the largest it holds.)
constexpr uint32_t kSizeShift = 8;
constexpr size_t kMaxSizeField = (1u << (32 - kSizeShift)) - 1;

constexpr size_t kPageBytes = 64 * 1024;
// Pages come from the system this many at a time.
constexpr size_t kPagesPerChunk = 16;

// Under AddressSanitizer, a free slot is poisoned, so a C++ pointer kept to
// a collected object (a missing Root) fails loudly at its first use instead
// of reading whatever reuses the slot.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPoisonFreeSlots = true;
void poison(void* address, size_t size) {
  __asan_poison_memory_region(address, size);
}
void unpoison(void* address, size_t size) {
  __asan_unpoison_memory_region(address, size);
}
#else
constexpr bool kPoisonFreeSlots = false;
void poison(void*, size_t) {}
void unpoison(void*, size_t) {}
#endif

}  // namespace

// A page is kPageBytes long and aligned to its length, so the page of a
// small object is its address with the low bits cleared. Every granule of
// the page has a bit in each bitmap, and the bit of a slot's first granule
// tells whether the slot holds an object (`allocated`) and whether the last
// marking reached it (`marked`). The header's own granules never have their
// bits set; slots of the page's size class follow it back to back.
struct Heap::Page {
  static constexpr size_t kGranules = kPageBytes / kGranule;
  static constexpr size_t kBitmapWords = kGranules / 64;
  static constexpr size_t kFirstSlotGranule = 2 * kBitmapWords * sizeof(uint64_t) / kGranule;
  using Bitmap = std::array<uint64_t, kBitmapWords>;

  Bitmap marked;
  Bitmap allocated;

  static Page* of(const Object* object) {
    return reinterpret_cast<Page*>(reinterpret_cast<uintptr_t>(object) & ~(kPageBytes - 1));
  }
  static size_t granule_of(const Object* object) {
    return (reinterpret_cast<uintptr_t>(object) & (kPageBytes - 1)) / kGranule;
  }
  static bool holds(const Object* object) {
    return (object->gc_flags >> kSizeShift) <= kMaxSmallSize / kGranule;
  }
  Object* object_at(size_t granule) {
    return reinterpret_cast<Object*>(reinterpret_cast<char*>(this) + granule * kGranule);
  }
  // Calls visit(object) for each object whose first granule has its bit
  // set in `bits`.
  template <class Visit>
  void for_each_object(const Bitmap& bits, Visit visit) {
    for (size_t word = 0; word < kBitmapWords; ++word) {
      for (uint64_t set = bits[word]; set; set &= set - 1)
        visit(object_at(word * 64 + std::countr_zero(set)));
    }
  }

  // The bitmap word holding a small object's mark, and its bit there.
  struct MarkBit {
    uint64_t& word;
    uint64_t mask;
  };
  static MarkBit mark_bit_of(const Object* object) {
    size_t granule = granule_of(object);
    return {of(object)->marked[granule / 64], uint64_t{1} << (granule % 64)};
  }

  // For a size class, the bits of the granules where its slots start: the
  // allocator looks for free slots among these.
  static const Bitmap& slot_starts(size_t size_class) {
    static constexpr auto table = [] {
      std::array<Bitmap, kSizeClasses> starts{};
      for (size_t size_class = 0; size_class < kSizeClasses; ++size_class) {
        size_t slot_granules = size_class + 1;
        for (size_t granule = kFirstSlotGranule; granule + slot_granules <= kGranules;
             granule += slot_granules)
          starts[size_class][granule / 64] |= uint64_t{1} << (granule % 64);
      }
      return starts;
    }();
    return table[size_class];
  }
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

Heap::Heap() {
#if defined(__GLIBC__)
  // Besides the pages, objects own malloc'ed memory (dict tables, list
  // items, large objects) that a collection frees in bulk. By default glibc
  // then returns the top of its heap to the system, only to take it back,
  // page fault by page fault, as the program allocates again; a few
  // megabytes of slack at the top avoid that churn.
  mallopt(M_TOP_PAD, 4 << 20);
#endif
}

Heap::~Heap() {
  // Release what objects own outside the heap, then the memory itself.
  // Finalizers do not run: the VM is going away.
  for (Object* object : destructible_)
    object->type->gc.destroy(object);
  for (void* chunk : chunks_)
    std::free(chunk);
  while (large_objects_) {
    LargeObject* next = large_objects_->next;
    std::free(large_objects_);
    large_objects_ = next;
  }
}

namespace {

// Whether instances of `type` go in the collector's hook lists.
bool has_hooks(const Type* type) {
  return type && (type->gc.finalize || type->gc.destroy);
}

}  // namespace

// The usual allocation calls nothing, so that it needs no stack frame: a
// small object, a free slot in hand, no collection due and no hooks to
// register. Everything else goes through allocate_slowly().
Object* Heap::allocate(Type* type, size_t size) {
  if (size < sizeof(Object)) size = sizeof(Object);
  size = (size + kGranule - 1) & ~(kGranule - 1);
  if (size > kMaxSmallSize || stress_ || bytes_since_collection_ + size > next_collection_ ||
      !free_slots_[size / kGranule - 1].bits || has_hooks(type)) [[unlikely]] {
    return allocate_slowly(type, size);
  }
  Object* object = take_free_slot(size);
  set_header(object, type, size);
  return object;
}

Object* Heap::allocate_slowly(Type* type, size_t size) {
  if (!collecting_ && (stress_ || bytes_since_collection_ + size > next_collection_)) collect();
  Object* object;
  if (size <= kMaxSmallSize) {
    if (!free_slots_[size / kGranule - 1].bits) find_free_slots(size / kGranule - 1);
    object = take_free_slot(size);
  } else {
    object = allocate_large(size);
  }
  set_header(object, type, size);
  if (has_hooks(type)) register_hooks(object);
  return object;
}

// Hands out the lowest free slot the size class has in hand, zeroed.
inline Object* Heap::take_free_slot(size_t size) {
  FreeSlots& free = free_slots_[size / kGranule - 1];
  auto* object = reinterpret_cast<Object*>(free.base + std::countr_zero(free.bits) * kGranule);
  free.bits &= free.bits - 1;
  unpoison(object, size);
  // Zeroed two words at a time: small objects are most of what is
  // allocated, and a call to memset costs more than their few stores.
  auto* words = reinterpret_cast<uint64_t*>(object);
  for (size_t i = 0; i < size / sizeof(uint64_t); i += 2) {
    words[i] = 0;
    words[i + 1] = 0;
  }
  return object;
}

inline void Heap::set_header(Object* object, Type* type, size_t size) {
  bytes_since_collection_ += size;
  live_bytes_ += size;
  object->type = type;
  object->gc_flags = static_cast<uint32_t>(std::min<size_t>(size / kGranule, kMaxSizeField))
                     << kSizeShift;
}

// The size class has given out the free slots it had in hand: claim the
// next bitmap word with free slots in its pages, marking them all allocated
// at once, else add a page.
void Heap::find_free_slots(size_t size_class) {
  FreeSlots& free = free_slots_[size_class];
  const Page::Bitmap& starts = Page::slot_starts(size_class);
  std::vector<Page*>& pages = pages_[size_class];
  for (;;) {
    for (; free.page < pages.size(); ++free.page, free.word = 0) {
      Page* page = pages[free.page];
      while (free.word < Page::kBitmapWords) {
        size_t word = free.word++;
        uint64_t bits = starts[word] & ~page->allocated[word];
        if (bits) {
          page->allocated[word] |= bits;
          free.bits = bits;
          free.base = reinterpret_cast<char*>(page->object_at(word * 64));
          return;
        }
      }
    }
    add_page(size_class);
  }
}

void Heap::release_free_slots() {
  for (size_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    FreeSlots& free = free_slots_[size_class];
    if (free.bits) pages_[size_class][free.page]->allocated[free.word - 1] &= ~free.bits;
    free = FreeSlots{};
  }
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
  release_free_slots();
  finalizable_.clear();
  destructible_.clear();
  for (auto& pages : pages_) {
    for (Page* page : pages) {
      page->for_each_object(page->allocated, [this](Object* object) {
        if (object->type) register_hooks(object);
      });
    }
  }
  for (LargeObject* large = large_objects_; large; large = large->next) {
    if (large->object()->type) register_hooks(large->object());
  }
}

void Heap::register_hooks(Object* object) {
  if (object->type->gc.finalize) finalizable_.push_back(object);
  if (object->type->gc.destroy) destructible_.push_back(object);
}

// Pages are carved from chunks aligned to the page size, which is what
// lets Page::of() find an object's page from its address.
void Heap::add_page(size_t size_class) {
  static_assert(sizeof(Page) == Page::kFirstSlotGranule * kGranule);
  if (spare_pages_.empty()) {
    void* chunk = std::aligned_alloc(kPageBytes, kPagesPerChunk * kPageBytes);
    if (!chunk) throw std::bad_alloc();
    chunks_.push_back(chunk);
    for (size_t i = kPagesPerChunk; i-- > 0;)
      spare_pages_.push_back(reinterpret_cast<Page*>(static_cast<char*>(chunk) + i * kPageBytes));
  }
  Page* page = spare_pages_.back();
  spare_pages_.pop_back();
  page->marked.fill(0);
  page->allocated.fill(0);
  poison(page->object_at(Page::kFirstSlotGranule), kPageBytes - sizeof(Page));
  pages_[size_class].push_back(page);
}

// Marking uses an explicit stack of grey objects rather than recursion, so
// that a long linked structure cannot overflow the C++ stack.
class Heap::Marker final : public Tracer {
 public:
  using Tracer::visit;
  void visit(Object* object) override {
    if (!object || !set_mark(object)) return;
    live_bytes += (object->gc_flags >> kSizeShift) * kGranule;
    // An object that refers to nothing but its type (a str, a bytes, a
    // big int, whose limbs are outside the heap) is finished here, without
    // a trip through the grey stack.
    if (object->type && !object->type->gc.trace) {
      visit(object->type);
      return;
    }
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
  // Marks the object; false if it was marked already.
  static bool set_mark(Object* object) {
    if (!Page::holds(object)) {
      if (object->gc_flags & kMarked) return false;
      object->gc_flags |= kMarked;
      return true;
    }
    auto [word, mask] = Page::mark_bit_of(object);
    if (word & mask) return false;
    word |= mask;
    return true;
  }

  std::vector<Object*> grey_;
};

bool Heap::is_marked(const Object* object) {
  if (!Page::holds(object)) return object->gc_flags & kMarked;
  auto [word, mask] = Page::mark_bit_of(object);
  return word & mask;
}

void Heap::collect() {
  collecting_ = true;
  mark();
  std::erase_if(finalizable_, [](Object* object) { return !is_marked(object); });
  destroy_unreachable();
  sweep_large_objects();
  sweep_pages();
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
    if (is_marked(object) || (object->gc_flags & kFinalized)) continue;
    if (object->type->gc.needs_finalizer && !object->type->gc.needs_finalizer(object)) continue;
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
// their types are certainly still there (a type is a large object, and dead
// large objects are freed next).
void Heap::destroy_unreachable() {
  std::erase_if(destructible_, [](Object* object) {
    if (is_marked(object)) return false;
    object->type->gc.destroy(object);
    return true;
  });
}

// A page's live objects are exactly those marked: the marks become the
// allocation bits, and every other slot is free from now on. The allocator
// starts over from each class's first page.
void Heap::sweep_pages() {
  for (size_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    for (Page* page : pages_[size_class]) {
      if constexpr (kPoisonFreeSlots) {
        Page::Bitmap dead;
        for (size_t word = 0; word < Page::kBitmapWords; ++word)
          dead[word] = page->allocated[word] & ~page->marked[word];
        page->for_each_object(dead,
                              [&](Object* object) { poison(object, (size_class + 1) * kGranule); });
      }
      page->allocated = page->marked;
      page->marked.fill(0);
    }
    free_slots_[size_class] = FreeSlots{};
  }
}

// Large objects are few and each holds a lot of memory: they are freed as
// soon as they are found dead.
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

// The heap: allocation and a precise, non-moving mark-and-sweep collector.
//
// Small objects come from pages carved into slots of one size class each;
// large objects are allocated one by one. Nothing ever moves, so a C++
// pointer to an object stays valid as long as the object is reachable. The
// collector finds reachable objects from the roots: the VM's own (given by
// a RootTracer) and every live Root<T> handle that C++ code holds.
//
// Mark bits live in a bitmap at the head of each page, not in the objects:
// sweeping a page is then a few hundred bytes of bitmap arithmetic, and the
// allocator finds free slots from the same bitmaps. Neither ever reads a
// dead object, so the memory of garbage is touched once, when a new object
// is written there.
//
// What each object refers to is its type's business (Type::trace); this
// file knows only the header (object.h) and the hooks of GcHooks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "vm/object.h"

namespace eddy::vm {

class VM;

// What the heap needs to know about a type to manage its instances. Every
// Type holds one (type.h).
struct GcHooks {
  // Calls tracer.visit() on every reference the object holds. Null: none.
  void (*trace)(Object* object, Tracer& tracer) = nullptr;
  // Releases what the object owns outside the heap (GMP limbs, buffers).
  void (*destroy)(Object* object) = nullptr;
  // Python-level clean-up to run once before an unreachable object is
  // freed (closing a suspended generator). Null: none. The VM runs it at a
  // safe point after the collection that found the object.
  void (*finalize)(VM& vm, Object* object) = nullptr;
  // Whether an unreachable object's finalizer has anything left to do (a
  // generator that has finished has nothing to close). Null: always. An
  // object with nothing to do is freed at once, not kept for a cycle.
  bool (*needs_finalizer)(const Object* object) = nullptr;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Returns zeroed memory of `size` bytes (at least sizeof(Object)) whose
  // header names `type`. May collect first: anything else the caller holds
  // must be rooted.
  Object* allocate(Type* type, size_t size);

  // Counts `bytes` that an object allocated outside the heap (a dict's
  // table) toward the budget that triggers the next collection, so garbage
  // holding such memory is found as soon as if it were all on the heap.
  // Never collects itself.
  void count_external_allocation(size_t bytes) { bytes_since_collection_ += bytes; }

  // Enters every object whose type has a finalizer or destroy hook in the
  // lists the collector checks for them. For the end of start-up: the core
  // types get their hooks after the first objects (their dicts) exist, and
  // allocation registers an object only by the hooks its type has then.
  void register_hooks_of_existing_objects();

  // Runs a full collection now: everything unreachable is freed (and its
  // destroy hook run) before it returns.
  void collect();

  // Called during marking to trace the VM's own roots.
  void set_root_tracer(std::function<void(Tracer&)> trace_roots) {
    trace_roots_ = std::move(trace_roots);
  }

  // Collect at every allocation (EDDY_GC_STRESS=1): finds missing roots.
  void set_stress(bool stress) { stress_ = stress; }

  // Objects found unreachable whose type has a finalizer. They were kept
  // alive for one more cycle; the VM runs their finalizers at a safe point.
  std::vector<Object*> take_pending_finalizers();
  bool has_pending_finalizers() const { return !pending_finalizers_.empty(); }

  size_t live_bytes() const { return live_bytes_; }
  size_t collections() const { return collections_; }

  // The live Root<T> handles. They are almost always destroyed in reverse
  // order of creation (C++ scopes), but not necessarily, so removal looks
  // for its own slot from the back.
  void push_root(Value* slot) { handles_.push_back(slot); }
  void pop_root(Value* slot) {
    if (handles_.back() == slot) {
      handles_.pop_back();
      return;
    }
    for (size_t i = handles_.size(); i-- > 0;) {
      if (handles_[i] == slot) {
        handles_.erase(handles_.begin() + static_cast<std::ptrdiff_t>(i));
        return;
      }
    }
  }

 private:
  struct Page;
  struct LargeObject;
  class Marker;

  static constexpr size_t kGranule = 16;
  static constexpr size_t kMaxSmallSize = 512;
  static constexpr size_t kSizeClasses = kMaxSmallSize / kGranule;

  // Where a size class allocates next: the free slots of one 64-granule
  // stretch of a page, as bits, and where to look when they run out.
  struct FreeSlots {
    uint64_t bits = 0;     // one per granule: the first granule of a free slot
    char* base = nullptr;  // the address of bit 0's granule
    size_t page = 0;       // the page being allocated from, in pages_[size class]
    size_t word = 0;       // the bitmap word of that page to look at next
  };

  Object* allocate_slowly(Type* type, size_t size);
  Object* take_free_slot(size_t size);
  void set_header(Object* object, Type* type, size_t size);
  void find_free_slots(size_t size_class);
  // Hands back the free slots the allocator has claimed but not given out,
  // so that the page bitmaps say exactly which slots hold objects.
  void release_free_slots();
  Object* allocate_large(size_t size);
  // Enters an object whose type has a finalizer or destroy hook in the
  // lists the collector checks for them.
  void register_hooks(Object* object);
  void add_page(size_t size_class);
  void mark();
  void keep_finalizable(Marker& marker);
  void destroy_unreachable();
  void sweep_pages();
  void sweep_large_objects();
  static bool is_marked(const Object* object);

  std::vector<Page*> pages_[kSizeClasses];
  FreeSlots free_slots_[kSizeClasses];
  // Memory for pages, obtained kPagesPerChunk pages at a time, and the
  // pages of it not yet in use.
  std::vector<void*> chunks_;
  std::vector<Page*> spare_pages_;
  LargeObject* large_objects_ = nullptr;
  std::vector<Value*> handles_;
  std::vector<Object*> pending_finalizers_;
  // Every object whose type has a finalizer, so that a collection looks for
  // unreachable ones among these rather than across the whole heap.
  std::vector<Object*> finalizable_;
  // Every object whose type has a destroy hook that has not run yet.
  std::vector<Object*> destructible_;
  std::function<void(Tracer&)> trace_roots_;

  size_t live_bytes_ = 0;
  size_t bytes_since_collection_ = 0;
  size_t next_collection_ = 4 << 20;
  size_t collections_ = 0;
  bool stress_ = false;
  bool collecting_ = false;
};

// Keeps a value alive, and findable by the collector, for the scope of a
// C++ block:  Root<Str> name(heap, make_str(...));
template <class T = Object>
class Root {
 public:
  Root(Heap& heap, T* object) : heap_(heap), value_(Value::from_object(object)) {
    heap_.push_root(&value_);
  }
  Root(Heap& heap, Value value) : heap_(heap), value_(value) { heap_.push_root(&value_); }
  ~Root() { heap_.pop_root(&value_); }
  Root(const Root&) = delete;
  Root& operator=(const Root&) = delete;

  T* get() const { return static_cast<T*>(value_.as_object()); }
  T* operator->() const { return get(); }
  Value value() const { return value_; }
  void set(Value value) { value_ = value; }

 private:
  Heap& heap_;
  Value value_;
};

}  // namespace eddy::vm

// Object: the header every heap-allocated Python value starts with.
//
// A heap object begins with a pointer to its type and a word of flags that
// belong to the garbage collector. What a type adds after the header, and
// how the collector finds the references inside it, is described by the
// type's layout (type.h); how objects are allocated and freed is heap.h's.
#pragma once

#include <cstdint>

#include "vm/value.h"

namespace eddy::vm {

struct Type;

struct Object {
  Type* type;
  // Owned by the collector (heap.cc): the mark bit and per-object flags.
  uint32_t gc_flags;
  // Free for the object's own type to use (a length, a cached hash, ...),
  // so small objects need no padding word of their own.
  uint32_t spare;
};

static_assert(sizeof(Object) == 16);

// The collector's view of an object's outgoing references: a type's trace
// function calls visit() on each Value and Object* the object holds.
class Tracer {
 public:
  virtual void visit(Object* object) = 0;
  void visit(Value value) {
    if (value.is_object()) visit(value.as_object());
  }

 protected:
  ~Tracer() = default;
};

}  // namespace eddy::vm

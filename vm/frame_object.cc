// Frame objects (see frame_object.h): making them, detaching them from a
// finished frame, and their f_* attributes.
#include "vm/frame_object.h"

#include <cstdio>
#include <new>

#include "vm/code.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/function.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

FrameObject* as_frame_object(Value value) {
  return static_cast<FrameObject*>(value.as_object());
}

void trace_frame_object(Object* object, Tracer& tracer) {
  auto* frame = static_cast<FrameObject*>(object);
  tracer.visit(frame->owner);
  tracer.visit(frame->code);
  tracer.visit(reinterpret_cast<Object*>(frame->globals));
  tracer.visit(reinterpret_cast<Object*>(frame->builtins));
  tracer.visit(frame->namespace_);
  tracer.visit(frame->back);
  tracer.visit(frame->locals);
  for (Value slot : frame->saved_slots)
    tracer.visit(slot);
}

void destroy_frame_object(Object* object) {
  static_cast<FrameObject*>(object)->saved_slots.~vector();
}

// The value a local, cell or free-variable slot holds: a cell's contents
// for the names that live in cells.
Value slot_value(Value slot, bool is_cell) {
  if (is_cell && slot.is_object()) return static_cast<Cell*>(slot.as_object())->contents;
  return slot;
}

// Brings `locals` up to date with a function frame's variables, as
// CPython's PyFrame_FastToLocals does: its bound local variables, then its
// cell and free variables, from `slots` (a live frame's, or a detached
// copy); unbound names are removed.
bool update_function_locals(VM& vm, Dict* locals, Code* code, const Value* slots) {
  Tuple* groups[] = {code->varnames, code->cellvars, code->freevars};
  int slot = 0;
  for (Tuple* names : groups) {
    bool is_cell = names != code->varnames;
    for (int64_t i = 0; i < names->size; ++i, ++slot) {
      Value value = slot_value(slots[slot], is_cell);
      Value name = (*names)[i];
      if (value.is_null()) {
        if (dict_delete(vm, locals, name) < 0) return false;
      } else if (!dict_set_str(vm, locals, static_cast<Str*>(name.as_object()), value)) {
        return false;
      }
    }
  }
  return true;
}

// f_locals: a module or class body's namespace itself; for a function, one
// dict per frame object, refreshed on every read.
Value frame_locals(VM& vm, Value self) {
  Root<FrameObject> object(vm.heap(), as_frame_object(self));
  if (!object->namespace_.is_null()) return object->namespace_;
  if (object->locals.is_null()) object->locals = Value::from_object(make_dict(vm));
  auto* locals = static_cast<Dict*>(object->locals.as_object());
  const Value* slots = object->frame ? object->frame->slots() : object->saved_slots.data();
  if (!update_function_locals(vm, locals, object->code, slots)) return Value::null();
  return object->locals;
}

int frame_lasti(const FrameObject* object) {
  return object->frame ? object->frame->current_offset() : object->lasti;
}

int frame_line(const FrameObject* object) {
  return object->frame ? line_of(object->code, object->frame->current_offset()) : object->line;
}

Value frame_back(VM& vm, Value self) {
  FrameObject* object = as_frame_object(self);
  if (!object->frame) return object->back.is_null() ? vm.none() : object->back;
  Frame* previous = object->frame->previous;
  if (!previous) return vm.none();
  return Value::from_object(frame_object_for(vm, previous));
}

Value repr_frame_object(VM& vm, Value self) {
  FrameObject* object = as_frame_object(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(object));
  return Value::from_object(make_str(vm, std::string("<frame at ") + address + ", file '" +
                                             to_utf8(object->code->filename) + "', line " +
                                             std::to_string(frame_line(object)) + ", code " +
                                             to_utf8(object->code->name) + ">"));
}

constexpr GetSetDef kFrameAttributes[] = {
    {"f_code", [](VM&, Value self) { return Value::from_object(as_frame_object(self)->code); }},
    {"f_globals",
     [](VM&, Value self) { return Value::from_object(as_frame_object(self)->globals); }},
    {"f_builtins",
     [](VM&, Value self) { return Value::from_object(as_frame_object(self)->builtins); }},
    {"f_locals", frame_locals},
    {"f_back", frame_back},
    {"f_lineno",
     [](VM&, Value self) { return Value::from_small_int(frame_line(as_frame_object(self))); }},
    // CPython counts f_lasti in bytes of 2-byte code units; Eddy's
    // instructions are one unit each, with no inline caches, so the
    // numbers differ from CPython's but grow the same way.
    {"f_lasti",
     [](VM&, Value self) { return Value::from_small_int(2 * frame_lasti(as_frame_object(self))); }},
    {"f_trace", [](VM& vm, Value) { return vm.none(); }},
};

}  // namespace

FrameObject* frame_object_for(VM& vm, Frame* frame) {
  // The callers' objects are made too, outermost first, so that each
  // frame's f_back exists before its frame can finish.
  std::vector<Frame*> missing;
  for (Frame* f = frame; f && !f->frame_object; f = f->previous)
    missing.push_back(f);
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    Frame* f = *it;
    auto* object =
        static_cast<FrameObject*>(vm.heap().allocate(vm.types().frame, sizeof(FrameObject)));
    new (&object->saved_slots) std::vector<Value>();
    object->frame = f;
    object->owner = f->generator;
    object->code = f->code;
    object->globals = f->globals;
    object->builtins = f->builtins;
    object->namespace_ = f->locals;
    object->back = Value::null();
    object->locals = Value::null();
    object->line = 0;
    object->lasti = 0;
    f->frame_object = object;  // the frame keeps it alive from here on
  }
  return static_cast<FrameObject*>(frame->frame_object);
}

void detach_frame_object(Frame* frame) {
  auto* object = static_cast<FrameObject*>(frame->frame_object);
  object->line = line_of(frame->code, frame->current_offset());
  object->lasti = frame->current_offset();
  if (frame->previous && frame->previous->frame_object) {
    object->back = Value::from_object(frame->previous->frame_object);
  }
  if (object->namespace_.is_null()) {
    object->saved_slots.assign(frame->slots(), frame->slots() + frame->code->slot_count);
  }
  object->frame = nullptr;
  object->owner = nullptr;
  frame->frame_object = nullptr;
}

void init_frame_object_type(VM& vm) {
  Type* type = vm.make_builtin_type("frame", vm.types().object, sizeof(FrameObject));
  vm.mutable_types().frame = type;
  type->gc.trace = trace_frame_object;
  type->gc.destroy = destroy_frame_object;
  type->slots.repr = repr_frame_object;
  add_getsets(vm, type, kFrameAttributes);
}

}  // namespace eddy::vm

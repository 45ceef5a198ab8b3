// Frame objects: making one for a live frame, keeping a finished frame's
// state, and the f_* attributes.
#include "vm/frame_object.h"

#include <cstdio>
#include <cstring>

#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

FrameObject* as_frame_object(Value value) {
  return static_cast<FrameObject*>(value.as_object());
}

// A generator's frame lives inside the generator; once the generator is
// closed its slots are no longer kept, so the frame shows nothing.
bool frame_is_cleared(Frame* frame) {
  return frame->generator &&
         static_cast<Generator*>(frame->generator)->state == GeneratorState::Closed;
}

void trace_frame_object(Object* object, Tracer& tracer) {
  auto* frame_object = static_cast<FrameObject*>(object);
  tracer.visit(frame_object->locals);
  if (frame_object->finished) {
    trace_frame(frame_object->frame, tracer);
    tracer.visit(frame_object->back);
    return;
  }
  // A running frame is traced as a root; a suspended generator's frame
  // through its generator, which must live as long as this object.
  tracer.visit(frame_object->frame->generator);
}

// The header and slots of a frame: what a finished frame object keeps.
size_t kept_bytes(const Code* code) {
  return sizeof(Frame) + static_cast<size_t>(code->slot_count) * sizeof(Value);
}

Value get_f_code(VM&, Value self) {
  return Value::from_object(as_frame_object(self)->frame->code);
}

Value get_f_globals(VM&, Value self) {
  return Value::from_object(as_frame_object(self)->frame->globals);
}

Value get_f_builtins(VM&, Value self) {
  return Value::from_object(as_frame_object(self)->frame->builtins);
}

Value get_f_lineno(VM&, Value self) {
  Frame* frame = as_frame_object(self)->frame;
  return Value::from_small_int(line_of(frame->code, frame->current_offset()));
}

// In bytes, two per instruction, as CPython and the disassembler count.
Value get_f_lasti(VM&, Value self) {
  Frame* frame = as_frame_object(self)->frame;
  int offset = frame->current_offset();
  return Value::from_small_int(offset < 0 ? -1 : offset * 2);
}

Value get_f_back(VM& vm, Value self) {
  FrameObject* frame_object = as_frame_object(self);
  if (frame_object->finished) {
    return frame_object->back ? Value::from_object(frame_object->back) : vm.none();
  }
  Frame* previous = frame_object->frame->previous;
  return previous ? Value::from_object(frame_object_of(vm, previous)) : vm.none();
}

Value get_f_locals(VM& vm, Value self) {
  Frame* frame = as_frame_object(self)->frame;
  if (frame_is_cleared(frame)) return Value::from_object(make_dict(vm));
  return frame_locals(vm, frame);
}

constexpr GetSetDef kFrameAttributes[] = {
    {"f_code", get_f_code},     {"f_globals", get_f_globals}, {"f_builtins", get_f_builtins},
    {"f_lineno", get_f_lineno}, {"f_lasti", get_f_lasti},     {"f_back", get_f_back},
    {"f_locals", get_f_locals},
};

// <frame at 0x..., file 'f.py', line 3, code g>
Value repr_frame(VM& vm, Value self) {
  Frame* frame = as_frame_object(self)->frame;
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  std::string text = std::string("<frame at ") + address + ", file '" +
                     to_utf8(frame->code->filename) + "', line " +
                     std::to_string(line_of(frame->code, frame->current_offset())) + ", code " +
                     to_utf8(frame->code->name) + ">";
  return Value::from_object(make_str(vm, text));
}

FrameObject* make_frame_object(VM& vm, Frame* frame) {
  auto* frame_object = static_cast<FrameObject*>(
      vm.heap().allocate(vm.types().frame, sizeof(FrameObject) + kept_bytes(frame->code)));
  frame_object->frame = frame;
  frame_object->back = nullptr;
  frame_object->locals = nullptr;
  frame_object->finished = false;
  frame->object = frame_object;
  return frame_object;
}

}  // namespace

static_assert(sizeof(FrameObject) % alignof(Frame) == 0);

// A stack frame that has an object has callers that have theirs (they were
// made with it, and a running frame's callers do not change); a
// generator's frame may have been resumed from elsewhere since, so the
// walk goes on past it.
FrameObject* frame_object_of(VM& vm, Frame* frame) {
  FrameObject* result = frame->object ? frame->object : make_frame_object(vm, frame);
  for (Frame* caller = frame->previous; caller; caller = caller->previous) {
    if (caller->object && !caller->generator) break;
    if (!caller->object) make_frame_object(vm, caller);
  }
  return result;
}

void finish_frame_object(Frame* frame) {
  FrameObject* frame_object = frame->object;
  if (!frame_object || frame_object->finished) return;
  Frame* copy = frame_object->copy();
  std::memcpy(static_cast<void*>(copy), static_cast<const void*>(frame), kept_bytes(frame->code));
  copy->stack_top = copy->stack_base();
  copy->previous = nullptr;
  copy->generator = nullptr;
  copy->is_entry = false;
  frame_object->back = frame->previous ? frame->previous->object : nullptr;
  frame_object->frame = copy;
  frame_object->finished = true;
  frame->object = nullptr;
}

Value frame_locals(VM& vm, Frame* frame) {
  if (!frame->locals.is_null()) return frame->locals;
  FrameObject* frame_object = frame_object_of(vm, frame);
  if (!frame_object->locals) frame_object->locals = make_dict(vm);
  Root<Dict> locals(vm.heap(), frame_object->locals);
  Code* code = frame->code;
  auto update = [&](Tuple* names, int first_slot) {
    for (int64_t i = 0; i < names->size; ++i) {
      Value value = frame->slots()[first_slot + i];
      if (!value.is_null() && vm.type_of(value) == vm.types().cell &&
          first_slot >= code->local_count) {
        value = static_cast<Cell*>(value.as_object())->contents;
      }
      auto* name = static_cast<Str*>((*names)[i].as_object());
      bool ok = value.is_null() ? dict_delete(vm, locals.get(), Value::from_object(name)) >= 0
                                : dict_set_str(vm, locals.get(), name, value);
      if (!ok) return false;
    }
    return true;
  };
  if (!update(code->varnames, 0) || !update(code->cellvars, code->local_count) ||
      !update(code->freevars, code->local_count + static_cast<int>(code->cellvars->size))) {
    return Value::null();
  }
  return locals.value();
}

void init_frame_object_type(VM& vm) {
  Type* type = vm.make_builtin_type("frame", vm.types().object, sizeof(FrameObject));
  vm.mutable_types().frame = type;
  type->gc.trace = trace_frame_object;
  type->slots.repr = repr_frame;
  add_getsets(vm, type, kFrameAttributes);
}

}  // namespace eddy::vm

// str as a sequence and an operand: comparison in code point order,
// indexing and slicing, `in`, iteration (str_ascii_iterator and
// str_iterator, as CPython names them), + and * and %, and str(...)
// itself (new_instance).
#include <algorithm>
#include <cstring>

#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/method_args.h"
#include "vm/percent_format.h"
#include "vm/protocols.h"
#include "vm/sequence.h"
#include "vm/slice.h"
#include "vm/str_builder.h"
#include "vm/str_methods.h"
#include "vm/text_search.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

// True when the other operand's type may still handle the operation
// itself (a class with __radd__, ...). Builtin types cannot, so for them
// str raises its own message at once, as CPython's sequence fallback does.
bool other_may_handle(VM& vm, Value other, BinaryOp op) {
  Type* type = vm.type_of(other);
  return (type->flags & kTypeIsHeapType) && type->slots.binary[static_cast<int>(op)];
}

// --- comparison ------------------------------------------------------------

// -1, 0 or 1 as a is before, equal to or after b in code point order.
int compare_code_points(const Str* a, const Str* b) {
  int64_t common = std::min(a->length, b->length);
  if (a->kind == 1 && b->kind == 1) {
    int order = std::memcmp(a->data(), b->data(), static_cast<size_t>(common));
    if (order != 0) return order < 0 ? -1 : 1;
  } else {
    for (int64_t i = 0; i < common; ++i) {
      char32_t x = a->at(i);
      char32_t y = b->at(i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

Value str_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_str(vm, other)) return vm.not_implemented();
  Str* a = as_str(self);
  Str* b = as_str(other);
  switch (op) {
    case CompareOp::Equal:
      return vm.boolean(equal_str(a, b));
    case CompareOp::NotEqual:
      return vm.boolean(!equal_str(a, b));
    case CompareOp::Less:
      return vm.boolean(compare_code_points(a, b) < 0);
    case CompareOp::LessEqual:
      return vm.boolean(compare_code_points(a, b) <= 0);
    case CompareOp::Greater:
      return vm.boolean(compare_code_points(a, b) > 0);
    case CompareOp::GreaterEqual:
      return vm.boolean(compare_code_points(a, b) >= 0);
  }
  return vm.not_implemented();
}

// --- sequence --------------------------------------------------------------

Value slice_str(VM& vm, Str* text, Slice* slice) {
  SliceIndices indices;
  Root<Str> source(vm.heap(), text);
  if (!slice_indices(vm, slice, text->length, indices)) return Value();
  return str_value(str_slice(vm, source.get(), indices));
}

Value str_getitem(VM& vm, Value self, Value key) {
  Str* text = as_str(self);
  int64_t index;
  if (key.is_small_int()) {
    index = key.as_small_int();
  } else if (vm.type_of(key) == vm.types().slice) {
    return slice_str(vm, text, static_cast<Slice*>(key.as_object()));
  } else if (vm.type_of(key)->slots.index) {
    if (!index_as_int64(vm, key, index)) return Value();
  } else {
    return type_error(vm, "string indices must be integers, not '" + type_name_of(vm, key) + "'");
  }
  if (index < 0) index += text->length;
  if (index < 0 || index >= text->length) {
    return raise(vm, vm.exceptions().IndexError, "string index out of range");
  }
  return str_value(str_from_code_point(vm, text->at(index)));
}

int str_contains(VM& vm, Value self, Value item) {
  if (!is_str(vm, item)) {
    type_error(vm, "'in <string>' requires string as left operand, not " + type_name_of(vm, item));
    return -1;
  }
  Str* text = as_str(self);
  return find_text(text_of(text), text_of(as_str(item)), 0, text->length) >= 0;
}

// --- iteration -----------------------------------------------------------

struct StrIterator : Object {
  Str* text;  // null once exhausted
  int64_t index;
};

void trace_str_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<StrIterator*>(object)->text);
}

Value str_iter(VM& vm, Value self) {
  Root<Str> text(vm.heap(), as_str(self));
  Type* type = text->ascii ? vm.types().str_ascii_iterator : vm.types().str_iterator;
  auto* iterator = static_cast<StrIterator*>(vm.heap().allocate(type, sizeof(StrIterator)));
  iterator->text = text.get();
  iterator->index = 0;
  return Value::from_object(iterator);
}

Value str_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<StrIterator*>(self.as_object());
  if (!iterator->text) return Value();
  if (iterator->index >= iterator->text->length) {
    iterator->text = nullptr;
    return Value();
  }
  return str_value(str_from_code_point(vm, iterator->text->at(iterator->index++)));
}

Type* make_iterator_type(VM& vm, std::string_view name) {
  Type* type = vm.make_builtin_type(name, vm.types().object, sizeof(StrIterator));
  type->gc.trace = trace_str_iterator;
  type->slots.iter = [](VM&, Value self) { return self; };
  type->slots.next = str_iterator_next;
  return type;
}

// --- operators -------------------------------------------------------------

Value str_add(VM& vm, Value left, Value right) {
  if (!is_str(vm, left) || !is_str(vm, right)) {
    if (!is_str(vm, left) || other_may_handle(vm, right, BinaryOp::Add)) {
      return vm.not_implemented();
    }
    return raise_cannot_concatenate(vm, left, right);
  }
  Str* a = as_str(left);
  Str* b = as_str(right);
  if (b->length == 0 && vm.type_of(left) == vm.types().str) return left;
  if (a->length == 0 && vm.type_of(right) == vm.types().str) return right;
  Root<Str> first(vm.heap(), a);
  Root<Str> second(vm.heap(), b);
  Str* result = allocate_blank_str(vm, a->length + b->length, std::max(a->kind, b->kind),
                                   a->ascii && b->ascii);
  copy_code_points(result, 0, first.get(), 0, first->length);
  copy_code_points(result, first->length, second.get(), 0, second->length);
  return str_value(result);
}

// text * count: the copies double in place, so the work is a few memcpys.
Value repeat_str(VM& vm, Str* text, int64_t count) {
  if (count <= 0 || text->length == 0) return str_value(vm.intern(""));
  if (count == 1 && text->type == vm.types().str) return str_value(text);
  if (text->length > INT64_MAX / 8 / count) {
    return raise(vm, vm.exceptions().OverflowError, "repeated string is too long");
  }
  Root<Str> source(vm.heap(), text);
  int64_t length = text->length * count;
  Str* result = allocate_blank_str(vm, length, text->kind, text->ascii);
  size_t unit_bytes = static_cast<size_t>(source->length) * source->kind;
  size_t total_bytes = static_cast<size_t>(length) * source->kind;
  std::memcpy(result->data(), source->data(), unit_bytes);
  for (size_t done = unit_bytes; done < total_bytes;) {
    size_t chunk = std::min(done, total_bytes - done);
    std::memcpy(result->data() + done, result->data(), chunk);
    done += chunk;
  }
  return str_value(result);
}

Value str_multiply(VM& vm, Value left, Value right) {
  bool text_on_left = is_str(vm, left);
  Value text = text_on_left ? left : right;
  Value count = text_on_left ? right : left;
  if (!vm.type_of(count)->slots.index && !count.is_small_int()) {
    if (other_may_handle(vm, count, BinaryOp::Multiply)) return vm.not_implemented();
    return raise_cannot_multiply(vm, count);
  }
  int64_t times;
  if (count.is_small_int()) {
    times = count.as_small_int();
  } else {
    Root<Str> rooted(vm.heap(), as_str(text));
    if (!ssize_argument(vm, count, times)) {
      if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().OverflowError)) {
        vm.take_exception();
        return raise(vm, vm.exceptions().OverflowError,
                     "cannot fit 'int' into an index-sized integer");
      }
      return Value();
    }
    text = rooted.value();
  }
  return repeat_str(vm, as_str(text), times);
}

Value str_remainder(VM& vm, Value left, Value right) {
  if (!is_str(vm, left)) return vm.not_implemented();
  return percent_format(vm, as_str(left), right);
}

// --- construction ------------------------------------------------------------

// str(), str(object), str(bytes, encoding[, errors]).
Value str_new(VM& vm, Type* type, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"object", "encoding", "errors"};
  Value bound[3];
  if (!bind_arguments(vm, "str", args, kParameters, 0, bound)) return Value();
  Value result;
  if (bound[1].is_null() && bound[2].is_null()) {
    result = bound[0].is_null() ? str_value(vm.intern("")) : str(vm, bound[0]);
  } else {
    std::string encoding = "utf-8";
    std::string errors = "strict";
    for (int i = 1; i < 3; ++i) {
      if (bound[i].is_null()) continue;
      if (!is_str(vm, bound[i])) {
        return type_error(vm, "str() argument '" + std::string(kParameters[i]) +
                                  "' must be str, not " + type_name_of(vm, bound[i]));
      }
      (i == 1 ? encoding : errors) = to_utf8(as_str(bound[i]));
    }
    if (bound[0].is_null()) {
      result = str_value(vm.intern(""));
    } else if (!is_bytes_like(vm, bound[0])) {
      return type_error(vm, "decoding to str: need a bytes-like object, " +
                                type_name_of(vm, bound[0]) + " found");
    } else {
      result = decode_bytes(vm, bytes_like_view(vm, bound[0]), encoding, errors);
    }
  }
  if (result.is_null() || type == vm.types().str) return result;
  // A subclass of str: the same text in an instance of the subclass, with
  // room after the text for the words the subclass adds (its __dict__).
  Root<Str> text(vm.heap(), as_str(result));
  size_t text_bytes = static_cast<size_t>(text->length + 1) * text->kind;
  size_t bytes = type->instance_size + (text_bytes + 7) / 8 * 8;
  auto* instance = static_cast<Str*>(vm.heap().allocate(type, bytes));
  instance->length = text->length;
  instance->hash = -1;
  instance->kind = text->kind;
  instance->ascii = text->ascii;
  std::memcpy(instance->data(), text->data(), static_cast<size_t>(text->length) * text->kind);
  return str_value(instance);
}

}  // namespace

Str* str_slice(VM& vm, Str* text, const SliceIndices& indices) {
  if (indices.length <= 0) return vm.intern("");
  if (indices.step == 1) {
    return substring(vm, text, indices.start, indices.start + indices.length);
  }
  StrBuilder builder(indices.length);
  for (int64_t i = 0, at = indices.start; i < indices.length; ++i, at += indices.step) {
    builder.append(text->at(at));
  }
  return builder.finish(vm);
}

void install_str_slots(VM& vm) {
  Type* str = vm.types().str;
  TypeSlots& slots = str->slots;
  slots.richcompare = str_richcompare;
  slots.getitem = str_getitem;
  slots.contains = str_contains;
  slots.iter = str_iter;
  slots.binary[static_cast<int>(BinaryOp::Add)] = str_add;
  slots.binary[static_cast<int>(BinaryOp::Multiply)] = str_multiply;
  slots.binary[static_cast<int>(BinaryOp::Remainder)] = str_remainder;
  slots.new_instance = str_new;
  str->flags |= kTypeAcceptsSubclasses;
  str->variable_size = [](const Object* object) {
    auto* text = static_cast<const Str*>(object);
    return static_cast<size_t>(text->length + 1) * text->kind;
  };

  BuiltinTypes& types = vm.mutable_types();
  types.str_ascii_iterator = make_iterator_type(vm, "str_ascii_iterator");
  types.str_iterator = make_iterator_type(vm, "str_iterator");
}

}  // namespace eddy::vm

// The bytes and bytearray types: storage, their slots (repr, hash,
// comparison, indexing and slicing, `in`, iteration, + and *), their
// constructors, and the methods both share — decode, join, split, strip,
// replace, find, count, startswith, hex, the case and class methods — plus
// bytearray's mutators and str.encode. Codecs are codecs.cc's.
//
// A method works on either type through the contents as a string_view and
// returns the receiver's own type, as CPython's bytearray methods do.
#include "vm/bytes.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "parser/python_repr.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/memory_hash.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/percent_format.h"
#include "vm/protocols.h"
#include "vm/sequence.h"
#include "vm/slice.h"
#include "vm/str_methods.h"
#include "vm/text_search.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

Value value_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().ValueError, message);
}

bool is_bytearray(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().bytearray);
}

ByteArray* as_bytearray(Value value) {
  return static_cast<ByteArray*>(value.as_object());
}

TextView view_of(std::string_view data) {
  return TextView{reinterpret_cast<const uint8_t*>(data.data()), static_cast<int64_t>(data.size()),
                  1};
}

// An int in range(256), for `in`, find() and append().
bool byte_value(VM& vm, Value value, uint8_t& out, const char* range_message) {
  int64_t number;
  if (!ssize_argument(vm, value, number)) return false;
  if (number < 0 || number > 255) {
    value_error(vm, range_message);
    return false;
  }
  out = static_cast<uint8_t>(number);
  return true;
}

// --- storage --------------------------------------------------------------

bool bytearray_reserve(ByteArray* array, int64_t capacity) {
  if (capacity <= array->capacity) return true;
  int64_t grown = std::max(capacity, array->capacity + array->capacity / 2 + 8);
  auto* data = static_cast<uint8_t*>(std::realloc(array->data, static_cast<size_t>(grown)));
  if (!data) return false;
  array->data = data;
  array->capacity = grown;
  return true;
}

bool bytearray_append_bytes(VM& vm, ByteArray* array, std::string_view data) {
  if (!bytearray_reserve(array, array->length + static_cast<int64_t>(data.size()))) {
    raise_value(vm, make_exception(vm, vm.exceptions().MemoryError));
    return false;
  }
  std::memcpy(array->data + array->length, data.data(), data.size());
  array->length += static_cast<int64_t>(data.size());
  return true;
}

void destroy_bytearray(Object* object) {
  std::free(static_cast<ByteArray*>(object)->data);
}

int64_t hash_bytes(VM&, Value self) {
  auto* bytes = static_cast<Bytes*>(self.as_object());
  if (bytes->hash == -1) bytes->hash = hash_memory(bytes->data(), bytes->length);
  return bytes->hash;
}

// --- slots ------------------------------------------------------------------

Value bytes_repr(VM& vm, Value self) {
  std::string text = parser::repr_bytes(bytes_like_view(vm, self));
  if (!is_bytearray(vm, self)) return str_value(make_str(vm, text));
  // CPython's bytearray repr picks its quote as bytes' does, but escapes
  // every single quote even inside double quotes: bytearray(b"\'").
  std::string escaped;
  for (char c : text) {
    if (c == '\'' && text[1] == '"') escaped += '\\';
    escaped += c;
  }
  return str_value(make_str(vm, "bytearray(" + escaped + ")"));
}

Value bytes_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_bytes_like(vm, other)) return vm.not_implemented();
  int order = bytes_like_view(vm, self).compare(bytes_like_view(vm, other));
  switch (op) {
    case CompareOp::Less:
      return vm.boolean(order < 0);
    case CompareOp::LessEqual:
      return vm.boolean(order <= 0);
    case CompareOp::Equal:
      return vm.boolean(order == 0);
    case CompareOp::NotEqual:
      return vm.boolean(order != 0);
    case CompareOp::Greater:
      return vm.boolean(order > 0);
    case CompareOp::GreaterEqual:
      return vm.boolean(order >= 0);
  }
  return vm.not_implemented();
}

int64_t bytes_length(VM& vm, Value self) {
  return static_cast<int64_t>(bytes_like_view(vm, self).size());
}

Value bytes_getitem(VM& vm, Value self, Value key) {
  bool mutable_array = is_bytearray(vm, self);
  if (vm.type_of(key) == vm.types().slice) {
    std::string_view data = bytes_like_view(vm, self);
    SliceIndices indices;
    Root<Object> receiver(vm.heap(), self);
    if (!slice_indices(vm, static_cast<Slice*>(key.as_object()), static_cast<int64_t>(data.size()),
                       indices)) {
      return Value();
    }
    data = bytes_like_view(vm, receiver.value());
    std::string result;
    result.reserve(static_cast<size_t>(indices.length));
    for (int64_t i = 0, at = indices.start; i < indices.length; ++i, at += indices.step) {
      result += data[static_cast<size_t>(at)];
    }
    return make_bytes_like(vm, receiver.value(), result);
  }
  int64_t index;
  if (!sequence_index(vm, key, mutable_array ? "bytearray" : "byte", index)) return Value();
  std::string_view data = bytes_like_view(vm, self);
  if (index < 0) index += static_cast<int64_t>(data.size());
  if (index < 0 || index >= static_cast<int64_t>(data.size())) {
    return raise(vm, vm.exceptions().IndexError,
                 mutable_array ? "bytearray index out of range" : "index out of range");
  }
  return Value::from_small_int(static_cast<unsigned char>(data[static_cast<size_t>(index)]));
}

bool contents_from_source(VM& vm, Value source, std::string& out);

// Replaces the whole contents of `array` with `data`.
bool bytearray_assign(VM& vm, ByteArray* array, std::string_view data) {
  std::string copy(data);
  array->length = 0;
  return bytearray_append_bytes(vm, array, copy);
}

// ba[i:j:k] = value, or del ba[i:j:k] for a null value. A simple slice
// may change the length; an extended one must keep it.
bool bytearray_set_slice(VM& vm, Value self, Slice* slice, Value value) {
  Root<Object> receiver(vm.heap(), self);
  Root<Slice> rooted_slice(vm.heap(), slice);
  std::string replacement;
  if (!value.is_null()) {
    bool usable =
        is_bytes_like(vm, value) || (!is_str(vm, value) && !value.is_small_int() &&
                                     !vm.type_of(value)->slots.index && is_iterable(vm, value));
    if (!usable) {
      type_error(vm, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return false;
    }
    if (!contents_from_source(vm, value, replacement)) return false;
  }
  ByteArray* array = as_bytearray(receiver.value());
  SliceIndices range;
  if (!slice_indices(vm, rooted_slice.get(), array->length, range)) return false;
  array = as_bytearray(receiver.value());
  std::string contents(array->view());
  if (range.step == 1 || (value.is_null() && range.length == 0)) {
    contents.replace(static_cast<size_t>(range.start), static_cast<size_t>(range.length),
                     replacement);
    return bytearray_assign(vm, array, contents);
  }
  if (value.is_null()) {
    std::string kept;
    for (int64_t i = 0, next = range.start, left = range.length;
         i < static_cast<int64_t>(contents.size()); ++i) {
      if (left > 0 && i == next) {
        next += range.step;
        --left;
        continue;
      }
      kept += contents[static_cast<size_t>(i)];
    }
    return bytearray_assign(vm, array, kept);
  }
  if (static_cast<int64_t>(replacement.size()) != range.length) {
    value_error(vm, "attempt to assign bytes of size " + std::to_string(replacement.size()) +
                        " to extended slice of size " + std::to_string(range.length));
    return false;
  }
  for (int64_t i = 0; i < range.length; ++i)
    array->data[range.start + i * range.step] = static_cast<uint8_t>(replacement[i]);
  return true;
}

bool bytearray_setitem(VM& vm, Value self, Value key, Value value) {
  if (vm.type_of(key) == vm.types().slice) {
    return bytearray_set_slice(vm, self, static_cast<Slice*>(key.as_object()), value);
  }
  int64_t index;
  if (!sequence_index(vm, key, "bytearray", index)) return false;
  uint8_t byte = 0;
  if (!value.is_null() && !byte_value(vm, value, byte, "byte must be in range(0, 256)")) {
    return false;
  }
  ByteArray* array = as_bytearray(self);
  if (index < 0) index += array->length;
  if (index < 0 || index >= array->length) {
    raise(vm, vm.exceptions().IndexError, "bytearray index out of range");
    return false;
  }
  if (value.is_null()) {
    std::memmove(array->data + index, array->data + index + 1,
                 static_cast<size_t>(array->length - index - 1));
    --array->length;
  } else {
    array->data[index] = byte;
  }
  return true;
}

int bytes_contains(VM& vm, Value self, Value item) {
  Root<Object> receiver(vm.heap(), self);
  if (item.is_small_int() || is_int(vm, item)) {
    uint8_t byte;
    if (!byte_value(vm, item, byte, "byte must be in range(0, 256)")) return -1;
    return bytes_like_view(vm, receiver.value()).find(static_cast<char>(byte)) !=
           std::string_view::npos;
  }
  std::string needle;
  if (!bytes_argument(vm, item, needle)) return -1;
  return bytes_like_view(vm, receiver.value()).find(needle) != std::string_view::npos;
}

struct BytesIterator : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

void trace_bytes_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<BytesIterator*>(object)->sequence);
}

Value bytes_iter(VM& vm, Value self) {
  Root<Object> sequence(vm.heap(), self);
  Type* type = is_bytearray(vm, self) ? vm.types().bytearray_iterator : vm.types().bytes_iterator;
  auto* iterator = static_cast<BytesIterator*>(vm.heap().allocate(type, sizeof(BytesIterator)));
  iterator->sequence = sequence.value();
  return Value::from_object(iterator);
}

Value bytes_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<BytesIterator*>(self.as_object());
  if (iterator->sequence.is_null()) return Value();
  std::string_view data = bytes_like_view(vm, iterator->sequence);
  if (iterator->index >= static_cast<int64_t>(data.size())) {
    iterator->sequence = Value();
    return Value();
  }
  return Value::from_small_int(
      static_cast<unsigned char>(data[static_cast<size_t>(iterator->index++)]));
}

Value bytes_add(VM& vm, Value left, Value right) {
  if (!is_bytes_like(vm, left) || !is_bytes_like(vm, right)) {
    Type* other = vm.type_of(right);
    if (!is_bytes_like(vm, left) || (other->flags & kTypeIsHeapType)) return vm.not_implemented();
    return raise_cannot_concatenate(vm, left, right);
  }
  std::string joined(bytes_like_view(vm, left));
  joined += bytes_like_view(vm, right);
  return make_bytes_like(vm, left, joined);
}

// bytes % values: formatting when bytes is on the left.
Value bytes_remainder(VM& vm, Value left, Value right) {
  if (!is_bytes_like(vm, left)) return vm.not_implemented();
  return bytes_percent_format(vm, left, right);
}

Value bytes_multiply(VM& vm, Value left, Value right) {
  bool data_on_left = is_bytes_like(vm, left);
  Value data = data_on_left ? left : right;
  Value count = data_on_left ? right : left;
  if (!count.is_small_int() && !vm.type_of(count)->slots.index) {
    if (vm.type_of(count)->flags & kTypeIsHeapType) return vm.not_implemented();
    return raise_cannot_multiply(vm, count);
  }
  Root<Object> rooted(vm.heap(), data);
  int64_t times;
  if (!ssize_argument(vm, count, times)) return Value();
  std::string_view contents = bytes_like_view(vm, rooted.value());
  if (times > 0 && contents.size() > 0 &&
      static_cast<uint64_t>(times) > (uint64_t{1} << 40) / contents.size()) {
    return raise_value(vm, make_exception(vm, vm.exceptions().MemoryError));
  }
  std::string repeated;
  for (int64_t i = 0; i < times; ++i)
    repeated += contents;
  return make_bytes_like(vm, rooted.value(), repeated);
}

// The contents bytes(x) and bytearray(x) make from one argument: a count
// of zero bytes, a bytes-like object, or an iterable of ints.
bool contents_from_source(VM& vm, Value source, std::string& out) {
  if (is_bytes_like(vm, source)) {
    out = bytes_like_view(vm, source);
    return true;
  }
  if (is_str(vm, source)) {
    type_error(vm, "string argument without an encoding");
    return false;
  }
  if (source.is_small_int() || vm.type_of(source)->slots.index) {
    int64_t count;
    if (!ssize_argument(vm, source, count)) return false;
    if (count < 0) {
      value_error(vm, "negative count");
      return false;
    }
    out.assign(static_cast<size_t>(count), '\0');
    return true;
  }
  if (!is_iterable(vm, source)) {
    type_error(vm, "cannot convert '" + type_name_of(vm, source) + "' object to bytes");
    return false;
  }
  Root<Object> iterator(vm.heap(), get_iterator(vm, source));
  if (iterator.value().is_null()) return false;
  for (;;) {
    Value item = next(vm, iterator.value());
    if (item.is_null()) return !vm.has_exception();
    uint8_t byte;
    if (!item.is_small_int() && !vm.type_of(item)->slots.index) {
      type_error(vm, "'" + type_name_of(vm, item) + "' object cannot be interpreted as an integer");
      return false;
    }
    if (!byte_value(vm, item, byte, "bytes must be in range(0, 256)")) return false;
    out += static_cast<char>(byte);
  }
}

// bytes(), bytes(source), bytes(str, encoding[, errors]); bytearray alike.
bool construct_contents(VM& vm, std::string_view name, CallArgs args, std::string& out) {
  static constexpr std::string_view kParameters[] = {"source", "encoding", "errors"};
  Value bound[3];
  if (!bind_arguments(vm, name, args, kParameters, 0, bound)) return false;
  if (bound[1].is_null() && bound[2].is_null()) {
    return bound[0].is_null() || contents_from_source(vm, bound[0], out);
  }
  if (bound[0].is_null() || !is_str(vm, bound[0])) {
    type_error(vm, bound[1].is_null() ? "errors without a string argument"
                                      : "encoding without a string argument");
    return false;
  }
  std::string encoding = "utf-8";
  std::string errors = "strict";
  for (int i = 1; i < 3; ++i) {
    if (bound[i].is_null()) continue;
    if (!is_str(vm, bound[i])) {
      type_error(vm, std::string(name) + "() argument '" + std::string(kParameters[i]) +
                         "' must be str, not " + type_name_of(vm, bound[i]));
      return false;
    }
    (i == 1 ? encoding : errors) = to_utf8(as_str(bound[i]));
  }
  Value encoded = encode_str(vm, as_str(bound[0]), encoding, errors);
  if (encoded.is_null()) return false;
  out = bytes_like_view(vm, encoded);
  return true;
}

Value bytes_new(VM& vm, Type* type, CallArgs args) {
  std::string contents;
  Root<Type> rooted(vm.heap(), type);
  if (!construct_contents(vm, "bytes", args, contents)) return Value();
  return Value::from_object(allocate_bytes(vm, rooted.get(), contents));
}

Value bytearray_new(VM& vm, Type* type, CallArgs args) {
  std::string contents;
  Root<Type> rooted(vm.heap(), type);
  if (!construct_contents(vm, "bytearray", args, contents)) return Value();
  return Value::from_object(allocate_bytearray(vm, rooted.get(), contents));
}

// --- methods shared by bytes and bytearray ------------------------------

Value bytes_decode(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"encoding", "errors"};
  Value bound[2];
  if (!bind_arguments(vm, "decode", args, kParameters, 0, bound)) return Value();
  std::string encoding = "utf-8";
  std::string errors = "strict";
  for (int i = 0; i < 2; ++i) {
    if (bound[i].is_null()) continue;
    if (!is_str(vm, bound[i])) {
      return type_error(vm, "decode() argument '" + std::string(kParameters[i]) +
                                "' must be str, not " + type_name_of(vm, bound[i]));
    }
    (i == 0 ? encoding : errors) = to_utf8(as_str(bound[i]));
  }
  Root<Object> receiver(vm.heap(), self);
  return decode_bytes(vm, bytes_like_view(vm, receiver.value()), encoding, errors);
}

Value str_encode(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"encoding", "errors"};
  Value bound[2];
  if (!bind_arguments(vm, "encode", args, kParameters, 0, bound)) return Value();
  std::string encoding = "utf-8";
  std::string errors = "strict";
  for (int i = 0; i < 2; ++i) {
    if (bound[i].is_null()) continue;
    if (!is_str(vm, bound[i])) {
      return type_error(vm, "encode() argument '" + std::string(kParameters[i]) +
                                "' must be str, not " + type_name_of(vm, bound[i]));
    }
    (i == 0 ? encoding : errors) = to_utf8(as_str(bound[i]));
  }
  return encode_str(vm, as_str(self), encoding, errors);
}

Value bytes_join(VM& vm, Value self, CallArgs args) {
  std::string qualified = receiver_name(vm, self) + ".join";
  if (!check_one_argument(vm, qualified, args)) return Value();
  Root<Object> receiver(vm.heap(), self);
  Root<Object> iterator(vm.heap(), get_iterator(vm, args.values[0]));
  if (iterator.value().is_null()) {
    if (is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().TypeError)) {
      vm.take_exception();
      return type_error(vm, "can only join an iterable");
    }
    return Value();
  }
  std::string separator(bytes_like_view(vm, receiver.value()));
  std::string joined;
  for (int64_t i = 0;; ++i) {
    Value item = next(vm, iterator.value());
    if (item.is_null()) {
      if (vm.has_exception()) return Value();
      break;
    }
    if (!is_bytes_like(vm, item)) {
      return type_error(vm, "sequence item " + std::to_string(i) +
                                ": expected a bytes-like object, " + type_name_of(vm, item) +
                                " found");
    }
    if (i > 0) joined += separator;
    joined += bytes_like_view(vm, item);
  }
  return make_bytes_like(vm, receiver.value(), joined);
}

// sub may be a bytes-like object or an int in range(256).
bool search_needle(VM& vm, Value value, std::string& out) {
  if (value.is_small_int() || is_int(vm, value)) {
    uint8_t byte;
    if (!byte_value(vm, value, byte, "byte must be in range(0, 256)")) return false;
    out.assign(1, static_cast<char>(byte));
    return true;
  }
  return bytes_argument(vm, value, out);
}

enum class Search { kFind, kRfind, kIndex, kRindex, kCount };

template <Search kSearch>
Value bytes_search(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSearch == Search::kFind     ? "find"
                                    : kSearch == Search::kRfind  ? "rfind"
                                    : kSearch == Search::kIndex  ? "index"
                                    : kSearch == Search::kRindex ? "rindex"
                                                                 : "count";
  if (!check_argument_range(vm, name, args, 1, 3)) return Value();
  Root<Object> receiver(vm.heap(), self);
  std::string needle;
  if (!search_needle(vm, args.values[0], needle)) return Value();
  int64_t start = 0;
  int64_t end = INT64_MAX;
  if (args.nargs > 1 && !slice_bound_argument(vm, args.values[1], start)) return Value();
  if (args.nargs > 2 && !slice_bound_argument(vm, args.values[2], end)) return Value();
  TextView text = view_of(bytes_like_view(vm, receiver.value()));
  adjust_bounds(text.length, start, end);
  if (kSearch == Search::kCount) {
    return Value::from_small_int(count_text(text, view_of(needle), start, end));
  }
  bool from_end = kSearch == Search::kRfind || kSearch == Search::kRindex;
  int64_t found = from_end ? rfind_text(text, view_of(needle), start, end)
                           : find_text(text, view_of(needle), start, end);
  if (found < 0 && (kSearch == Search::kIndex || kSearch == Search::kRindex)) {
    return value_error(vm, "subsection not found");
  }
  return Value::from_small_int(found);
}

template <bool kSuffix>
Value bytes_affix(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSuffix ? "endswith" : "startswith";
  if (!check_argument_range(vm, name, args, 1, 3)) return Value();
  Root<Object> receiver(vm.heap(), self);
  int64_t start = 0;
  int64_t end = INT64_MAX;
  if (args.nargs > 1 && !slice_bound_argument(vm, args.values[1], start)) return Value();
  if (args.nargs > 2 && !slice_bound_argument(vm, args.values[2], end)) return Value();
  std::string_view data = bytes_like_view(vm, receiver.value());
  adjust_bounds(static_cast<int64_t>(data.size()), start, end);
  auto matches = [&](std::string_view affix) {
    int64_t length = static_cast<int64_t>(affix.size());
    if (end - length < start) return false;
    int64_t at = kSuffix ? end - length : start;
    return data.substr(static_cast<size_t>(at), affix.size()) == affix;
  };
  Value candidates = args.values[0];
  if (vm.type_of(candidates) == vm.types().tuple) {
    for (Value candidate : static_cast<Tuple*>(candidates.as_object())->span()) {
      if (!is_bytes_like(vm, candidate)) {
        return type_error(
            vm, "a bytes-like object is required, not '" + type_name_of(vm, candidate) + "'");
      }
      if (matches(bytes_like_view(vm, candidate))) return vm.boolean(true);
    }
    return vm.boolean(false);
  }
  if (!is_bytes_like(vm, candidates)) {
    return type_error(vm, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                              type_name_of(vm, candidates));
  }
  return vm.boolean(matches(bytes_like_view(vm, candidates)));
}

bool is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

template <bool kFromEnd>
Value bytes_split_impl(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"sep", "maxsplit"};
  Value bound[2];
  if (!bind_arguments(vm, kFromEnd ? "rsplit" : "split", args, kParameters, 0, bound)) {
    return Value();
  }
  Root<Object> receiver(vm.heap(), self);
  bool whitespace = bound[0].is_null() || bound[0].is(vm.none());
  std::string separator;
  if (!whitespace) {
    if (!bytes_argument(vm, bound[0], separator)) return Value();
    if (separator.empty()) return value_error(vm, "empty separator");
  }
  int64_t max_split = -1;
  if (!bound[1].is_null() && !ssize_argument(vm, bound[1], max_split)) return Value();
  if (max_split < 0) max_split = INT64_MAX;
  std::string data(bytes_like_view(vm, receiver.value()));
  std::vector<std::string_view> pieces;
  std::string_view rest = data;
  if (whitespace) {
    auto trim_front = [](std::string_view s) {
      while (!s.empty() && is_ascii_space(s.front()))
        s.remove_prefix(1);
      return s;
    };
    auto trim_back = [](std::string_view s) {
      while (!s.empty() && is_ascii_space(s.back()))
        s.remove_suffix(1);
      return s;
    };
    rest = kFromEnd ? trim_back(rest) : trim_front(rest);
    while (!rest.empty()) {
      if (max_split-- <= 0) {
        pieces.push_back(kFromEnd ? trim_back(rest) : trim_front(rest));
        break;
      }
      if (kFromEnd) {
        size_t start = rest.size();
        while (start > 0 && !is_ascii_space(rest[start - 1]))
          --start;
        pieces.push_back(rest.substr(start));
        rest = trim_back(rest.substr(0, start));
      } else {
        size_t end = 0;
        while (end < rest.size() && !is_ascii_space(rest[end]))
          ++end;
        pieces.push_back(rest.substr(0, end));
        rest = trim_front(rest.substr(end));
      }
    }
  } else {
    while (max_split-- > 0) {
      size_t found = kFromEnd ? rest.rfind(separator) : rest.find(separator);
      if (found == std::string_view::npos) break;
      if (kFromEnd) {
        pieces.push_back(rest.substr(found + separator.size()));
        rest = rest.substr(0, found);
      } else {
        pieces.push_back(rest.substr(0, found));
        rest = rest.substr(found + separator.size());
      }
    }
    pieces.push_back(rest);
  }
  if (kFromEnd) std::reverse(pieces.begin(), pieces.end());
  Root<List> result(vm.heap(), make_list(vm));
  for (std::string_view piece : pieces) {
    Value item = make_bytes_like(vm, receiver.value(), piece);
    if (!list_append(vm, result.get(), item)) return Value();
  }
  return result.value();
}

template <int kSides>  // 1 left, 2 right, 3 both
Value bytes_strip(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSides == 1 ? "lstrip" : kSides == 2 ? "rstrip" : "strip";
  if (!check_no_keywords(vm, receiver_name(vm, self) + "." + std::string(name), args) ||
      !check_positional(vm, name, args, 0, 1)) {
    return Value();
  }
  Root<Object> receiver(vm.heap(), self);
  std::string chars;
  bool whitespace = args.nargs == 0 || args.values[0].is(vm.none());
  if (!whitespace && !bytes_argument(vm, args.values[0], chars)) return Value();
  auto strippable = [&](char c) {
    return whitespace ? is_ascii_space(c) : chars.find(c) != std::string::npos;
  };
  std::string_view data = bytes_like_view(vm, receiver.value());
  if (kSides & 1) {
    while (!data.empty() && strippable(data.front()))
      data.remove_prefix(1);
  }
  if (kSides & 2) {
    while (!data.empty() && strippable(data.back()))
      data.remove_suffix(1);
  }
  return make_bytes_like(vm, receiver.value(), std::string(data));
}

Value bytes_replace(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, receiver_name(vm, self) + ".replace", args) ||
      !check_positional(vm, "replace", args, 2, 3)) {
    return Value();
  }
  Root<Object> receiver(vm.heap(), self);
  std::string old_bytes;
  std::string new_bytes;
  if (!bytes_argument(vm, args.values[0], old_bytes) ||
      !bytes_argument(vm, args.values[1], new_bytes)) {
    return Value();
  }
  int64_t count = -1;
  if (args.nargs == 3 && !ssize_argument(vm, args.values[2], count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string data(bytes_like_view(vm, receiver.value()));
  std::string result;
  if (old_bytes.empty()) {
    for (size_t i = 0; i <= data.size(); ++i) {
      if (static_cast<int64_t>(i) < count) result += new_bytes;
      if (i < data.size()) result += data[i];
    }
  } else {
    size_t position = 0;
    for (int64_t replaced = 0; replaced < count; ++replaced) {
      size_t found = data.find(old_bytes, position);
      if (found == std::string::npos) break;
      result.append(data, position, found - position);
      result += new_bytes;
      position = found + old_bytes.size();
    }
    result.append(data, position);
  }
  return make_bytes_like(vm, receiver.value(), result);
}

Value bytes_hex(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"sep", "bytes_per_sep"};
  Value bound[2];
  if (!bind_arguments(vm, "hex", args, kParameters, 0, bound)) return Value();
  std::string separator;
  if (!bound[0].is_null()) {
    if (is_str(vm, bound[0])) {
      separator = to_utf8(as_str(bound[0]));
    } else if (!bytes_argument(vm, bound[0], separator)) {
      return Value();
    }
    if (separator.size() != 1) return value_error(vm, "sep must be length 1.");
  }
  int64_t group = 1;
  if (!bound[1].is_null() && !ssize_argument(vm, bound[1], group)) return Value();
  std::string_view data = bytes_like_view(vm, self);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  int64_t size = static_cast<int64_t>(data.size());
  int64_t every = group < 0 ? -group : group;
  for (int64_t i = 0; i < size; ++i) {
    // Groups count from the right for a positive bytes_per_sep.
    bool boundary = group > 0 ? (size - i) % every == 0 : i % every == 0;
    if (!separator.empty() && i > 0 && every > 0 && boundary) text += separator;
    auto byte = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    text += kDigits[byte >> 4];
    text += kDigits[byte & 15];
  }
  return str_value(make_str(vm, text));
}

// bytes.fromhex(string): pairs of hex digits, spaces allowed between
// pairs.
Value bytes_fromhex(VM& vm, Value owner, CallArgs args) {
  if (!check_one_argument(vm, "fromhex", args)) return Value();
  if (!is_str(vm, args.values[0])) {
    return type_error(vm,
                      "fromhex() argument must be str, not " + type_name_of(vm, args.values[0]));
  }
  Str* text = as_str(args.values[0]);
  auto digit = [](char32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
  };
  std::string data;
  for (int64_t i = 0; i < text->length;) {
    if (text->at(i) == ' ') {
      ++i;
      continue;
    }
    int high = digit(text->at(i));
    int low = i + 1 < text->length ? digit(text->at(i + 1)) : -1;
    if (high < 0 || low < 0) {
      int64_t position = high < 0 ? i : i + 1;
      return value_error(vm, "non-hexadecimal number found in fromhex() arg at position " +
                                 std::to_string(position));
    }
    data += static_cast<char>(high * 16 + low);
    i += 2;
  }
  bool array = owner.is_object() && owner.as_object() == vm.types().bytearray;
  return array ? Value::from_object(make_bytearray(vm, data))
               : Value::from_object(make_bytes(vm, data));
}

template <char (*kMap)(char)>
Value bytes_map(VM& vm, Value self, CallArgs args, std::string_view name) {
  if (!check_no_arguments(vm, receiver_name(vm, self) + "." + std::string(name), args)) {
    return Value();
  }
  std::string data(bytes_like_view(vm, self));
  for (char& c : data)
    c = kMap(c);
  return make_bytes_like(vm, self, data);
}

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}
char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

Value bytes_upper(VM& vm, Value self, CallArgs args) {
  return bytes_map<ascii_upper>(vm, self, args, "upper");
}
Value bytes_lower(VM& vm, Value self, CallArgs args) {
  return bytes_map<ascii_lower>(vm, self, args, "lower");
}

template <bool (*kProperty)(char)>
Value bytes_predicate(VM& vm, Value self, CallArgs args, std::string_view name) {
  if (!check_no_arguments(vm, receiver_name(vm, self) + "." + std::string(name), args)) {
    return Value();
  }
  std::string_view data = bytes_like_view(vm, self);
  if (data.empty()) return vm.boolean(false);
  return vm.boolean(std::all_of(data.begin(), data.end(), kProperty));
}

bool ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_alnum(char c) {
  return ascii_digit(c) || ascii_alpha(c);
}

Value bytes_isdigit(VM& vm, Value self, CallArgs args) {
  return bytes_predicate<ascii_digit>(vm, self, args, "isdigit");
}
Value bytes_isalpha(VM& vm, Value self, CallArgs args) {
  return bytes_predicate<ascii_alpha>(vm, self, args, "isalpha");
}
Value bytes_isalnum(VM& vm, Value self, CallArgs args) {
  return bytes_predicate<ascii_alnum>(vm, self, args, "isalnum");
}
Value bytes_isspace(VM& vm, Value self, CallArgs args) {
  return bytes_predicate<is_ascii_space>(vm, self, args, "isspace");
}

// --- bytearray's mutators ---------------------------------------------------

Value bytearray_append(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "bytearray.append", args)) return Value();
  uint8_t byte;
  if (!byte_value(vm, args.values[0], byte, "byte must be in range(0, 256)")) return Value();
  char c = static_cast<char>(byte);
  if (!bytearray_append_bytes(vm, as_bytearray(self), std::string_view(&c, 1))) return Value();
  return vm.none();
}

Value bytearray_extend(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "bytearray.extend", args)) return Value();
  Root<Object> receiver(vm.heap(), self);
  Value source = args.values[0];
  if (is_str(vm, source)) {
    return type_error(vm, "'str' object cannot be interpreted as an integer");
  }
  if (!is_bytes_like(vm, source) && !is_iterable(vm, source)) {
    return type_error(vm, "can't extend bytearray with " + type_name_of(vm, source));
  }
  std::string contents;
  if (!contents_from_source(vm, source, contents)) return Value();
  if (!bytearray_append_bytes(vm, as_bytearray(receiver.value()), contents)) return Value();
  return vm.none();
}

Value bytearray_pop(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "bytearray.pop", args) || !check_positional(vm, "pop", args, 0, 1)) {
    return Value();
  }
  int64_t index = -1;
  if (args.nargs == 1 && !ssize_argument(vm, args.values[0], index)) return Value();
  ByteArray* array = as_bytearray(self);
  if (array->length == 0) return raise(vm, vm.exceptions().IndexError, "pop from empty bytearray");
  if (index < 0) index += array->length;
  if (index < 0 || index >= array->length) {
    return raise(vm, vm.exceptions().IndexError, "pop index out of range");
  }
  uint8_t byte = array->data[index];
  std::memmove(array->data + index, array->data + index + 1,
               static_cast<size_t>(array->length - index - 1));
  --array->length;
  return Value::from_small_int(byte);
}

// insert(index, item): the index clamps to the ends, as list.insert.
Value bytearray_insert(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "bytearray.insert", args) ||
      !check_positional(vm, "insert", args, 2, 2)) {
    return Value();
  }
  int64_t index;
  if (!ssize_argument(vm, args.values[0], index)) return Value();
  uint8_t byte;
  if (!byte_value(vm, args.values[1], byte, "byte must be in range(0, 256)")) return Value();
  ByteArray* array = as_bytearray(self);
  if (index < 0) index = std::max<int64_t>(index + array->length, 0);
  index = std::min(index, array->length);
  if (!bytearray_append_bytes(vm, array, std::string_view("", 1))) return Value();
  std::memmove(array->data + index + 1, array->data + index,
               static_cast<size_t>(array->length - 1 - index));
  array->data[index] = byte;
  return vm.none();
}

// remove(value): the first occurrence goes; ValueError if there is none.
Value bytearray_remove(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "bytearray.remove", args)) return Value();
  uint8_t byte;
  if (!byte_value(vm, args.values[0], byte, "byte must be in range(0, 256)")) return Value();
  ByteArray* array = as_bytearray(self);
  auto* found = array->length == 0 ? nullptr
                                   : static_cast<uint8_t*>(std::memchr(
                                         array->data, byte, static_cast<size_t>(array->length)));
  if (!found) {
    return raise(vm, vm.exceptions().ValueError, "value not found in bytearray");
  }
  std::memmove(found, found + 1, static_cast<size_t>(array->data + array->length - found - 1));
  --array->length;
  return vm.none();
}

Value bytearray_reverse(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "bytearray.reverse", args)) return Value();
  ByteArray* array = as_bytearray(self);
  std::reverse(array->data, array->data + array->length);
  return vm.none();
}

Value bytearray_clear(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "bytearray.clear", args)) return Value();
  as_bytearray(self)->length = 0;
  return vm.none();
}

Value bytearray_copy(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "bytearray.copy", args)) return Value();
  std::string contents(as_bytearray(self)->view());
  return Value::from_object(make_bytearray(vm, contents));
}

constexpr NativeFunctionDef kSharedMethods[] = {
    {"decode", bytes_decode},
    {"join", bytes_join},
    {"find", bytes_search<Search::kFind>},
    {"rfind", bytes_search<Search::kRfind>},
    {"index", bytes_search<Search::kIndex>},
    {"rindex", bytes_search<Search::kRindex>},
    {"count", bytes_search<Search::kCount>},
    {"startswith", bytes_affix<false>},
    {"endswith", bytes_affix<true>},
    {"split", bytes_split_impl<false>},
    {"rsplit", bytes_split_impl<true>},
    {"strip", bytes_strip<3>},
    {"lstrip", bytes_strip<1>},
    {"rstrip", bytes_strip<2>},
    {"replace", bytes_replace},
    {"hex", bytes_hex},
    {"upper", bytes_upper},
    {"lower", bytes_lower},
    {"isdigit", bytes_isdigit},
    {"isalpha", bytes_isalpha},
    {"isalnum", bytes_isalnum},
    {"isspace", bytes_isspace},
};

constexpr NativeFunctionDef kByteArrayMethods[] = {
    {"append", bytearray_append}, {"extend", bytearray_extend},   {"pop", bytearray_pop},
    {"clear", bytearray_clear},   {"copy", bytearray_copy},       {"insert", bytearray_insert},
    {"remove", bytearray_remove}, {"reverse", bytearray_reverse},
};

constexpr NativeFunctionDef kStrEncode[] = {{"encode", str_encode}};
constexpr NativeFunctionDef kFromHex = {"fromhex", bytes_fromhex};

Type* make_iterator_type(VM& vm, std::string_view name) {
  Type* type = vm.make_builtin_type(name, vm.types().object, sizeof(BytesIterator));
  type->gc.trace = trace_bytes_iterator;
  type->slots.iter = [](VM&, Value self) { return self; };
  type->slots.next = bytes_iterator_next;
  return type;
}

void install_shared_slots(Type* type) {
  type->slots.repr = bytes_repr;
  type->slots.str = bytes_repr;
  type->slots.richcompare = bytes_richcompare;
  type->slots.length = bytes_length;
  type->slots.getitem = bytes_getitem;
  type->slots.contains = bytes_contains;
  type->slots.iter = bytes_iter;
  type->slots.binary[static_cast<int>(BinaryOp::Add)] = bytes_add;
  type->slots.binary[static_cast<int>(BinaryOp::Multiply)] = bytes_multiply;
  type->slots.binary[static_cast<int>(BinaryOp::Remainder)] = bytes_remainder;
}

}  // namespace

// A new object of the receiver's type (bytes or bytearray) holding `data`.
Value make_bytes_like(VM& vm, Value self, std::string_view data) {
  if (is_bytearray(vm, self)) return Value::from_object(make_bytearray(vm, data));
  return Value::from_object(make_bytes(vm, data));
}

std::string receiver_name(VM& vm, Value self) {
  return is_bytearray(vm, self) ? "bytearray" : "bytes";
}

// A bytes-like argument, copied (Python code may run and resize a
// bytearray before it is used), or false with "a bytes-like object is
// required, not 'str'".
bool bytes_argument(VM& vm, Value value, std::string& out) {
  if (!is_bytes_like(vm, value)) {
    type_error(vm, "a bytes-like object is required, not '" + type_name_of(vm, value) + "'");
    return false;
  }
  out = bytes_like_view(vm, value);
  return true;
}

// An instance of bytes or a subclass: the data (and a NUL, as CPython
// keeps), then room for the words a subclass adds (its __dict__).
Bytes* allocate_bytes(VM& vm, Type* type, std::string_view data) {
  size_t size = type->instance_size + (data.size() + 1 + 7) / 8 * 8;
  auto* bytes = static_cast<Bytes*>(vm.heap().allocate(type, size));
  bytes->length = static_cast<int64_t>(data.size());
  bytes->hash = -1;
  std::memcpy(bytes->data(), data.data(), data.size());
  return bytes;
}

Bytes* make_bytes(VM& vm, std::string_view data) {
  return allocate_bytes(vm, vm.types().bytes, data);
}

ByteArray* allocate_bytearray(VM& vm, Type* type, std::string_view data) {
  auto* array = static_cast<ByteArray*>(vm.heap().allocate(type, type->instance_size));
  if (!data.empty()) {
    array->data = static_cast<uint8_t*>(std::malloc(data.size()));
    std::memcpy(array->data, data.data(), data.size());
    array->length = array->capacity = static_cast<int64_t>(data.size());
  }
  return array;
}

ByteArray* make_bytearray(VM& vm, std::string_view data) {
  return allocate_bytearray(vm, vm.types().bytearray, data);
}

bool is_bytes_like(VM& vm, Value value) {
  if (!value.is_object()) return false;
  Type* type = value.as_object()->type;
  return is_subtype(type, vm.types().bytes) || is_subtype(type, vm.types().bytearray);
}

std::string_view bytes_like_view(VM& vm, Value value) {
  if (is_bytearray(vm, value)) return as_bytearray(value)->view();
  return static_cast<Bytes*>(value.as_object())->view();
}

void init_bytes_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  types.bytes = vm.make_builtin_type("bytes", types.object, sizeof(Bytes));
  types.bytearray = vm.make_builtin_type("bytearray", types.object, sizeof(ByteArray));
  types.bytes_iterator = make_iterator_type(vm, "bytes_iterator");
  types.bytearray_iterator = make_iterator_type(vm, "bytearray_iterator");

  install_shared_slots(types.bytes);
  types.bytes->slots.hash = hash_bytes;
  types.bytes->variable_size = [](const Object* object) {
    return static_cast<size_t>(static_cast<const Bytes*>(object)->length) + 1;
  };
  types.bytes->slots.new_instance = bytes_new;
  install_shared_slots(types.bytearray);
  types.bytearray->gc.destroy = destroy_bytearray;
  types.bytearray->slots.setitem = bytearray_setitem;
  types.bytearray->slots.new_instance = bytearray_new;

  for (Type* type : {types.bytes, types.bytearray}) {
    add_methods(vm, type, kSharedMethods);
    add_bytes_text_methods(vm, type);
    // fromhex is a class method: bound to its class once, here.
    Root<Object> from_hex(vm.heap(), make_native_function(vm, &kFromHex, Value::from_object(type)));
    dict_set_str(vm, type->dict, vm.intern("fromhex"), from_hex.value());
  }
  add_methods(vm, types.bytearray, kByteArrayMethods);
  add_methods(vm, types.str, kStrEncode);
}

}  // namespace eddy::vm

// Bytes and ByteArray: Python's immutable and mutable sequences of bytes,
// and the codecs between them and str (UTF-8, ASCII, Latin-1 with the
// strict, ignore and replace error handlers, as CPython's codecs spell
// their errors). bytes stores its bytes inline; bytearray keeps them in a
// growable malloc'ed buffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
struct Str;
struct Type;

struct Bytes : Object {
  int64_t length;
  int64_t hash;  // -1 until first computed

  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  std::string_view view() const {
    return {reinterpret_cast<const char*>(data()), static_cast<size_t>(length)};
  }
};

struct ByteArray : Object {
  int64_t length;
  int64_t capacity;
  uint8_t* data;  // malloc'ed; freed by the type's destroy hook

  std::string_view view() const {
    return {reinterpret_cast<const char*>(data), static_cast<size_t>(length)};
  }
};

// A new instance of `type`, bytes or bytearray or a subclass of either.
Bytes* allocate_bytes(VM& vm, Type* type, std::string_view data);
ByteArray* allocate_bytearray(VM& vm, Type* type, std::string_view data);
Bytes* make_bytes(VM& vm, std::string_view data);
ByteArray* make_bytearray(VM& vm, std::string_view data);

// What bytes and bytearray methods share: a result of the receiver's
// kind, the receiver's name for messages, and a bytes-like argument
// (copied, since Python code may resize a bytearray before it is used),
// or false with "a bytes-like object is required, not 'str'".
Value make_bytes_like(VM& vm, Value self, std::string_view data);
std::string receiver_name(VM& vm, Value self);
bool bytes_argument(VM& vm, Value value, std::string& out);

// Adds the text-like methods (case, padding, partition, translate) to
// bytes and bytearray; bytes_text_methods.cc.
void add_bytes_text_methods(VM& vm, Type* type);

// True for bytes and bytearray (the "bytes-like objects" Eddy has).
bool is_bytes_like(VM& vm, Value value);
// The contents of a bytes or bytearray. Valid until the next allocation
// for a bytearray that Python code may resize.
std::string_view bytes_like_view(VM& vm, Value value);

// data.decode(encoding, errors) for a codec name and error handler as
// Python spells them ("utf-8", "UTF8", "latin-1", "ascii"; "strict",
// "ignore", "replace"). LookupError for an unknown codec or handler,
// UnicodeDecodeError with CPython's message for invalid input.
Value decode_bytes(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors);
// text.encode(encoding, errors): a bytes, or UnicodeEncodeError.
Value encode_str(VM& vm, Str* text, std::string_view encoding, std::string_view errors);

// The bytes and bytearray types, their iterators and str.encode; called
// once by the VM at start-up, after the str type.
void init_bytes_types(VM& vm);

}  // namespace eddy::vm

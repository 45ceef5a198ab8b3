// Str: Python's str, an immutable sequence of Unicode code points.
//
// As in CPython (PEP 393), a string stores each code point in 1, 2 or 4
// bytes, the fewest that fit its largest code point, so indexing is O(1)
// and ASCII text costs one byte a character. Text enters and leaves the VM
// as UTF-8; lone surrogates (from escapes like "\ud800") travel in their
// 3-byte generalized UTF-8 form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.h"

namespace eddy::vm {

class VM;

struct Str : Object {
  int64_t length;  // in code points
  int64_t hash;    // -1 until first computed
  uint8_t kind;    // bytes per code point: 1, 2 or 4
  bool ascii;      // every code point below 128: the data is also UTF-8
  bool interned;   // the VM's one copy of this text (VM::intern)

  // The code points, `kind` bytes each, right after the header.
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }

  char32_t at(int64_t index) const {
    switch (kind) {
      case 1:
        return data()[index];
      case 2:
        return reinterpret_cast<const char16_t*>(data())[index];
      default:
        return reinterpret_cast<const char32_t*>(data())[index];
    }
  }
  // The text itself when it is ASCII (the common case for names).
  std::string_view ascii_view() const {
    return {reinterpret_cast<const char*>(data()), static_cast<size_t>(length)};
  }
};

// A new str holding `utf8` (generalized UTF-8 is accepted).
Str* make_str(VM& vm, std::string_view utf8);

// The text as UTF-8 (lone surrogates in generalized form).
std::string to_utf8(const Str* str);

// Python's hash of the str, cached in the object.
int64_t hash_str(Str* str);

bool equal_str(const Str* a, const Str* b);

struct SliceIndices;
// text[start:stop:step], the positions resolved (vm/slice.h).
Str* str_slice(VM& vm, Str* text, const SliceIndices& indices);

// The str type's slots and methods; called once by the VM at start-up.
void init_str_type(VM& vm);

}  // namespace eddy::vm

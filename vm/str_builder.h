// StrBuilder: accumulates code points and produces one Str of the
// narrowest kind at the end, without a heap object per piece. join(),
// format(), f-strings, %-formatting and the case mappings build their
// results here. Also the two ways to make a str from parts of another:
// a blank str of a given kind to fill in, and a substring.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/str.h"

namespace eddy::vm {

// A new str of `length` code points of `kind` bytes each, zero filled, for
// the caller to fill in. The caller promises the final contents are
// canonical: `kind` is the narrowest that fits them, `ascii` is exact.
Str* allocate_blank_str(VM& vm, int64_t length, uint8_t kind, bool ascii);

// str[start:end] (0 <= start <= end <= length) in the narrowest kind.
Str* substring(VM& vm, Str* str, int64_t start, int64_t end);

// A one-character str. Latin-1 characters come from a per-VM cache
// (like CPython's), so iterating and indexing ASCII text allocates nothing.
Str* str_from_code_point(VM& vm, char32_t code_point);

// Copies source[start:end] into destination at `at`; the destination's
// kind must fit every copied code point.
void copy_code_points(Str* destination, int64_t at, const Str* source, int64_t start, int64_t end);

// The largest code point in str[start:end] (0 for an empty range).
char32_t max_code_point(const Str* str, int64_t start, int64_t end);

// The storage kind (1, 2 or 4) that fits `code_point`.
inline uint8_t kind_for(char32_t code_point) {
  return code_point < 0x100 ? 1 : code_point < 0x10000 ? 2 : 4;
}

class StrBuilder {
 public:
  StrBuilder() = default;
  explicit StrBuilder(int64_t expected_length) { reserve(expected_length); }

  void reserve(int64_t code_points) { buffer_.reserve(static_cast<size_t>(code_points) * kind_); }
  int64_t length() const { return length_; }

  void append(char32_t code_point) {
    if (code_point < 0x80 && kind_ == 1) {
      buffer_.push_back(static_cast<char>(code_point));
      ++length_;
      return;
    }
    append_wide(code_point);
  }
  // ASCII text (the caller knows it is): copied as is.
  void append_ascii(std::string_view ascii);
  // Any UTF-8 text, lone surrogates in generalized form included.
  void append_utf8(std::string_view utf8);
  void append(const Str* str) { append(str, 0, str->length); }
  void append(const Str* str, int64_t start, int64_t end);
  // `count` copies of `code_point`.
  void append_repeated(char32_t code_point, int64_t count);

  // The code point at `index` of what has been appended so far.
  char32_t at(int64_t index) const;

  // The Str of everything appended; the builder is left empty.
  Str* finish(VM& vm);

 private:
  void append_wide(char32_t code_point);
  // Re-encodes the buffer with `kind` bytes per code point.
  void widen(uint8_t kind);
  void store(char32_t code_point);

  std::string buffer_;  // length_ code points, kind_ bytes each
  int64_t length_ = 0;
  uint8_t kind_ = 1;
  bool ascii_ = true;
};

}  // namespace eddy::vm

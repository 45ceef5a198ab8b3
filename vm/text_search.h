// Substring search over code-point storage of any width, shared by str
// (1, 2 or 4 bytes a code point) and bytes (1): find, rfind and count on
// [start, end) windows. One-byte text uses the C library's memchr/memmem,
// which are vectorized; wider text scans for the needle's first unit and
// compares the rest.
#pragma once

#include <cstdint>

namespace eddy::vm {

struct Str;

// A read-only window on stored text: `length` units of `kind` bytes.
struct TextView {
  const uint8_t* data;
  int64_t length;
  uint8_t kind;

  char32_t at(int64_t i) const {
    switch (kind) {
      case 1:
        return data[i];
      case 2:
        return reinterpret_cast<const char16_t*>(data)[i];
      default:
        return reinterpret_cast<const char32_t*>(data)[i];
    }
  }
};

TextView text_of(const Str* str);

// The index of the first (last) occurrence of `needle` lying entirely in
// haystack[start:end], or -1. The bounds must already be adjusted
// (adjust_bounds in method_args.h); an empty needle is found at `start`
// (`end`) when start <= end.
int64_t find_text(TextView haystack, TextView needle, int64_t start, int64_t end);
int64_t rfind_text(TextView haystack, TextView needle, int64_t start, int64_t end);

// Non-overlapping occurrences in haystack[start:end], at most `limit`.
int64_t count_text(TextView haystack, TextView needle, int64_t start, int64_t end,
                   int64_t limit = INT64_MAX);

// The index of code point `c` in haystack[start:end], or -1.
int64_t find_char(TextView haystack, char32_t c, int64_t start, int64_t end);

}  // namespace eddy::vm

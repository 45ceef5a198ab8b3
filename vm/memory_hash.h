// The hash of a run of bytes, shared by str (over its code points' bytes)
// and bytes. Like CPython's, it is not part of the language: CPython
// randomizes these hashes per process, so no program can depend on them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace eddy::vm {

// Mixes eight bytes at a time, then scrambles the result so that every
// input bit reaches the low bits a dict's mask keeps. Most hashed strings
// are short names and keys, for which a byte-at-a-time loop's chain of
// multiplications was the cost. Never -1 (the "not computed" mark), and 0
// for no bytes, as CPython's hash('') is 0.
inline int64_t hash_memory(const void* data, size_t size) {
  if (size == 0) return 0;
  constexpr uint64_t kMultiplier = 0x9e3779b97f4a7c15ull;
  const auto* bytes = static_cast<const unsigned char*>(data);
  uint64_t h = size * kMultiplier;
  for (; size >= 8; bytes += 8, size -= 8) {
    uint64_t word;
    std::memcpy(&word, bytes, 8);
    h = (h ^ word) * kMultiplier;
    h ^= h >> 32;
  }
  if (size > 0) {
    // The last 1 to 7 bytes, read without a variable-length copy (a call
    // to memcpy): two overlapping 4-byte loads, or three single bytes.
    uint64_t word;
    if (size >= 4) {
      uint32_t low, high;
      std::memcpy(&low, bytes, 4);
      std::memcpy(&high, bytes + size - 4, 4);
      word = low | (uint64_t{high} << 32);
    } else {
      word = bytes[0] | (uint64_t{bytes[size / 2]} << 8) | (uint64_t{bytes[size - 1]} << 16);
    }
    h = (h ^ word) * kMultiplier;
    h ^= h >> 32;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return static_cast<int64_t>(h >> 1);  // non-negative, so never -1
}

}  // namespace eddy::vm

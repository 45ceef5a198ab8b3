// Value: the 8-byte handle every Python value travels in.
//
// Floats and small ints live inside the Value itself; everything else is a
// pointer to a heap Object. The encoding is NaN-boxing: a double is stored as
// its own IEEE bits, and the other kinds hide in the payload of negative
// quiet NaNs, which arithmetic never produces once NaNs are canonicalised:
//
//   top 16 bits    meaning            payload (low 48 bits)
//   < 0xFFF9       a double           (the whole 64 bits)
//   0xFFFA         a small int        48-bit two's complement
//   0xFFFB         a special marker   0 = null (no value: unbound, error)
//   0xFFFC         an Object*         the pointer (user space is 47 bits)
//
// This file owns the encoding only; what an Object is lives in object.h.
#pragma once

#include <bit>
#include <cstdint>

namespace eddy::vm {

struct Object;

class Value {
 public:
  // Ints in [kSmallIntMin, kSmallIntMax] are stored unboxed; larger ones are
  // heap-allocated big ints.
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);

  // The null Value: "no value here" (an unbound local, a failed call).
  constexpr Value() : bits_(kNullBits) {}

  static Value from_double(double d) {
    uint64_t bits = std::bit_cast<uint64_t>(d);
    // Every NaN becomes the one positive quiet NaN, so that no double can
    // collide with the tagged encodings above.
    if (d != d) bits = kCanonicalNaN;
    return Value(bits);
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  // Requires fits_small_int(i).
  static constexpr Value from_small_int(int64_t i) {
    return Value(kSmallIntTag | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static Value from_object(const Object* object) {
    return Value(kObjectTag | reinterpret_cast<uint64_t>(object));
  }
  static constexpr Value null() { return Value(); }

  bool is_double() const { return bits_ < kFirstTag; }
  bool is_small_int() const { return (bits_ & kTagMask) == kSmallIntTag; }
  bool is_object() const { return (bits_ & kTagMask) == kObjectTag; }
  bool is_null() const { return bits_ == kNullBits; }

  double as_double() const { return std::bit_cast<double>(bits_); }
  int64_t as_small_int() const {
    // Shift the 48-bit payload to the top, then arithmetic-shift it back
    // down to sign-extend it.
    return static_cast<int64_t>(bits_ << 16) >> 16;
  }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_ & kPayloadMask); }

  // Python's `is`: the same object, or the same unboxed bits.
  bool is(Value other) const { return bits_ == other.bits_; }
  uint64_t bits() const { return bits_; }

  // True if both are small ints: one test on the hot arithmetic path.
  static bool both_small_ints(Value a, Value b) {
    return ((a.bits_ & kTagMask) == kSmallIntTag) & ((b.bits_ & kTagMask) == kSmallIntTag);
  }

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kTagMask = uint64_t{0xFFFF} << 48;
  static constexpr uint64_t kPayloadMask = ~kTagMask;
  static constexpr uint64_t kFirstTag = uint64_t{0xFFF9} << 48;
  static constexpr uint64_t kSmallIntTag = uint64_t{0xFFFA} << 48;
  static constexpr uint64_t kSpecialTag = uint64_t{0xFFFB} << 48;
  static constexpr uint64_t kObjectTag = uint64_t{0xFFFC} << 48;
  static constexpr uint64_t kNullBits = kSpecialTag;
  static constexpr uint64_t kCanonicalNaN = uint64_t{0x7FF8} << 48;

  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace eddy::vm

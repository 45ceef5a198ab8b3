// Substring search for str and bytes. Mixed widths are handled by the
// canonical-kind rule: a str's kind is the narrowest that fits its largest
// code point, so a needle wider than the haystack can never occur in it,
// and a narrower needle is compared unit by unit after widening.
#include "vm/text_search.h"

#include <cstring>
#include <vector>

#include "vm/str.h"

namespace eddy::vm {

namespace {

template <class Unit>
const Unit* units(TextView text) {
  return reinterpret_cast<const Unit*>(text.data);
}

// The needle in the haystack's unit type.
template <class Unit>
std::vector<Unit> widen_needle(TextView needle) {
  std::vector<Unit> wide(static_cast<size_t>(needle.length));
  for (int64_t i = 0; i < needle.length; ++i)
    wide[static_cast<size_t>(i)] = static_cast<Unit>(needle.at(i));
  return wide;
}

template <class Unit>
int64_t find_units(const Unit* hay, const Unit* needle, int64_t needle_length, int64_t start,
                   int64_t end) {
  if constexpr (sizeof(Unit) == 1) {
    const void* found = needle_length == 1
                            ? std::memchr(hay + start, needle[0], static_cast<size_t>(end - start))
                            : memmem(hay + start, static_cast<size_t>(end - start), needle,
                                     static_cast<size_t>(needle_length));
    return found ? static_cast<const Unit*>(found) - hay : -1;
  } else {
    Unit first = needle[0];
    int64_t last_start = end - needle_length;
    for (int64_t i = start; i <= last_start; ++i) {
      if (hay[i] == first &&
          std::memcmp(hay + i + 1, needle + 1,
                      sizeof(Unit) * static_cast<size_t>(needle_length - 1)) == 0) {
        return i;
      }
    }
    return -1;
  }
}

template <class Unit>
int64_t rfind_units(const Unit* hay, const Unit* needle, int64_t needle_length, int64_t start,
                    int64_t end) {
  if constexpr (sizeof(Unit) == 1) {
    if (needle_length == 1) {
      const void* found = memrchr(hay + start, needle[0], static_cast<size_t>(end - start));
      return found ? static_cast<const Unit*>(found) - hay : -1;
    }
  }
  Unit first = needle[0];
  for (int64_t i = end - needle_length; i >= start; --i) {
    if (hay[i] == first &&
        std::memcmp(hay + i + 1, needle + 1,
                    sizeof(Unit) * static_cast<size_t>(needle_length - 1)) == 0) {
      return i;
    }
  }
  return -1;
}

// Runs `search(hay_units, needle_units)` with both in the haystack's unit
// type; returns `not_found` when the needle is too wide to occur.
template <class Search>
int64_t with_common_units(TextView haystack, TextView needle, int64_t not_found, Search search) {
  if (needle.kind > haystack.kind) return not_found;
  auto run = [&](auto* hay) -> int64_t {
    using Unit = std::remove_const_t<std::remove_pointer_t<decltype(hay)>>;
    if (needle.kind == haystack.kind) return search(hay, units<Unit>(needle));
    std::vector<Unit> wide = widen_needle<Unit>(needle);
    return search(hay, static_cast<const Unit*>(wide.data()));
  };
  switch (haystack.kind) {
    case 1:
      return run(units<uint8_t>(haystack));
    case 2:
      return run(units<char16_t>(haystack));
    default:
      return run(units<char32_t>(haystack));
  }
}

}  // namespace

TextView text_of(const Str* str) {
  return TextView{str->data(), str->length, str->kind};
}

int64_t find_text(TextView haystack, TextView needle, int64_t start, int64_t end) {
  if (end - start < needle.length) return -1;
  if (needle.length == 0) return start;
  return with_common_units(haystack, needle, -1, [&](auto* hay, auto* pattern) {
    return find_units(hay, pattern, needle.length, start, end);
  });
}

int64_t rfind_text(TextView haystack, TextView needle, int64_t start, int64_t end) {
  if (end - start < needle.length) return -1;
  if (needle.length == 0) return end;
  return with_common_units(haystack, needle, -1, [&](auto* hay, auto* pattern) {
    return rfind_units(hay, pattern, needle.length, start, end);
  });
}

int64_t count_text(TextView haystack, TextView needle, int64_t start, int64_t end, int64_t limit) {
  if (end - start < needle.length) return 0;
  if (needle.length == 0) return std::min(end - start + 1, limit);
  return with_common_units(haystack, needle, 0, [&](auto* hay, auto* pattern) {
    int64_t count = 0;
    int64_t position = start;
    while (count < limit) {
      int64_t found = find_units(hay, pattern, needle.length, position, end);
      if (found < 0) break;
      ++count;
      position = found + needle.length;
    }
    return count;
  });
}

int64_t find_char(TextView haystack, char32_t c, int64_t start, int64_t end) {
  uint8_t narrow = static_cast<uint8_t>(c);
  char16_t medium = static_cast<char16_t>(c);
  TextView needle = c < 0x100     ? TextView{&narrow, 1, 1}
                    : c < 0x10000 ? TextView{reinterpret_cast<const uint8_t*>(&medium), 1, 2}
                                  : TextView{reinterpret_cast<const uint8_t*>(&c), 1, 4};
  return find_text(haystack, needle, start, end);
}

}  // namespace eddy::vm

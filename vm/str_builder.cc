// Building strs: the blank-str allocator, substrings, one-character strs
// and StrBuilder, which keeps its text in the narrowest kind seen so far
// and widens in place when a wider code point arrives (as CPython's
// _PyUnicodeWriter), so the final Str is one copy away.
#include "vm/str_builder.h"

#include <algorithm>
#include <cstring>

#include "lexer/utf8.h"
#include "vm/heap.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

template <class Unit>
char32_t max_of(const Unit* units, int64_t count) {
  Unit largest = 0;
  for (int64_t i = 0; i < count; ++i)
    largest = std::max(largest, units[i]);
  return largest;
}

// Copies `count` code points from storage of one kind to another that is
// at least wide enough for every one of them.
void convert_kind(const uint8_t* from, uint8_t from_kind, uint8_t* to, uint8_t to_kind,
                  int64_t count) {
  if (from_kind == to_kind) {
    std::memcpy(to, from, static_cast<size_t>(count) * from_kind);
    return;
  }
  auto read = [&](int64_t i) -> char32_t {
    switch (from_kind) {
      case 1:
        return from[i];
      case 2:
        return reinterpret_cast<const char16_t*>(from)[i];
      default:
        return reinterpret_cast<const char32_t*>(from)[i];
    }
  };
  for (int64_t i = 0; i < count; ++i) {
    char32_t c = read(i);
    switch (to_kind) {
      case 1:
        to[i] = static_cast<uint8_t>(c);
        break;
      case 2:
        reinterpret_cast<char16_t*>(to)[i] = static_cast<char16_t>(c);
        break;
      default:
        reinterpret_cast<char32_t*>(to)[i] = c;
    }
  }
}

}  // namespace

Str* allocate_blank_str(VM& vm, int64_t length, uint8_t kind, bool ascii) {
  size_t bytes = sizeof(Str) + static_cast<size_t>(length + 1) * kind;  // + a NUL
  auto* str = static_cast<Str*>(vm.heap().allocate(vm.types().str, bytes));
  str->length = length;
  str->hash = -1;
  str->kind = kind;
  str->ascii = ascii;
  return str;
}

char32_t max_code_point(const Str* str, int64_t start, int64_t end) {
  switch (str->kind) {
    case 1:
      return max_of(str->data() + start, end - start);
    case 2:
      return max_of(reinterpret_cast<const char16_t*>(str->data()) + start, end - start);
    default:
      return max_of(reinterpret_cast<const char32_t*>(str->data()) + start, end - start);
  }
}

void copy_code_points(Str* destination, int64_t at, const Str* source, int64_t start, int64_t end) {
  convert_kind(source->data() + start * source->kind, source->kind,
               destination->data() + at * destination->kind, destination->kind, end - start);
}

Str* substring(VM& vm, Str* str, int64_t start, int64_t end) {
  int64_t length = end - start;
  if (length == str->length) return str;  // strs are immutable: share it
  if (str->ascii) {
    if (length == 1) return str_from_code_point(vm, str->data()[start]);
    Root<Str> source(vm.heap(), str);
    Str* result = allocate_blank_str(vm, length, 1, true);
    std::memcpy(result->data(), source->data() + start, static_cast<size_t>(length));
    return result;
  }
  char32_t largest = max_code_point(str, start, end);
  uint8_t kind = kind_for(largest);
  Root<Str> source(vm.heap(), str);
  Str* result = allocate_blank_str(vm, length, kind, largest < 0x80);
  convert_kind(source->data() + start * source->kind, source->kind, result->data(), kind, length);
  return result;
}

Str* str_from_code_point(VM& vm, char32_t code_point) {
  if (code_point < 0x100) {
    Str*& shared = vm.latin1_char(static_cast<unsigned char>(code_point));
    if (!shared) {
      std::string utf8;
      lexer::append_utf8(utf8, code_point);
      shared = vm.intern(utf8);  // interned strs live as long as the VM
    }
    return shared;
  }
  uint8_t kind = kind_for(code_point);
  Str* result = allocate_blank_str(vm, 1, kind, false);
  if (kind == 2) {
    reinterpret_cast<char16_t*>(result->data())[0] = static_cast<char16_t>(code_point);
  } else {
    reinterpret_cast<char32_t*>(result->data())[0] = code_point;
  }
  return result;
}

void StrBuilder::append_ascii(std::string_view ascii) {
  if (kind_ == 1) {
    buffer_.append(ascii);
    length_ += static_cast<int64_t>(ascii.size());
    return;
  }
  for (char c : ascii)
    store(static_cast<unsigned char>(c));
}

void StrBuilder::append_utf8(std::string_view utf8) {
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t ascii_end = pos;
    while (ascii_end < utf8.size() && static_cast<unsigned char>(utf8[ascii_end]) < 0x80) {
      ++ascii_end;
    }
    if (ascii_end > pos) {
      append_ascii(utf8.substr(pos, ascii_end - pos));
      pos = ascii_end;
      continue;
    }
    append(lexer::next_code_point(utf8, pos));
  }
}

void StrBuilder::append(const Str* str, int64_t start, int64_t end) {
  if (start >= end) return;
  if (str->ascii) {
    append_ascii(
        str->ascii_view().substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
    return;
  }
  char32_t largest = max_code_point(str, start, end);
  if (largest >= 0x80) ascii_ = false;
  uint8_t kind = kind_for(largest);
  if (kind > kind_) widen(kind);
  size_t old_size = buffer_.size();
  buffer_.resize(old_size + static_cast<size_t>(end - start) * kind_);
  convert_kind(str->data() + start * str->kind, str->kind,
               reinterpret_cast<uint8_t*>(buffer_.data()) + old_size, kind_, end - start);
  length_ += end - start;
}

void StrBuilder::append_repeated(char32_t code_point, int64_t count) {
  if (count <= 0) return;
  if (code_point < 0x80 && kind_ == 1) {
    buffer_.append(static_cast<size_t>(count), static_cast<char>(code_point));
    length_ += count;
    return;
  }
  for (int64_t i = 0; i < count; ++i)
    append(code_point);
}

char32_t StrBuilder::at(int64_t index) const {
  const auto* data = reinterpret_cast<const uint8_t*>(buffer_.data());
  switch (kind_) {
    case 1:
      return data[index];
    case 2:
      return reinterpret_cast<const char16_t*>(data)[index];
    default:
      return reinterpret_cast<const char32_t*>(data)[index];
  }
}

void StrBuilder::append_wide(char32_t code_point) {
  if (code_point >= 0x80) ascii_ = false;
  uint8_t kind = kind_for(code_point);
  if (kind > kind_) widen(kind);
  store(code_point);
}

void StrBuilder::store(char32_t code_point) {
  switch (kind_) {
    case 1:
      buffer_.push_back(static_cast<char>(code_point));
      break;
    case 2: {
      auto unit = static_cast<char16_t>(code_point);
      buffer_.append(reinterpret_cast<const char*>(&unit), 2);
      break;
    }
    default:
      buffer_.append(reinterpret_cast<const char*>(&code_point), 4);
  }
  ++length_;
}

void StrBuilder::widen(uint8_t kind) {
  std::string wider(static_cast<size_t>(length_) * kind, '\0');
  wider.reserve(buffer_.capacity() * kind / kind_);
  convert_kind(reinterpret_cast<const uint8_t*>(buffer_.data()), kind_,
               reinterpret_cast<uint8_t*>(wider.data()), kind, length_);
  buffer_ = std::move(wider);
  kind_ = kind;
}

Str* StrBuilder::finish(VM& vm) {
  Str* result = allocate_blank_str(vm, length_, kind_, ascii_);
  std::memcpy(result->data(), buffer_.data(), buffer_.size());
  buffer_.clear();
  length_ = 0;
  kind_ = 1;
  ascii_ = true;
  return result;
}

}  // namespace eddy::vm

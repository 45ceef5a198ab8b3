// Creating, hashing and comparing strs. The str type's methods build on
// these.
#include "vm/str.h"

#include <cstring>
#include <vector>

#include "lexer/utf8.h"
#include "parser/python_repr.h"
#include "vm/memory_hash.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// Decodes generalized UTF-8 (which also encodes surrogates) one code point
// at a time; the bytes come from the front end or from our own encoder, so
// they are well formed.
std::vector<char32_t> decode(std::string_view utf8, char32_t& largest) {
  std::vector<char32_t> code_points;
  code_points.reserve(utf8.size());
  largest = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t c = lexer::next_code_point(utf8, pos);
    largest = std::max(largest, c);
    code_points.push_back(c);
  }
  return code_points;
}

Str* allocate_str(VM& vm, int64_t length, uint8_t kind) {
  size_t bytes = sizeof(Str) + static_cast<size_t>(length) * kind + kind;  // + a NUL
  auto* str = static_cast<Str*>(vm.heap().allocate(vm.types().str, bytes));
  str->length = length;
  str->hash = -1;
  str->kind = kind;
  return str;
}

}  // namespace

Str* make_str(VM& vm, std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    Str* str = allocate_str(vm, static_cast<int64_t>(utf8.size()), 1);
    std::memcpy(str->data(), utf8.data(), utf8.size());
    str->ascii = true;
    return str;
  }
  char32_t largest;
  std::vector<char32_t> code_points = decode(utf8, largest);
  uint8_t kind = largest < 0x100 ? 1 : largest < 0x10000 ? 2 : 4;
  Str* str = allocate_str(vm, static_cast<int64_t>(code_points.size()), kind);
  for (size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    if (kind == 1) {
      str->data()[i] = static_cast<uint8_t>(c);
    } else if (kind == 2) {
      reinterpret_cast<char16_t*>(str->data())[i] = static_cast<char16_t>(c);
    } else {
      reinterpret_cast<char32_t*>(str->data())[i] = c;
    }
  }
  return str;
}

std::string to_utf8(const Str* str) {
  if (str->ascii) return std::string(str->ascii_view());
  std::string out;
  out.reserve(static_cast<size_t>(str->length) * 2);
  for (int64_t i = 0; i < str->length; ++i)
    lexer::append_utf8(out, str->at(i));
  return out;
}

// Equal strs have the same kind (the narrowest that holds their code
// points), so hashing the raw data gives equal strs equal hashes.
int64_t hash_str(Str* str) {
  if (str->hash == -1) str->hash = hash_memory(str->data(), str->length * str->kind);
  return str->hash;
}

bool equal_str(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  if (a->interned && b->interned) return false;
  return std::memcmp(a->data(), b->data(), static_cast<size_t>(a->length) * a->kind) == 0;
}

void init_str_type(VM& vm) {
  TypeSlots& slots = vm.types().str->slots;
  slots.repr = [](VM& vm, Value self) -> Value {
    auto* str = static_cast<Str*>(self.as_object());
    return Value::from_object(make_str(vm, parser::repr_str(to_utf8(str))));
  };
  // str() of a str subclass is a plain str with the same text.
  slots.str = [](VM& vm, Value self) {
    auto* text = static_cast<Str*>(self.as_object());
    if (text->type == vm.types().str) return self;
    return Value::from_object(make_str(vm, to_utf8(text)));
  };
  slots.hash = [](VM&, Value self) { return hash_str(static_cast<Str*>(self.as_object())); };
  slots.length = [](VM&, Value self) { return static_cast<Str*>(self.as_object())->length; };
}

}  // namespace eddy::vm

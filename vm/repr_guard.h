// ReprGuard: CPython's Py_ReprEnter/Py_ReprLeave as a C++ scope. A
// container's repr opens one for itself; if the container is already being
// repr'd further up the C++ stack, it contains itself, and prints as [...],
// {...}, (...) instead of recursing forever.
#pragma once

#include <algorithm>
#include <string>

#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

class ReprGuard {
 public:
  ReprGuard(VM& vm, Object* object) : vm_(vm) {
    auto& in_progress = vm.repr_in_progress;
    recursive_ = std::find(in_progress.begin(), in_progress.end(), object) != in_progress.end();
    if (!recursive_) in_progress.push_back(object);
  }
  ~ReprGuard() {
    if (!recursive_) vm_.repr_in_progress.pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;

  // True if the object's repr is already being built: print the ellipsis.
  bool recursive() const { return recursive_; }

 private:
  VM& vm_;
  bool recursive_;
};

// Appends repr(value) to `text` as UTF-8; false if the repr raised.
inline bool append_repr(VM& vm, Value value, std::string& text) {
  Value value_repr = repr(vm, value);
  if (value_repr.is_null()) return false;
  auto* str = static_cast<Str*>(value_repr.as_object());
  if (str->ascii) {
    text += str->ascii_view();
  } else {
    text += to_utf8(str);
  }
  return true;
}

}  // namespace eddy::vm

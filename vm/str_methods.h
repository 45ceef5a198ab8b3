// The str type beyond storage (str.h): its methods and the slots that
// make it a sequence and an operand. init_str_methods() installs them all;
// the VM calls it once at start-up, after the str type has its basic slots
// (init_str_type) and after list, tuple and dict exist.
//
// The helpers below are shared by the files that implement str's methods
// (str_methods.cc, str_case_methods.cc, str_slots.cc, str_format.cc,
// percent_format.cc, bytes.cc).
#pragma once

#include <cstdint>

#include "vm/str.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;

void init_str_methods(VM& vm);

// True if `value` is a str (or an instance of a subclass).
bool is_str(VM& vm, Value value);
inline Str* as_str(Value value) {
  return static_cast<Str*>(value.as_object());
}
inline Value str_value(Str* str) {
  return Value::from_object(str);
}

// The TypeError a str parameter raises: `what` is "must be str" or
// "replace() argument 1 must be str"; ", not int" follows.
Value raise_not_str(VM& vm, std::string_view what, Value got);

// The name of a value's type, for messages.
std::string type_name_of(VM& vm, Value value);

// The parts of str's method table that live in their own files.
void add_str_case_methods(VM& vm);    // str_case_methods.cc
void install_str_slots(VM& vm);       // str_slots.cc
void add_str_format_methods(VM& vm);  // str_format.cc

}  // namespace eddy::vm

// The methods bytes and bytearray share with str that treat the data as
// ASCII text: swapcase/title/capitalize, isupper/islower/istitle,
// center/ljust/rjust/zfill, partition/rpartition, removeprefix/
// removesuffix and translate. Each returns the receiver's kind.
#include <algorithm>
#include <string>

#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
char to_upper(char c) {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// The three case mappings, over ASCII letters only.
enum class CaseMapping { kSwapcase, kTitle, kCapitalize };

template <CaseMapping mapping>
Value case_method(VM& vm, Value self, CallArgs args) {
  constexpr const char* kNames[] = {"swapcase", "title", "capitalize"};
  const char* name = kNames[static_cast<int>(mapping)];
  if (!check_no_arguments(vm, receiver_name(vm, self) + "." + name, args)) return Value();
  std::string data(bytes_like_view(vm, self));
  bool previous_cased = false;
  for (size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    switch (mapping) {
      case CaseMapping::kSwapcase:
        data[i] = is_upper(c) ? to_lower(c) : to_upper(c);
        break;
      case CaseMapping::kTitle:
        data[i] = previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = is_upper(c) || is_lower(c);
        break;
      case CaseMapping::kCapitalize:
        data[i] = i == 0 ? to_upper(c) : to_lower(c);
        break;
    }
  }
  return make_bytes_like(vm, self, data);
}

// isupper/islower: some cased byte, and none of the other case. istitle:
// uppercase only after uncased bytes, lowercase only after cased ones.
enum class CasePredicate { kUpper, kLower, kTitle };

template <CasePredicate predicate>
Value case_predicate(VM& vm, Value self, CallArgs args) {
  constexpr const char* kNames[] = {"isupper", "islower", "istitle"};
  const char* name = kNames[static_cast<int>(predicate)];
  if (!check_no_arguments(vm, receiver_name(vm, self) + "." + name, args)) return Value();
  std::string_view data = bytes_like_view(vm, self);
  bool any_cased = false;
  bool previous_cased = false;
  for (char c : data) {
    bool upper = is_upper(c);
    bool lower = is_lower(c);
    switch (predicate) {
      case CasePredicate::kUpper:
        if (lower) return vm.boolean(false);
        break;
      case CasePredicate::kLower:
        if (upper) return vm.boolean(false);
        break;
      case CasePredicate::kTitle:
        if ((upper && previous_cased) || (lower && !previous_cased)) return vm.boolean(false);
        previous_cased = upper || lower;
        break;
    }
    any_cased = any_cased || upper || lower;
  }
  return vm.boolean(any_cased);
}

// The fill byte argument of center/ljust/rjust: one byte.
bool fill_byte(VM& vm, const char* name, Value value, char& out) {
  if (is_bytes_like(vm, value) && bytes_like_view(vm, value).size() == 1) {
    out = bytes_like_view(vm, value)[0];
    return true;
  }
  raise(vm, vm.exceptions().TypeError,
        std::string(name) + "() argument 2 must be a byte string of length 1, not " +
            to_utf8(vm.type_of(value)->name));
  return false;
}

// center, ljust and rjust: where the padding goes. center puts the odd
// byte on the right unless both the padding and the width are odd, as
// CPython's pad().
enum class Justify { kCenter, kLeft, kRight };

template <Justify justify>
Value justify_method(VM& vm, Value self, CallArgs args) {
  constexpr const char* kNames[] = {"center", "ljust", "rjust"};
  const char* name = kNames[static_cast<int>(justify)];
  if (!check_no_keywords(vm, name, args) || !check_positional(vm, name, args, 1, 2)) {
    return Value();
  }
  int64_t width;
  if (!ssize_argument(vm, args.values[0], width)) return Value();
  char fill = ' ';
  if (args.nargs == 2 && !fill_byte(vm, name, args.values[1], fill)) return Value();
  std::string data(bytes_like_view(vm, self));
  auto length = static_cast<int64_t>(data.size());
  if (width <= length) return make_bytes_like(vm, self, data);
  int64_t padding = width - length;
  int64_t left = justify == Justify::kLeft    ? 0
                 : justify == Justify::kRight ? padding
                                              : padding / 2 + (padding & width & 1);
  std::string result(static_cast<size_t>(left), fill);
  result += data;
  result.append(static_cast<size_t>(padding - left), fill);
  return make_bytes_like(vm, self, result);
}

// zfill(width): zeros after any sign.
Value zfill_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "zfill", args) || !check_positional(vm, "zfill", args, 1, 1)) {
    return Value();
  }
  int64_t width;
  if (!ssize_argument(vm, args.values[0], width)) return Value();
  std::string data(bytes_like_view(vm, self));
  auto length = static_cast<int64_t>(data.size());
  if (width <= length) return make_bytes_like(vm, self, data);
  size_t at = !data.empty() && (data[0] == '+' || data[0] == '-') ? 1 : 0;
  data.insert(at, static_cast<size_t>(width - length), '0');
  return make_bytes_like(vm, self, data);
}

// partition(sep) and rpartition(sep): (head, sep, tail), with the
// receiver in the middle or at the end when sep is absent.
template <bool from_right>
Value partition_method(VM& vm, Value self, CallArgs args) {
  const char* name = from_right ? "rpartition" : "partition";
  if (!check_one_argument(vm, std::string(name), args)) return Value();
  std::string separator;
  if (!bytes_argument(vm, args.values[0], separator)) return Value();
  if (separator.empty()) return raise(vm, vm.exceptions().ValueError, "empty separator");
  std::string data(bytes_like_view(vm, self));
  size_t at = from_right ? data.rfind(separator) : data.find(separator);
  std::string parts[3];
  if (at == std::string::npos) {
    parts[from_right ? 2 : 0] = data;
  } else {
    parts[0] = data.substr(0, at);
    parts[1] = separator;
    parts[2] = data.substr(at + separator.size());
  }
  Root<Object> first(vm.heap(), make_bytes_like(vm, self, parts[0]));
  Root<Object> second(vm.heap(), make_bytes_like(vm, self, parts[1]));
  Root<Object> third(vm.heap(), make_bytes_like(vm, self, parts[2]));
  return Value::from_object(make_tuple(vm, {first.value(), second.value(), third.value()}));
}

// removeprefix(prefix) and removesuffix(suffix).
template <bool suffix>
Value remove_affix_method(VM& vm, Value self, CallArgs args) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!check_one_argument(vm, std::string(name), args)) return Value();
  std::string affix;
  if (!bytes_argument(vm, args.values[0], affix)) return Value();
  std::string data(bytes_like_view(vm, self));
  if (data.size() >= affix.size()) {
    if (!suffix && data.compare(0, affix.size(), affix) == 0) data.erase(0, affix.size());
    if (suffix && data.compare(data.size() - affix.size(), affix.size(), affix) == 0) {
      data.erase(data.size() - affix.size());
    }
  }
  return make_bytes_like(vm, self, data);
}

// translate(table, /, delete=b''): table is None or 256 bytes.
Value translate_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view kParameters[] = {"", "delete"};
  Value bound[2];
  if (!bind_arguments(vm, "translate", args, kParameters, 1, bound)) return Value();
  std::string table;
  if (!bound[0].is(vm.none())) {
    if (!bytes_argument(vm, bound[0], table)) return Value();
    if (table.size() != 256) {
      return raise(vm, vm.exceptions().ValueError, "translation table must be 256 characters long");
    }
  }
  std::string deleted;
  if (!bound[1].is_null() && !bytes_argument(vm, bound[1], deleted)) return Value();
  std::string result;
  for (char c : bytes_like_view(vm, self)) {
    if (deleted.find(c) != std::string::npos) continue;
    result += table.empty() ? c : table[static_cast<unsigned char>(c)];
  }
  return make_bytes_like(vm, self, result);
}

constexpr NativeFunctionDef kTextMethods[] = {
    {"swapcase", case_method<CaseMapping::kSwapcase>},
    {"title", case_method<CaseMapping::kTitle>},
    {"capitalize", case_method<CaseMapping::kCapitalize>},
    {"isupper", case_predicate<CasePredicate::kUpper>},
    {"islower", case_predicate<CasePredicate::kLower>},
    {"istitle", case_predicate<CasePredicate::kTitle>},
    {"center", justify_method<Justify::kCenter>},
    {"ljust", justify_method<Justify::kLeft>},
    {"rjust", justify_method<Justify::kRight>},
    {"zfill", zfill_method},
    {"partition", partition_method<false>},
    {"rpartition", partition_method<true>},
    {"removeprefix", remove_affix_method<false>},
    {"removesuffix", remove_affix_method<true>},
    {"translate", translate_method},
};

}  // namespace

void add_bytes_text_methods(VM& vm, Type* type) {
  add_methods(vm, type, kTextMethods);
}

}  // namespace eddy::vm

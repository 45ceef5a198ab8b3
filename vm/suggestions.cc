// The "Did you mean" suggestion: CPython 3.11's costs and limits.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/list.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxLength = 40;  // in bytes, after common ends are trimmed
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

// 0 for the same byte, kCaseCost for an ASCII case change, else kMoveCost.
size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 'a' - 'A') : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// The edit distance over UTF-8 bytes, or max_cost + 1 once it is sure to
// exceed max_cost.
size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxLength || b.size() > kMaxLength) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

  // One row of the matrix, updated in place: row[i] is the cost of turning
  // the part of b seen so far into a[:i + 1].
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i)
    row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t b_index = 0; b_index < b.size(); ++b_index) {
    size_t distance = result = b_index * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t index = 0; index < a.size(); ++index) {
      size_t substitute = distance + substitution_cost(b[b_index], a[index]);
      distance = row[index];
      result = std::min(std::min(result, distance) + kMoveCost, substitute);
      row[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::vector<std::string> names_of(const Tuple* names) {
  std::vector<std::string> out;
  for (Value name : names->span())
    out.push_back(to_utf8(static_cast<Str*>(name.as_object())));
  return out;
}

// The str keys of a namespace, in insertion order.
std::vector<std::string> keys_of(VM& vm, const Dict* dict) {
  std::vector<std::string> out;
  int64_t position = 0;
  Value key;
  Value value;
  while (dict_next(dict, position, &key, &value)) {
    if (key.is_object() && vm.type_of(key) == vm.types().str) {
      out.push_back(to_utf8(static_cast<Str*>(key.as_object())));
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return std::nullopt;
  std::optional<std::string> suggestion;
  size_t suggestion_distance = SIZE_MAX;
  for (const std::string& candidate : candidates) {
    if (candidate == name) continue;
    // No more than a third of the characters involved may change, and a
    // match must beat the one found so far.
    size_t max_distance = (name.size() + candidate.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, suggestion_distance - 1);
    size_t distance = levenshtein_distance(name, candidate, max_distance);
    if (distance > max_distance) continue;
    if (!suggestion || distance < suggestion_distance) {
      suggestion = candidate;
      suggestion_distance = distance;
    }
  }
  return suggestion;
}

namespace {

// The strs of dir(object), or nothing if dir() fails.
std::optional<std::vector<std::string>> dir_of(VM& vm, Value object) {
  Value dir = dict_get_str(vm, vm.builtins(), vm.intern("dir"));
  Value names = dir.is_null() ? Value::null() : call(vm, dir, {object});
  if (names.is_null() || vm.type_of(names) != vm.types().list) {
    if (vm.has_exception()) vm.take_exception();
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (Value name : static_cast<List*>(names.as_object())->span()) {
    if (vm.type_of(name) == vm.types().str)
      out.push_back(to_utf8(static_cast<Str*>(name.as_object())));
  }
  return out;
}

// An entry of the exception's __dict__, or null; runs no Python code.
Value exception_field(VM& vm, Value exception, const char* name) {
  Dict* dict = static_cast<Exception*>(exception.as_object())->dict;
  return dict ? dict_get_str(vm, dict, vm.intern(name)) : Value::null();
}

std::optional<std::string> suggest_for_attribute_error(VM& vm, Value exception) {
  Value name = exception_field(vm, exception, "name");
  Value object = exception_field(vm, exception, "obj");
  if (name.is_null() || object.is_null() || vm.type_of(name) != vm.types().str) {
    return std::nullopt;
  }
  std::optional<std::vector<std::string>> candidates = dir_of(vm, object);
  if (!candidates) return std::nullopt;
  return closest_name(to_utf8(static_cast<Str*>(name.as_object())), *candidates);
}

}  // namespace

void record_attribute_error_context(VM& vm, Value object, Str* name) {
  Value exception = vm.current_exception();
  if (!is_subtype(vm.type_of(exception), vm.exceptions().AttributeError)) return;
  if (!exception_field(vm, exception, "name").is_null() ||
      !exception_field(vm, exception, "obj").is_null()) {
    return;
  }
  Root<Object> rooted_exception(vm.heap(), vm.take_exception());
  Root<Object> rooted_object(vm.heap(), object);
  if (set_attribute(vm, exception, vm.intern("name"), Value::from_object(name)) &&
      set_attribute(vm, exception, vm.intern("obj"), object)) {
    vm.set_exception(exception);
  }
}

std::optional<std::string> suggest_name(VM& vm, Value exception) {
  if (vm.type_of(exception) == vm.exceptions().AttributeError) {
    return suggest_for_attribute_error(vm, exception);
  }
  if (vm.type_of(exception) != vm.exceptions().NameError) return std::nullopt;
  Value name = exception_field(vm, exception, "name");
  Value traceback = static_cast<Exception*>(exception.as_object())->traceback;
  if (name.is_null() || vm.type_of(name) != vm.types().str || !traceback.is_object()) {
    return std::nullopt;
  }
  auto* entry = static_cast<Traceback*>(traceback.as_object());
  while (entry->next)
    entry = entry->next;
  Frame* frame = entry->frame->frame;
  std::string wanted = to_utf8(static_cast<Str*>(name.as_object()));
  for (const std::vector<std::string>& candidates :
       {names_of(frame->code->varnames), keys_of(vm, frame->globals),
        keys_of(vm, frame->builtins)}) {
    if (std::optional<std::string> found = closest_name(wanted, candidates)) return found;
  }
  return std::nullopt;
}

}  // namespace eddy::vm

// "Did you mean": the name CPython 3.11's excepthook suggests after a
// NameError's message (Python/suggestions.c): the closest name, by a
// Levenshtein distance where a case change costs less, among the failing
// frame's local variables, then its globals, then the builtins.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/value.h"

namespace eddy::vm {

class VM;

// The candidate closest to `name` within CPython's limits, if any.
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

// The suggestion for an uncaught `exception` (exactly a NameError with its
// `name` and traceback), or nothing.
std::optional<std::string> suggest_name(VM& vm, Value exception);

}  // namespace eddy::vm

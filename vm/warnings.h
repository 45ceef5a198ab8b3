// Warnings the VM itself issues (a coroutine that was never awaited), shown
// on stderr the way CPython's warnings module shows them under its default
// filter: "file:line: Category: message", the source line, and each
// message at most once per location.
#pragma once

#include <string>

namespace eddy::vm {

class VM;
struct Type;

// Shows `message` of `category`, attributed to the line running in the
// current frame; at shutdown, with no frame left, to "sys:1" as CPython
// does. `note` (a sentence shown as a second warning line, such as the
// tracemalloc hint) may be empty.
void show_warning(VM& vm, Type* category, const std::string& message, const std::string& note);

}  // namespace eddy::vm

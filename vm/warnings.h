// Warnings the VM itself issues (a coroutine that was never awaited) and
// the compiler's SyntaxWarnings, shown on stderr the way CPython's warnings
// module shows them under its default filter: "file:line: Category:
// message", then the source line when there is one.
#pragma once

#include <string>
#include <vector>

#include "compiler/codegen.h"
#include "lexer/source.h"

namespace eddy::vm {

class VM;
struct Type;

// Shows `message` of `category`, attributed to the line running in the
// current frame, at most once per message and location; at shutdown, with
// no frame left, to "sys:1" as CPython does. `note` (a sentence shown as a
// second warning line, such as the tracemalloc hint) may be empty.
void show_warning(VM& vm, Type* category, const std::string& message, const std::string& note);

// Shows the SyntaxWarnings found compiling `source`, each time it is
// compiled (CPython warns without a registry there). The source line is
// shown only for a file, as linecache finds none for "<string>".
void show_compile_warnings(VM& vm, const lexer::Source& source, bool is_file,
                           const std::vector<compiler::CompileWarning>& warnings);

}  // namespace eddy::vm

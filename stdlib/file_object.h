// The builtin open() and its file objects (file_object.cc).
#pragma once

#include <cstdio>
#include <string>

#include "vm/dict.h"
#include "vm/vm.h"

namespace eddy::stdlib {

// Puts open() into the builtins namespace, with the classes of the file
// objects it makes. False with an exception set on failure.
bool add_open(vm::VM& vm, vm::Dict* builtins);

// One line of a C stream with its '\n' (empty at the end of the input),
// as input() and sys.stdin.readline() read it. A read interrupted by a
// signal goes on once the signal's handlers ran; false if one raised
// (Ctrl-C: KeyboardInterrupt).
bool read_line(vm::VM& vm, std::FILE* stream, std::string& line);

// Makes `import io` find the module holding open() and the file classes.
void register_io_module();

}  // namespace eddy::stdlib

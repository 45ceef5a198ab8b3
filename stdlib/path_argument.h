// Path arguments of the functions that reach the file system (os, os.path,
// open): a str, bytes, or an os.PathLike object, as CPython's path_converter
// reads them.
#pragma once

#include <string>
#include <string_view>

#include "vm/value.h"

namespace eddy::vm {
class VM;
}

namespace eddy::stdlib {

struct PathArgument {
  std::string path;    // the file system's bytes (UTF-8 for a str)
  vm::Value original;  // the argument as given, for OSError.filename
  bool is_bytes = false;
  int fd = -1;  // an open file descriptor given instead (stat's `allow_fd`)
};

// Reads `value` as a path: a str, bytes, or what its __fspath__ returns.
// Otherwise TypeError "<function>: path should be string, bytes or
// os.PathLike, not int" (`function` is the name CPython gives), or with no
// `function` (open's file argument) "expected str, bytes or os.PathLike
// object, not int".
// A path holding a NUL byte is ValueError "<function>: embedded null
// character in path". With `allow_fd`, an int is a file descriptor and the
// message says "string, bytes, os.PathLike or integer".
bool path_argument(vm::VM& vm, std::string_view function, vm::Value value, PathArgument& out,
                   bool allow_fd = false);

}  // namespace eddy::stdlib

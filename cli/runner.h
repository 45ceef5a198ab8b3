// Running a script: parse, compile, execute as __main__, and report an
// uncaught exception the way CPython does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexer/source.h"

namespace eddy::cli {

// Runs `source` as the main module with sys.argv = `argv` (the script
// path, then its arguments); returns the process exit status (0, 1 after
// an uncaught exception or syntax error, or SystemExit's code).
int run_main(std::shared_ptr<const lexer::Source> source, std::vector<std::string> argv);

}  // namespace eddy::cli

// Running a main program: a VM with builtins, sys.argv and the import
// system, a __main__ module, a script run in it, and an uncaught exception
// reported the way CPython does. The REPL (cli/repl.h) runs in the same setup.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lexer/source.h"
#include "vm/heap.h"
#include "vm/module.h"
#include "vm/vm.h"

namespace eddy::cli {

// A VM set up to run __main__: sys.argv = `argv`, `script_directory` first
// on sys.path. The destructor does what CPython's shutdown does to the main
// module (its generators are closed, its objects finalized), and ends the
// process by SIGINT if it was interrupted.
class MainProgram {
 public:
  MainProgram(std::vector<std::string> argv, const std::string& script_directory);
  ~MainProgram();
  MainProgram(const MainProgram&) = delete;
  MainProgram& operator=(const MainProgram&) = delete;

  vm::VM& vm() { return vm_; }
  vm::Module* main() { return main_.get(); }

  // Takes the VM's pending exception: a SystemExit gives the exit status;
  // anything else is printed as a traceback to stderr (nullopt returned).
  std::optional<int> report_exception();
  // Code that ran to its end: the program no longer ends as interrupted.
  void run_finished() { interrupted_ = false; }

 private:
  vm::VM vm_;
  // The last code run ended with an uncaught KeyboardInterrupt: as
  // CPython, the process then ends killed by SIGINT, once shut down.
  bool interrupted_ = false;
  vm::Root<vm::Module> builtins_;
  vm::Root<vm::Module> main_;
};

// Runs `source` as the main module with sys.argv = `argv` (the script
// path, then its arguments); returns the process exit status (0, 1 after
// an uncaught exception or syntax error, or SystemExit's code). With
// `then` (python -i), a script that did not exit with SystemExit is
// followed by `then`, whose result is the exit status. An `observer`
// (eddy --trace, --timeline) watches the whole run, shutdown included;
// it must outlive the call.
int run_main(std::shared_ptr<const lexer::Source> source, std::vector<std::string> argv,
             const std::function<int(MainProgram&)>& then = nullptr,
             vm::Observer* observer = nullptr);

}  // namespace eddy::cli

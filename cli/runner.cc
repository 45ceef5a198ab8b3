// From a source file to a finished run.
#include "cli/runner.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "compiler/compiler.h"
#include "parser/parser.h"
#include "stdlib/builtins.h"
#include "stdlib/native_modules.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/protocols.h"
#include "vm/signals.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::cli {

namespace {

// SystemExit's code becomes the exit status: None is 0, an int is itself,
// anything else is printed to stderr and gives 1 (as CPython does).
int exit_status_for(vm::VM& vm, vm::Value exception) {
  auto* e = static_cast<vm::Exception*>(exception.as_object());
  if (e->args->size == 0) return 0;
  vm::Value code = e->args->size == 1 ? (*e->args)[0] : vm::Value::from_object(e->args);
  if (code.is(vm.none())) return 0;
  if (vm::is_int(vm, code)) {
    std::optional<int64_t> status = vm::int_to_int64(vm, code);
    return status ? static_cast<int>(*status & 0xFF) : 1;
  }
  std::string text = vm::to_utf8(static_cast<vm::Str*>(vm::str(vm, code).as_object()));
  std::cerr << text << "\n";
  return 1;
}

// sys.path[0]: the directory of the script as the command line names it
// ("" for a script in the current directory), so that modules found beside
// the script are named relative to it in tracebacks, as the test suite's
// expected output has them.
std::string script_directory(const std::string& script_path) {
  return std::filesystem::path(script_path).parent_path().string();
}

// What CPython's shutdown does to the main module, in small: the objects
// its names hold are released in the order the names were bound, so a
// suspended generator held by a global is closed (its `finally` runs) and a
// coroutine never awaited warns; then the module's namespace is emptied and
// a last collection finalizes what only it kept alive.
void finalize_main_module(vm::VM& vm, vm::Module* main) {
  vm::Root<vm::Module> module(vm.heap(), main);
  vm::Root<vm::List> held(vm.heap(), vm::make_list(vm));
  int64_t position = 0;
  vm::Value key;
  vm::Value value;
  while (vm::dict_next(module->dict, position, &key, &value)) {
    if (value.is_object() && vm.type_of(value)->gc.finalize) {
      vm::list_append(vm, held.get(), value);
    }
  }
  for (int64_t i = 0; i < held->size; ++i) {
    vm::Object* object = held->items[i].as_object();
    object->type->gc.finalize(vm, object);
  }
  module->dict = vm::make_dict(vm);
  held->size = 0;
  vm.heap().collect();
  vm.run_pending_finalizers();
  vm.take_exception();
}

// __main__.__file__: as CPython 3.11 sets it, the script's path made
// absolute by joining the current directory to the path as given, with no
// other normalization (`./a.py` becomes `/cwd/./a.py`).
std::string main_file_path(const std::string& given) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(given, error);
  return error ? given : absolute.string();
}

// CPython's exit after an uncaught KeyboardInterrupt: killed by SIGINT
// with its default action, so that the shell (or the script) that ran the
// program sees that the user pressed Ctrl-C.
[[noreturn]] void exit_by_sigint() {
  std::fflush(nullptr);
  std::signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  std::_Exit(128 + SIGINT);
}

}  // namespace

MainProgram::MainProgram(std::vector<std::string> argv, const std::string& script_directory)
    : builtins_(vm_.heap(), vm::Value::null()), main_(vm_.heap(), vm::Value::null()) {
  if (const char* stress = std::getenv("EDDY_GC_STRESS"); stress && *stress == '1') {
    vm_.heap().set_stress(true);
  }
  vm::install_default_signal_handlers();
  builtins_.set(vm::Value::from_object(stdlib::make_builtins_module(vm_)));
  vm_.set_builtins(builtins_->dict);
  vm_.argv = std::move(argv);
  stdlib::register_native_modules();
  vm::init_import_system(vm_, script_directory);

  main_.set(vm::Value::from_object(vm::make_module(vm_, vm_.intern("__main__"))));
  vm::dict_set_str(vm_, main_->dict, vm_.intern("__builtins__"), builtins_.value());
  vm::dict_set_str(vm_, vm_.sys_modules, vm_.intern("builtins"), builtins_.value());
  vm::dict_set_str(vm_, vm_.sys_modules, vm_.intern("__main__"), main_.value());
}

MainProgram::~MainProgram() {
  finalize_main_module(vm_, main_.get());
  std::fflush(stdout);
  if (interrupted_) exit_by_sigint();
}

std::optional<int> MainProgram::report_exception() {
  vm::Root<vm::Object> exception(vm_.heap(), vm_.take_exception());
  std::fflush(stdout);
  interrupted_ = vm::is_subtype(vm_.type_of(exception.value()), vm_.exceptions().KeyboardInterrupt);
  if (vm::is_subtype(vm_.type_of(exception.value()), vm_.exceptions().SystemExit)) {
    return exit_status_for(vm_, exception.value());
  }
  std::cerr << vm::format_exception(vm_, exception.value());
  return std::nullopt;
}

int run_main(std::shared_ptr<const lexer::Source> source, std::vector<std::string> argv,
             const std::function<int(MainProgram&)>& then, vm::Observer* observer) {
  MainProgram program(std::move(argv), script_directory(source->filename()));
  program.vm().observer = observer;
  int status = 0;
  // A script read from stdin (main.cc names it <stdin>) cannot be read
  // again: its tracebacks show no source lines, as CPython's.
  bool is_file = source->filename() != "<stdin>";
  vm::VM& vm = program.vm();
  vm::Root<vm::Str> file(
      vm.heap(), vm::make_str(vm, is_file ? main_file_path(source->filename()) : "<stdin>"));
  vm::dict_set_str(vm, program.main()->dict, vm.intern("__file__"), file.value());
  vm::dict_set_str(vm, program.main()->dict, vm.intern("__cached__"), vm.none());
  if (!vm::run_source_in_module(vm, source, program.main(), is_file)) {
    std::optional<int> exit_status = program.report_exception();
    if (exit_status) return *exit_status;
    status = 1;
  }
  return then ? then(program) : status;
}

}  // namespace eddy::cli

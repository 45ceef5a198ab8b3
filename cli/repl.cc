// The REPL's loop: prompts, gathering the lines of one statement, running
// it, and the event loop behind top-level `await`.
#include "cli/repl.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/input_completeness.h"
#include "cli/line_reader.h"
#include "compiler/codegen.h"
#include "lexer/source.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/protocols.h"
#include "vm/signals.h"
#include "vm/str.h"
#include "vm/traceback.h"

namespace eddy::cli {

namespace {

constexpr std::string_view kBanner =
    "Eddy 0.1 (Python 3.11 compatible) [C++20]\n"
    "Type \"exit()\" or press Ctrl-D to leave.\n";

// Where the lines come from: libedit on a terminal, plain stdin otherwise.
class LineSource {
 public:
  explicit LineSource(bool terminal) {
    if (terminal) reader_.emplace();
  }

  LineReader::Result read(const std::string& prompt) {
    if (reader_) return reader_->read(prompt);
    std::cerr << prompt << std::flush;
    std::string line;
    if (std::getline(std::cin, line)) return {LineReader::Status::Line, line};
    // A read interrupted by a signal (Ctrl-C) is not the end of the input.
    if (std::ferror(stdin) && errno == EINTR) {
      std::clearerr(stdin);
      std::cin.clear();
      return {LineReader::Status::Interrupted, {}};
    }
    return {LineReader::Status::EndOfInput, {}};
  }

 private:
  std::optional<LineReader> reader_;
};

// The event loop that top-level `await` runs on, made the first time a
// statement needs it (or asyncio is imported) and kept for the session, so
// that a task created by one statement runs while a later one awaits. A
// statement without `await` runs with it as the running loop, as under
// `python3.11 -m asyncio`, so that asyncio.create_task() works there too.
class AsyncioLoop {
 public:
  explicit AsyncioLoop(vm::VM& vm)
      : vm_(vm), loop_(vm.heap(), vm::Value::null()), events_(vm.heap(), vm::Value::null()) {}

  bool exists() const { return !loop_.value().is_null(); }

  // Creates the loop when asyncio has been imported.
  bool start_if_imported() {
    if (exists() || vm::dict_get_str(vm_, vm_.sys_modules, vm_.intern("asyncio")).is_null()) {
      return true;
    }
    return start();
  }

  // asyncio.new_event_loop(), made the current loop.
  bool start() {
    if (exists()) return true;
    vm::Root<vm::Object> asyncio(vm_.heap(), vm::import_module(vm_, "asyncio"));
    if (asyncio.value().is_null()) return false;
    vm::Root<vm::Object> events(vm_.heap(), vm::import_module(vm_, "asyncio.events"));
    if (events.value().is_null()) return false;
    vm::Root<vm::Object> loop(vm_.heap(), call_attribute(asyncio.value(), "new_event_loop", {}));
    if (loop.value().is_null()) return false;
    if (call_attribute(asyncio.value(), "set_event_loop", {loop.value()}).is_null()) return false;
    loop_.set(loop.value());
    events_.set(events.value());
    return true;
  }

  bool set_running(bool running) {
    if (!exists()) return true;
    return !call_attribute(events_.value(), "_set_running_loop",
                           {running ? loop_.value() : vm_.none()})
                .is_null();
  }

  bool run_until_complete(vm::Value coroutine) {
    return !call_attribute(loop_.value(), "run_until_complete", {coroutine}).is_null();
  }

 private:
  vm::Value call_attribute(vm::Value object, const char* name,
                           std::initializer_list<vm::Value> arguments) {
    vm::Value function = vm::get_attribute(vm_, object, vm_.intern(name));
    if (function.is_null()) return function;
    vm::Root<vm::Object> rooted(vm_.heap(), function);
    return vm::call(vm_, rooted.value(), arguments);
  }

  vm::VM& vm_;
  vm::Root<vm::Object> loop_;
  vm::Root<vm::Object> events_;
};

// sys.ps1 or sys.ps2 as a string ("" if str() of it fails).
std::string prompt(vm::VM& vm, const char* name, const char* fallback) {
  vm::Value sys = vm::dict_get_str(vm, vm.sys_modules, vm.intern("sys"));
  if (sys.is_null()) return fallback;
  vm::Value value = vm::get_attribute(vm, sys, vm.intern(name));
  if (value.is_null()) {
    vm.take_exception();
    return fallback;
  }
  vm::Value text = vm::str(vm, value);
  if (text.is_null()) {
    vm.take_exception();
    return "";
  }
  return vm::to_utf8(static_cast<vm::Str*>(text.as_object()));
}

// Sets sys.ps1 and sys.ps2, as CPython does when it goes interactive.
void set_prompts(vm::VM& vm) {
  vm::Root<vm::Object> sys(vm.heap(), vm::import_module(vm, "sys"));
  if (sys.value().is_null()) {
    vm.take_exception();
    return;
  }
  for (auto [name, text] : {std::pair{"ps1", ">>> "}, std::pair{"ps2", "... "}}) {
    vm::Root<vm::Object> value(vm.heap(), vm::make_str(vm, text));
    vm::set_attribute(vm, sys.value(), vm.intern(name), value.value());
  }
}

// An exception raised by an awaited statement comes out of
// loop.run_until_complete(): its traceback starts with the loop's frames.
// They are dropped, so that the traceback starts at the statement, as for
// one without `await`. A Ctrl-C while the loop waits has only loop frames:
// it shows as "KeyboardInterrupt" alone.
void drop_event_loop_frames(vm::VM& vm) {
  vm::Value exception = vm.take_exception();
  auto* e = static_cast<vm::Exception*>(exception.as_object());
  vm::Value first = e->traceback;
  e->traceback = vm::Value::null();
  for (vm::Value entry = first; entry.is_object();) {
    auto* traceback = static_cast<vm::Traceback*>(entry.as_object());
    if (vm::to_utf8(traceback->frame->frame->code->filename) == "<stdin>") {
      e->traceback = entry;
      break;
    }
    entry = traceback->next ? vm::Value::from_object(traceback->next) : vm::Value::null();
  }
  vm.set_exception(exception);
}

// Compiles and runs one statement; returns false with the exception set
// if it raised (or did not compile).
bool run_statement(MainProgram& program, AsyncioLoop& asyncio, const std::string& input) {
  vm::VM& vm = program.vm();
  if (!asyncio.start_if_imported()) return false;
  lexer::Source source("<stdin>", input);
  compiler::CompileOptions options;
  options.allow_top_level_await = true;
  std::shared_ptr<const compiler::CodeUnit> unit =
      vm::compile_source(vm, source, vm::CompileMode::Single, &options, /*is_file=*/false);
  if (!unit) return false;
  vm::Root<vm::Code> code(vm.heap(), vm::load_code(vm, unit));
  if (!asyncio.set_running(true)) return false;
  vm::Root<vm::Object> result(vm.heap(), vm::run_module_code(vm, code.get(), program.main()->dict));
  vm::Root<vm::Object> raised(vm.heap(), vm.take_exception());
  if (!asyncio.set_running(false)) return false;
  if (!raised.value().is_null()) {
    vm::raise_value(vm, raised.value());
    return false;
  }
  // Code with a top-level await runs as a coroutine: its value is the
  // coroutine object, which the loop runs.
  if (vm.type_of(result.value()) != vm.types().coroutine) return true;
  if (!asyncio.start()) return false;
  if (asyncio.run_until_complete(result.value())) return true;
  drop_event_loop_frames(vm);
  return false;
}

}  // namespace

int run_repl(MainProgram& program, bool show_banner) {
  vm::VM& vm = program.vm();
  bool terminal = isatty(STDIN_FILENO);
  set_prompts(vm);
  if (show_banner) std::cerr << kBanner << std::flush;
  LineSource lines(terminal);
  AsyncioLoop asyncio(vm);
  std::string input;
  while (true) {
    std::fflush(stdout);
    LineReader::Result read = input.empty() ? lines.read(prompt(vm, "ps1", ">>> "))
                                            : lines.read(prompt(vm, "ps2", "... "));
    if (read.status == LineReader::Status::EndOfInput) {
      std::cerr << "\n";
      return 0;
    }
    if (read.status == LineReader::Status::Interrupted) {
      // Runs the handlers of the signal that interrupted a piped read
      // (a terminal's line reader catches Ctrl-C itself), so that the next
      // statement does not start with it.
      if (!vm::run_signal_handlers(vm)) vm.take_exception();
      std::cerr << "\nKeyboardInterrupt\n";
      input.clear();
      continue;
    }
    input += read.line;
    input += '\n';
    if (input_is_blank(input)) {
      input.clear();
      continue;
    }
    if (input_is_incomplete(input)) continue;
    bool finished = run_statement(program, asyncio, input);
    input.clear();
    if (finished) {
      program.run_finished();
    } else if (std::optional<int> status = program.report_exception()) {
      return *status;
    }
  }
}

}  // namespace eddy::cli

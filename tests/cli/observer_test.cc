// The VM's observer (vm/observer.h), as `eddy --trace` uses it: the events
// a program's frames report, in order; and that a VM without an observer
// still runs correctly once another one has swapped the dispatch entries.
#include "vm/observer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/runner.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/str.h"

namespace eddy::cli {
namespace {

// Records "event name" for each event of a frame of the test's file.
class RecordingObserver final : public vm::Observer {
 public:
  RecordingObserver() : Observer(/*observes_frames=*/true) {}

  std::vector<std::string> events;

  void frame_created(vm::VM&, vm::Frame* frame) override { record("create", frame); }
  void frame_started(vm::VM&, vm::Frame* frame) override {
    record(frame->generator ? "start" : "call", frame);
  }
  void frame_resumed(vm::VM&, vm::Frame* frame, vm::Value) override { record("resume", frame); }
  void frame_yielded(vm::VM&, vm::Frame* frame, vm::Value) override { record("yield", frame); }
  void frame_returned(vm::VM&, vm::Frame* frame, vm::Value) override { record("return", frame); }
  void frame_unwound(vm::VM&, vm::Frame* frame) override { record("unwind", frame); }
  void thrown_into(vm::VM&, vm::Generator* generator) override {
    record("throw", generator->frame());
  }
  void generator_closing(vm::VM&, vm::Generator* generator) override {
    record("close", generator->frame());
  }

 private:
  void record(const char* event, vm::Frame* frame) {
    events.push_back(std::string(event) + " " + vm::to_utf8(frame->code->qualname));
  }
};

// Runs `text` as __main__ of a fresh program, watched by `observer` (if
// any), and returns its global `result`, a small int (-1 if it is not).
int64_t run(const std::string& text, vm::Observer* observer) {
  MainProgram program({"test.py"}, "");
  program.vm().observer = observer;
  auto source = std::make_shared<const lexer::Source>("test.py", text);
  EXPECT_TRUE(vm::run_source_in_module(program.vm(), source, program.main()));
  vm::Value result =
      vm::dict_get_str(program.vm(), program.main()->dict, program.vm().intern("result"));
  program.vm().observer = nullptr;
  return result.is_small_int() ? result.as_small_int() : -1;
}

constexpr const char* kGeneratorProgram =
    "def gen():\n"
    "    try:\n"
    "        yield 1\n"
    "        yield 2\n"
    "    except KeyError:\n"
    "        raise ValueError\n"
    "def main():\n"
    "    g = gen()\n"
    "    total = next(g) + g.send(None)\n"
    "    try:\n"
    "        g.throw(KeyError)\n"
    "    except ValueError:\n"
    "        return total\n"
    "result = main()\n";

TEST(ObserverTest, ReportsFrameEventsInOrder) {
  RecordingObserver observer;
  EXPECT_EQ(run(kGeneratorProgram, &observer), 3);
  std::vector<std::string> expected = {
      "call <module>", "call main", "create gen", "start gen",   "yield gen",       "resume gen",
      "yield gen",     "throw gen", "unwind gen", "return main", "return <module>",
  };
  EXPECT_EQ(observer.events, expected);
}

TEST(ObserverTest, CloseAndUnstartedGenerators) {
  RecordingObserver observer;
  EXPECT_EQ(run("def gen():\n"
                "    yield 1\n"
                "g = gen()\n"
                "g.close()\n"
                "h = gen()\n"
                "next(h)\n"
                "h.close()\n"
                "result = 7\n",
                &observer),
            7);
  std::vector<std::string> expected = {
      "call <module>", "create gen", "close gen", "create gen", "start gen",
      "yield gen",     "close gen",  "throw gen", "unwind gen", "return <module>",
  };
  EXPECT_EQ(observer.events, expected);
}

TEST(ObserverTest, UnobservedVMRunsAfterAnObservedOne) {
  // The first run swaps the dispatch entries for the process; the second
  // VM has no observer, and must run as if nothing had happened.
  RecordingObserver observer;
  EXPECT_EQ(run(kGeneratorProgram, &observer), 3);
  EXPECT_EQ(run(kGeneratorProgram, nullptr), 3);
  EXPECT_EQ(run("def fib(n):\n"
                "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                "result = sum(x for x in [fib(15)])\n",
                nullptr),
            610);
}

}  // namespace
}  // namespace eddy::cli

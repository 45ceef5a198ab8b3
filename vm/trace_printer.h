// TracePrinter: `eddy --trace`. One line on stderr for each frame event
// of vm/observer.h, indented by the frame's depth, naming its code, file
// and line, and the asyncio task being stepped, if any. docs/coroutines.md
// ("Watching it happen") describes the format and each event.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vm/observer.h"

namespace eddy::vm {

struct Code;

class TracePrinter final : public Observer {
 public:
  // Frames running Eddy's own library (stdlib/lib, frozen into the binary:
  // asyncio's loop and tasks, ...) are left out, and not counted in the
  // depth, unless `show_library`.
  explicit TracePrinter(bool show_library);

  void frame_created(VM& vm, Frame* frame) override;
  void frame_started(VM& vm, Frame* frame) override;
  void frame_resumed(VM& vm, Frame* frame, Value sent) override;
  void frame_yielded(VM& vm, Frame* frame, Value value) override;
  void frame_returned(VM& vm, Frame* frame, Value value) override;
  void frame_unwound(VM& vm, Frame* frame) override;
  void thrown_into(VM& vm, Generator* generator) override;
  void generator_closing(VM& vm, Generator* generator) override;
  void task_step_began(VM& vm, Value task) override;
  void task_step_ended(VM& vm, Value task) override;

 private:
  bool shown(const Code* code) const;
  // How many shown frames there are from `frame` outwards.
  int depth_of(const Frame* frame) const;
  // One line: the event at `depth`, for `code` at `line`, then `detail`
  // (" -> 42"), then the current task.
  void print(int depth, std::string_view event, const Code* code, int line,
             std::string_view detail);
  // An event of a frame about to be linked in by a throw or close: one
  // level deeper than the running frame.
  void print_entering(VM& vm, std::string_view event, Generator* generator,
                      std::string_view detail);

  bool show_library_;
  std::vector<std::string> tasks_;  // the tasks being stepped, innermost last
};

}  // namespace eddy::vm

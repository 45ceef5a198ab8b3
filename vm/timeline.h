// Timeline: `eddy --timeline FILE`. Each step asyncio runs of a task
// becomes a complete ("X") event of Chrome's trace-event format, which
// Perfetto (ui.perfetto.dev) and chrome://tracing open: one track per
// task, a slice per step; and each callback the event loop runs an
// instant ("i") event on a track of the loop's own. docs/coroutines.md
// shows one.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/observer.h"

namespace eddy::vm {

class Timeline final : public Observer {
 public:
  // Writes the events to `out` as they happen; the destructor closes the
  // JSON document. `process_name` labels the process in the viewer.
  Timeline(std::ostream& out, const std::string& process_name);
  ~Timeline() override;

  void task_step_began(VM& vm, Value task) override;
  void task_step_ended(VM& vm, Value task) override;
  void loop_callback(VM& vm, Value callback) override;

 private:
  struct Step {
    int track;
    std::string task;
    std::string coroutine;
    double start;  // microseconds since the timeline began
  };

  double now() const;
  // The track (the "tid") of the task named `task`, named after it on
  // first use: 2, 3, ... (1 is the event loop's).
  int track_of(const std::string& task);
  void write_event(const std::string& json);

  std::ostream& out_;
  std::chrono::steady_clock::time_point begin_;
  bool first_event_ = true;
  bool loop_track_named_ = false;
  std::vector<Step> steps_;  // begun and not yet ended, innermost last
  std::unordered_map<std::string, int> tracks_;
  std::unordered_map<std::string, int> step_counts_;  // per task: the "step" arg
};

}  // namespace eddy::vm

// `eddy --timeline FILE`: task steps as Chrome trace events.
//
// The document is {"traceEvents": [...], "displayTimeUnit": "ms"}: one
// metadata ("M") event naming the process, one naming each track when it
// first has an event, a complete ("X") event per step, written when the
// step ends, and an instant ("i") event per loop callback. Times are
// microseconds since the run began, with nanosecond digits. Everything
// runs on one thread, so the event loop's callbacks get track (a "tid") 1,
// and each task a track of its own, numbered from 2 in the order tasks
// first ran.
#include "vm/timeline.h"

#include <cstdio>

#include "vm/observer_support.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// All events belong to one process.
constexpr int kProcessId = 1;
// The event loop's callbacks are on this track; tasks have the next ones.
constexpr int kLoopTrack = 1;

// `text` as a JSON string literal (UTF-8 passes through).
std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string json_number(double microseconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", microseconds);
  return text;
}

std::string metadata_event(const char* what, int track, const std::string& name) {
  return "{\"name\": \"" + std::string(what) +
         "\", \"ph\": \"M\", \"pid\": " + std::to_string(kProcessId) +
         ", \"tid\": " + std::to_string(track) + ", \"args\": {\"name\": " + json_string(name) +
         "}}";
}

}  // namespace

Timeline::Timeline(std::ostream& out, const std::string& process_name)
    : Observer(/*observes_frames=*/false), out_(out), begin_(std::chrono::steady_clock::now()) {
  out_ << "{\"traceEvents\": [\n";
  write_event(metadata_event("process_name", 0, process_name));
}

Timeline::~Timeline() {
  out_ << "\n],\n\"displayTimeUnit\": \"ms\"}\n";
  out_.flush();
}

double Timeline::now() const {
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - begin_)
      .count();
}

int Timeline::track_of(const std::string& task) {
  auto [entry, added] =
      tracks_.try_emplace(task, kLoopTrack + 1 + static_cast<int>(tracks_.size()));
  if (added) write_event(metadata_event("thread_name", entry->second, task));
  return entry->second;
}

void Timeline::write_event(const std::string& json) {
  if (!first_event_) out_ << ",\n";
  first_event_ = false;
  out_ << json;
}

void Timeline::task_step_began(VM& vm, Value task) {
  Step step;
  {
    ObserverPause pause(vm);
    step.task = task_name(vm, task);
    step.coroutine = task_coroutine_name(vm, task);
  }
  step.track = track_of(step.task);
  // Measured last, so that naming the task is not counted in its step.
  step.start = now();
  steps_.push_back(std::move(step));
}

void Timeline::task_step_ended(VM&, Value) {
  double end = now();
  if (steps_.empty()) return;
  Step step = std::move(steps_.back());
  steps_.pop_back();
  int number = ++step_counts_[step.task];
  write_event("{\"name\": " + json_string(step.task) +
              ", \"cat\": \"task\", \"ph\": \"X\", \"ts\": " + json_number(step.start) +
              ", \"dur\": " + json_number(end - step.start) + ", \"pid\": " +
              std::to_string(kProcessId) + ", \"tid\": " + std::to_string(step.track) +
              ", \"args\": {\"coro\": " + json_string(step.coroutine) +
              ", \"step\": " + std::to_string(number) + "}}");
}

void Timeline::loop_callback(VM& vm, Value callback) {
  std::string name;
  {
    ObserverPause pause(vm);
    name = callable_name(vm, callback);
  }
  if (!loop_track_named_) {
    write_event(metadata_event("thread_name", kLoopTrack, "event loop"));
    loop_track_named_ = true;
  }
  write_event("{\"name\": " + json_string(name) +
              ", \"cat\": \"callback\", \"ph\": \"i\", \"s\": \"t\", \"ts\": " +
              json_number(now()) + ", \"pid\": " + std::to_string(kProcessId) +
              ", \"tid\": " + std::to_string(kLoopTrack) + "}");
}

}  // namespace eddy::vm

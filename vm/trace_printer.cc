// `eddy --trace`: each frame event as one line on stderr.
#include "vm/trace_printer.h"

#include <algorithm>
#include <cstdio>

#include "vm/async_generator.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/observer_support.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// A value's repr is cut to this many characters, so that a line stays a
// line; what is cut ends with "...".
constexpr size_t kReprLimit = 50;
// Events are padded to the longest name, so that the code names line up.
constexpr size_t kEventWidth = 6;

bool starts_character(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;  // not a UTF-8 continuation
}

// repr(value), shortened; "<repr failed>" if it raised.
std::string short_repr(VM& vm, Value value) {
  Root<Object> rooted(vm.heap(), value);
  ObserverPause pause(vm);
  std::string text = repr_utf8(vm, value);
  if (vm.has_exception()) return "<repr failed>";
  if (static_cast<size_t>(std::count_if(text.begin(), text.end(), starts_character)) <=
      kReprLimit) {
    return text;
  }
  size_t end = 0;
  for (size_t kept = 0; end < text.size(); ++end) {
    if (starts_character(text[end]) && kept++ == kReprLimit - 3) break;
  }
  text.resize(end);
  return text + "...";
}

int current_line(const Frame* frame) {
  return line_of(frame->code, frame->current_offset());
}

}  // namespace

TracePrinter::TracePrinter(bool show_library)
    : Observer(/*observes_frames=*/true), show_library_(show_library) {}

bool TracePrinter::shown(const Code* code) const {
  // The library's modules, and the Python parts of native ones, are
  // compiled under file names like "<frozen asyncio.tasks>" (vm/import.cc,
  // stdlib/native_module.h).
  return show_library_ || !to_utf8(code->filename).starts_with("<frozen ");
}

int TracePrinter::depth_of(const Frame* frame) const {
  int depth = 0;
  for (; frame; frame = frame->previous) {
    if (shown(frame->code)) ++depth;
  }
  return depth;
}

void TracePrinter::print(int depth, std::string_view event, const Code* code, int line,
                         std::string_view detail) {
  std::string text(2 * static_cast<size_t>(depth > 0 ? depth - 1 : 0), ' ');
  text += event;
  if (event.size() < kEventWidth) text.append(kEventWidth - event.size(), ' ');
  text += ' ';
  text += to_utf8(code->qualname);
  text += ' ';
  text += to_utf8(code->filename);
  text += ':';
  text += std::to_string(line);
  text += detail;
  if (!tasks_.empty()) {
    text += "  [";
    text += tasks_.back();
    text += ']';
  }
  text += '\n';
  // What the program printed so far comes first, so that the two streams
  // interleave in order on a terminal (or with 2>&1).
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void TracePrinter::print_entering(VM& vm, std::string_view event, Generator* generator,
                                  std::string_view detail) {
  Frame* frame = generator->frame();
  if (!shown(frame->code)) return;
  print(depth_of(vm.current_frame()) + 1, event, frame->code, current_line(frame), detail);
}

void TracePrinter::frame_created(VM&, Frame* frame) {
  if (!shown(frame->code)) return;
  print(depth_of(frame), "create", frame->code, frame->code->unit->first_line, "");
}

void TracePrinter::frame_started(VM&, Frame* frame) {
  if (!shown(frame->code)) return;
  print(depth_of(frame), frame->generator ? "start" : "call", frame->code,
        frame->code->unit->first_line, "");
}

void TracePrinter::frame_resumed(VM& vm, Frame* frame, Value sent) {
  if (!shown(frame->code)) return;
  // next() sends None: only a value that says something is shown.
  std::string detail = sent.is(vm.none()) ? "" : " <- " + short_repr(vm, sent);
  print(depth_of(frame), "resume", frame->code, current_line(frame), detail);
}

void TracePrinter::frame_yielded(VM& vm, Frame* frame, Value value) {
  if (!shown(frame->code)) return;
  print(depth_of(frame), "yield", frame->code, current_line(frame),
        " -> " + short_repr(vm, unwrap_async_yield(vm, value)));
}

void TracePrinter::frame_returned(VM& vm, Frame* frame, Value value) {
  if (!shown(frame->code)) return;
  print(depth_of(frame), "return", frame->code, current_line(frame),
        " -> " + short_repr(vm, value));
}

void TracePrinter::frame_unwound(VM& vm, Frame* frame) {
  if (!shown(frame->code)) return;
  print(depth_of(frame), "unwind", frame->code, current_line(frame),
        " !! " + short_repr(vm, vm.current_exception()));
}

void TracePrinter::thrown_into(VM& vm, Generator* generator) {
  print_entering(vm, "throw", generator, " <- " + short_repr(vm, vm.current_exception()));
}

void TracePrinter::generator_closing(VM& vm, Generator* generator) {
  print_entering(vm, "close", generator, "");
}

void TracePrinter::task_step_began(VM& vm, Value task) {
  ObserverPause pause(vm);
  tasks_.push_back(task_name(vm, task));
}

void TracePrinter::task_step_ended(VM&, Value) {
  if (!tasks_.empty()) tasks_.pop_back();
}

}  // namespace eddy::vm

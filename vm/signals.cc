// The C-level signal handler and running the Python-level handlers (see
// signals.h).
#include "vm/signals.h"

#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/protocols.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace signals_detail {
volatile std::sig_atomic_t arrived = 0;
}  // namespace signals_detail

namespace {

// Which signals arrived since their handlers last ran.
volatile std::sig_atomic_t tripped[NSIG] = {};

void on_signal(int signal_number) {
  tripped[signal_number] = 1;
  signals_detail::arrived = 1;
}

// A Python handler is called with the signal number and the frame that was
// running (None outside any).
bool call_handler(VM& vm, int signal_number) {
  Value handler = vm.signal_handlers[signal_number];
  if (handler.is_null()) {
    Value interrupt = make_exception(vm, vm.exceptions().KeyboardInterrupt);
    if (!interrupt.is_null()) raise_value(vm, interrupt);
    return false;
  }
  // SIG_DFL or SIG_IGN, set after the signal came.
  if (!vm.type_of(handler)->slots.call) return true;
  Frame* frame = vm.current_frame();
  Root<Object> frame_object(vm.heap(),
                            frame ? Value::from_object(frame_object_of(vm, frame)) : vm.none());
  Root<Object> rooted(vm.heap(), handler);
  return !call(vm, handler, {Value::from_small_int(signal_number), frame_object.value()}).is_null();
}

}  // namespace

bool run_signal_handlers(VM& vm) {
  if (!signal_arrived()) return true;
  signals_detail::arrived = 0;
  for (int signal_number = 1; signal_number < NSIG; ++signal_number) {
    if (!tripped[signal_number]) continue;
    tripped[signal_number] = 0;
    if (!call_handler(vm, signal_number)) {
      // The signals not handled yet wait for the next safe point.
      for (int later = signal_number + 1; later < NSIG; ++later) {
        if (tripped[later]) signals_detail::arrived = 1;
      }
      return false;
    }
  }
  return true;
}

bool catch_signal(int signal_number) {
  // No SA_RESTART: a blocking call fails with EINTR, so that the handlers
  // run before it is retried.
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  return sigaction(signal_number, &action, nullptr) == 0;
}

void install_default_signal_handlers() {
  struct sigaction current {};
  if (sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) return;
  catch_signal(SIGINT);
}

}  // namespace eddy::vm

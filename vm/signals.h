// Signals, as CPython's Modules/signalmodule.c handles them: the C-level
// handler only records that a signal arrived; the eval loop notices at its
// safe points (backward jumps, function entry) and blocking calls notice
// when they fail with EINTR, and both then run the Python-level handlers.
// SIGINT's default handler raises KeyboardInterrupt. The `signal` module
// (stdlib/signal_module.cc) sets the handlers.
#pragma once

#include <csignal>

#include "vm/value.h"

namespace eddy::vm {

class VM;

namespace signals_detail {
// Non-zero once a signal with a Python-level handler has arrived, until
// its handlers run. Process-wide, as signals are.
extern volatile std::sig_atomic_t arrived;
}  // namespace signals_detail

// The eval loop's test: one load of a flag.
inline bool signal_arrived() {
  return signals_detail::arrived != 0;
}

// Runs the Python handlers of the signals that arrived since the last run
// (a null handler in vm.signal_handlers[SIGINT] raises KeyboardInterrupt).
// True when there was nothing to run or the handlers returned; false with
// the exception a handler raised set (any signals still waiting run at the
// next call). Blocking calls interrupted by a signal (EINTR) call this,
// then retry unless it failed (PEP 475).
bool run_signal_handlers(VM& vm);

// Makes the C-level handler catch `signal_number`, which the Python-level
// handler vm.signal_handlers[signal_number] (or SIGINT's default) then
// handles. False with errno set if sigaction() failed.
bool catch_signal(int signal_number);

// What a program run from the command line does at start-up, as CPython
// does: SIGINT raises KeyboardInterrupt, unless the process was started
// with SIGINT ignored.
void install_default_signal_handlers();

}  // namespace eddy::vm

// The signal module, in small: setting and reading Python-level handlers
// (signal, getsignal, default_int_handler), sending a signal to this
// process (raise_signal) and the alarm timers (alarm, setitimer). The
// signals' numbers are plain ints, not CPython's Signals enum. Running the
// handlers is vm/signals.cc's.
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <string>

#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/float.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/module.h"
#include "vm/os_error.h"
#include "vm/protocols.h"
#include "vm/signals.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

constexpr int64_t kDefaultHandler = 0;  // SIG_DFL
constexpr int64_t kIgnoreHandler = 1;   // SIG_IGN

// A signal number argument: an int in 1..NSIG-1.
bool signal_number_argument(VM& vm, Value value, int& out) {
  int64_t number;
  if (!ssize_argument(vm, value, number)) return false;
  if (number < 1 || number >= NSIG) {
    raise(vm, vm.exceptions().ValueError, "signal number out of range");
    return false;
  }
  out = static_cast<int>(number);
  return true;
}

// The handler as getsignal() reports it: what signal() set, else what
// the process does with the signal: SIG_IGN, SIG_DFL, or for SIGINT
// caught at start-up, default_int_handler. None for a handler that was not
// set from Python.
Value current_handler(VM& vm, Value module, int number) {
  Value handler = vm.signal_handlers[number];
  if (!handler.is_null()) return handler;
  struct sigaction action {};
  sigaction(number, nullptr, &action);
  if (action.sa_handler == SIG_IGN) return Value::from_small_int(kIgnoreHandler);
  if (action.sa_handler == SIG_DFL) return Value::from_small_int(kDefaultHandler);
  if (number != SIGINT) return vm.none();
  return dict_get_str(vm, static_cast<Module*>(module.as_object())->dict,
                      vm.intern("default_int_handler"));
}

Value signal_getsignal(VM& vm, Value module, CallArgs args) {
  int number;
  if (!check_positional(vm, "getsignal", args, 1, 1) ||
      !signal_number_argument(vm, args.values[0], number)) {
    return Value::null();
  }
  return current_handler(vm, module, number);
}

// signal(signalnum, handler): SIG_IGN, SIG_DFL or a callable, which runs
// with (signalnum, frame) at the next safe point after the signal comes.
// Returns the previous handler.
Value signal_signal(VM& vm, Value module, CallArgs args) {
  int number;
  if (!check_positional(vm, "signal", args, 2, 2) ||
      !signal_number_argument(vm, args.values[0], number)) {
    return Value::null();
  }
  Value handler = args.values[1];
  int is_ignore = equal(vm, handler, Value::from_small_int(kIgnoreHandler));
  if (is_ignore < 0) return Value::null();
  int is_default = is_ignore ? 0 : equal(vm, handler, Value::from_small_int(kDefaultHandler));
  if (is_default < 0) return Value::null();
  if (!is_ignore && !is_default && !vm.type_of(handler)->slots.call) {
    return raise(vm, vm.exceptions().TypeError,
                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  Root<Object> previous(vm.heap(), current_handler(vm, module, number));
  bool installed = is_ignore || is_default
                       ? std::signal(number, is_ignore ? SIG_IGN : SIG_DFL) != SIG_ERR
                       : catch_signal(number);
  if (!installed) return raise_os_error(vm, errno);
  vm.signal_handlers[number] = handler;
  return previous.value();
}

// default_int_handler(signalnum, frame): SIGINT's handler.
Value signal_default_int_handler(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "default_int_handler", args, 2, 2)) return Value::null();
  Value interrupt = make_exception(vm, vm.exceptions().KeyboardInterrupt);
  return interrupt.is_null() ? interrupt : raise_value(vm, interrupt);
}

// raise_signal(signalnum): sends the signal to this process; its handler
// runs before the call returns. raise() itself checks the number.
Value signal_raise_signal(VM& vm, Value, CallArgs args) {
  int64_t number;
  if (!check_positional(vm, "raise_signal", args, 1, 1) ||
      !ssize_argument(vm, args.values[0], number)) {
    return Value::null();
  }
  if (number < INT_MIN || number > INT_MAX || std::raise(static_cast<int>(number)) != 0) {
    return raise_os_error(vm, EINVAL);
  }
  return run_signal_handlers(vm) ? vm.none() : Value::null();
}

// alarm(seconds): SIGALRM after that many seconds (0 cancels); returns
// the seconds left of the previous alarm.
Value signal_alarm(VM& vm, Value, CallArgs args) {
  int64_t seconds;
  if (!check_positional(vm, "alarm", args, 1, 1) || !ssize_argument(vm, args.values[0], seconds)) {
    return Value::null();
  }
  return make_int(vm, alarm(static_cast<unsigned>(seconds)));
}

double timeval_seconds(const timeval& value) {
  return static_cast<double>(value.tv_sec) + static_cast<double>(value.tv_usec) / 1e6;
}

timeval seconds_timeval(double seconds) {
  timeval value;
  value.tv_sec = static_cast<time_t>(seconds);
  value.tv_usec = static_cast<suseconds_t>((seconds - static_cast<double>(value.tv_sec)) * 1e6);
  return value;
}

// setitimer(which, seconds, interval=0.0): starts ITIMER_REAL (SIGALRM),
// ITIMER_VIRTUAL or ITIMER_PROF; returns the previous (delay, interval).
Value signal_setitimer(VM& vm, Value, CallArgs args) {
  int64_t which;
  if (!check_positional(vm, "setitimer", args, 2, 3) ||
      !ssize_argument(vm, args.values[0], which)) {
    return Value::null();
  }
  bool ok = true;
  double seconds = number_to_double(vm, args.values[1], ok);
  double interval = ok && args.nargs == 3 ? number_to_double(vm, args.values[2], ok) : 0.0;
  if (!ok) return Value::null();
  itimerval timer{seconds_timeval(interval), seconds_timeval(seconds)};
  itimerval previous{};
  if (setitimer(static_cast<int>(which), &timer, &previous) != 0) {
    return raise_os_error(vm, errno);
  }
  return Value::from_object(
      make_tuple(vm, {Value::from_double(timeval_seconds(previous.it_value)),
                      Value::from_double(timeval_seconds(previous.it_interval))}));
}

constexpr NativeFunctionDef kFunctions[] = {
    {"signal", signal_signal},
    {"getsignal", signal_getsignal},
    {"default_int_handler", signal_default_int_handler},
    {"raise_signal", signal_raise_signal},
    {"alarm", signal_alarm},
    {"setitimer", signal_setitimer},
};

struct NamedNumber {
  const char* name;
  int64_t value;
};

constexpr NamedNumber kNumbers[] = {
    {"SIG_DFL", kDefaultHandler},
    {"SIG_IGN", kIgnoreHandler},
    {"NSIG", NSIG},
    {"SIGHUP", SIGHUP},
    {"SIGINT", SIGINT},
    {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},
    {"SIGABRT", SIGABRT},
    {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1},
    {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},
    {"SIGPIPE", SIGPIPE},
    {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},
    {"SIGWINCH", SIGWINCH},
    {"ITIMER_REAL", ITIMER_REAL},
    {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
};

Module* make_signal_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "signal", kFunctions));
  if (module.value().is_null()) return nullptr;
  for (const NamedNumber& number : kNumbers) {
    if (!set_module_value(vm, module.get(), number.name, Value::from_small_int(number.value))) {
      return nullptr;
    }
  }
  return module.get();
}

}  // namespace

void register_signal_module() {
  register_native_module("signal", make_signal_module);
}

}  // namespace eddy::stdlib

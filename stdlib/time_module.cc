// The time module: the clocks (time, perf_counter, monotonic,
// process_time and their _ns forms), sleep, and calendar time
// (gmtime, localtime, mktime, strftime, asctime, ctime) over the C library.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <ctime>
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
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// Nanoseconds on a POSIX clock.
int64_t clock_nanoseconds(clockid_t clock) {
  timespec now;
  clock_gettime(clock, &now);
  return int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

template <clockid_t kClock, const char* kName>
Value clock_seconds(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, kName, args)) return Value::null();
  return Value::from_double(static_cast<double>(clock_nanoseconds(kClock)) * 1e-9);
}

template <clockid_t kClock, const char* kName>
Value clock_ns(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, kName, args)) return Value::null();
  return make_int(vm, clock_nanoseconds(kClock));
}

constexpr char kTime[] = "time.time";
constexpr char kTimeNs[] = "time.time_ns";
constexpr char kPerfCounter[] = "time.perf_counter";
constexpr char kPerfCounterNs[] = "time.perf_counter_ns";
constexpr char kMonotonic[] = "time.monotonic";
constexpr char kMonotonicNs[] = "time.monotonic_ns";
constexpr char kProcessTime[] = "time.process_time";
constexpr char kProcessTimeNs[] = "time.process_time_ns";

// A number of seconds given as an int or a float (as _PyTime_FromObject):
// anything else must have __index__.
bool seconds_argument(VM& vm, Value value, double& out) {
  if (is_float(vm, value)) {
    bool ok;
    out = number_to_double(vm, value, ok);
    if (std::isnan(out)) {
      raise(vm, vm.exceptions().ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    if (ok && !(std::fabs(out) < 9.2e9)) {
      raise(vm, vm.exceptions().OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    return ok;
  }
  Value integer = index(vm, value);
  if (integer.is_null()) return false;
  std::optional<int64_t> whole = int_to_int64(vm, integer);
  if (!whole || *whole > INT64_MAX / 1'000'000'000 || *whole < INT64_MIN / 1'000'000'000) {
    raise(vm, vm.exceptions().OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  out = static_cast<double>(*whole);
  return true;
}

Value time_sleep(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, "time.sleep", args)) return Value::null();
  double seconds;
  if (!seconds_argument(vm, args.values[0], seconds)) return Value::null();
  if (seconds < 0) {
    return raise(vm, vm.exceptions().ValueError, "sleep length must be non-negative");
  }
  // Until a deadline on the monotonic clock, so that a signal whose
  // handler returns does not lengthen the sleep (PEP 475); a handler that
  // raises (KeyboardInterrupt) ends it.
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole;
  double fraction = std::modf(seconds, &whole);
  deadline.tv_sec += static_cast<time_t>(whole);
  deadline.tv_nsec += static_cast<long>(fraction * 1e9);
  if (deadline.tv_nsec >= 1'000'000'000) {
    deadline.tv_sec += 1;
    deadline.tv_nsec -= 1'000'000'000;
  }
  while (int error = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr)) {
    if (error != EINTR) return raise_os_error(vm, error);
    if (!run_signal_handlers(vm)) return Value::null();
  }
  return vm.none();
}

// --- calendar time

// The struct_time class of the module's Python part.
Value make_struct_time(VM& vm, Value module, const tm& fields) {
  Value struct_time =
      dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern("struct_time"));
  if (struct_time.is_null()) return Value::null();
  Root<Object> type(vm.heap(), struct_time);
  Value values[9] = {
      Value::from_small_int(fields.tm_year + 1900),
      Value::from_small_int(fields.tm_mon + 1),
      Value::from_small_int(fields.tm_mday),
      Value::from_small_int(fields.tm_hour),
      Value::from_small_int(fields.tm_min),
      Value::from_small_int(fields.tm_sec),
      Value::from_small_int((fields.tm_wday + 6) % 7),
      Value::from_small_int(fields.tm_yday + 1),
      Value::from_small_int(fields.tm_isdst),
  };
  Root<Tuple> tuple(vm.heap(), make_tuple(vm, values));
  return call(vm, type.value(), {tuple.value()});
}

// The seconds argument of gmtime, localtime and ctime: now when missing
// or None.
bool timestamp_argument(VM& vm, std::string_view name, CallArgs args, time_t& out) {
  if (!check_positional(vm, name, args, 0, 1)) return false;
  if (args.nargs == 0 || args.values[0].is(vm.none())) {
    out = time(nullptr);
    return true;
  }
  double seconds;
  if (!seconds_argument(vm, args.values[0], seconds)) return false;
  if (!(std::fabs(seconds) < 9.2e18)) {
    raise(vm, vm.exceptions().OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(seconds);
  return true;
}

template <tm* (*Convert)(const time_t*, tm*), const char* kName>
Value broken_down_time(VM& vm, Value self, CallArgs args) {
  time_t seconds;
  if (!timestamp_argument(vm, kName, args, seconds)) return Value::null();
  tm fields;
  if (!Convert(&seconds, &fields)) return raise_os_error(vm, errno);
  return make_struct_time(vm, self, fields);
}
constexpr char kGmtime[] = "gmtime";
constexpr char kLocaltime[] = "localtime";

// A struct_time or 9-tuple as a C struct tm; `name` is the function
// whose argument it is.
bool read_struct_time(VM& vm, std::string_view name, Value value, tm& out) {
  Root<Tuple> tuple(vm.heap(), call(vm, Value::from_object(vm.types().tuple), {value}));
  if (tuple.value().is_null()) return false;
  if (tuple->size != 9) {
    raise(vm, vm.exceptions().TypeError, std::string(name) + "(): illegal time tuple argument");
    return false;
  }
  int64_t fields[9];
  for (int i = 0; i < 9; ++i) {
    if (!ssize_argument(vm, (*tuple.get())[i], fields[i])) return false;
  }
  out = tm{};
  out.tm_year = static_cast<int>(fields[0] - 1900);
  out.tm_mon = static_cast<int>(fields[1] - 1);
  out.tm_mday = static_cast<int>(fields[2]);
  out.tm_hour = static_cast<int>(fields[3]);
  out.tm_min = static_cast<int>(fields[4]);
  out.tm_sec = static_cast<int>(fields[5]);
  out.tm_wday = static_cast<int>((fields[6] + 1) % 7);
  out.tm_yday = static_cast<int>(fields[7] - 1);
  out.tm_isdst = static_cast<int>(fields[8]);
  return true;
}

// The struct_time argument of strftime and asctime: now (local time)
// when missing.
bool struct_time_argument(VM& vm, std::string_view name, CallArgs args, size_t position, tm& out) {
  if (args.nargs > position) return read_struct_time(vm, name, args.values[position], out);
  time_t now = time(nullptr);
  localtime_r(&now, &out);
  return true;
}

Value time_mktime(VM& vm, Value, CallArgs args) {
  tm fields;
  if (!vm::check_one_argument(vm, "time.mktime", args) ||
      !read_struct_time(vm, "mktime", args.values[0], fields)) {
    return Value::null();
  }
  fields.tm_wday = -1;
  time_t seconds = mktime(&fields);
  if (seconds == -1 && fields.tm_wday == -1) {
    return raise(vm, vm.exceptions().OverflowError, "mktime argument out of range");
  }
  return Value::from_double(static_cast<double>(seconds));
}

Value time_strftime(VM& vm, Value, CallArgs args) {
  if (!check_positional(vm, "strftime", args, 1, 2)) return Value::null();
  if (!is_subtype(vm.type_of(args.values[0]), vm.types().str)) {
    return raise(
        vm, vm.exceptions().TypeError,
        "strftime() argument 1 must be str, not " + to_utf8(vm.type_of(args.values[0])->name));
  }
  tm fields;
  if (!struct_time_argument(vm, "strftime", args, 1, fields)) return Value::null();
  std::string format = to_utf8(static_cast<Str*>(args.values[0].as_object()));
  if (format.empty()) return Value::from_object(vm.intern(""));
  // strftime returns 0 both for a buffer too small and for an empty
  // result, so grow the buffer up to a bound before settling on "".
  for (size_t size = 256; size <= 256 * format.size() + 256; size *= 2) {
    std::string buffer(size, '\0');
    size_t length = std::strftime(buffer.data(), size, format.c_str(), &fields);
    if (length > 0) return Value::from_object(make_str(vm, buffer.substr(0, length)));
  }
  return Value::from_object(vm.intern(""));
}

// asctime's and ctime's layout: "Thu Jan  1 00:00:00 1970".
Value format_asctime(VM& vm, const tm& fields) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  std::snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %d",
                kDays[(fields.tm_wday % 7 + 7) % 7], kMonths[(fields.tm_mon % 12 + 12) % 12],
                fields.tm_mday, fields.tm_hour, fields.tm_min, fields.tm_sec,
                1900 + fields.tm_year);
  return Value::from_object(make_str(vm, text));
}

Value time_asctime(VM& vm, Value, CallArgs args) {
  tm fields;
  if (!check_positional(vm, "asctime", args, 0, 1) ||
      !struct_time_argument(vm, "asctime", args, 0, fields)) {
    return Value::null();
  }
  return format_asctime(vm, fields);
}

Value time_ctime(VM& vm, Value, CallArgs args) {
  time_t seconds;
  if (!timestamp_argument(vm, "ctime", args, seconds)) return Value::null();
  tm fields;
  if (!localtime_r(&seconds, &fields)) return raise_os_error(vm, errno);
  return format_asctime(vm, fields);
}

constexpr NativeFunctionDef kFunctions[] = {
    {"time", clock_seconds<CLOCK_REALTIME, kTime>},
    {"time_ns", clock_ns<CLOCK_REALTIME, kTimeNs>},
    {"perf_counter", clock_seconds<CLOCK_MONOTONIC, kPerfCounter>},
    {"perf_counter_ns", clock_ns<CLOCK_MONOTONIC, kPerfCounterNs>},
    {"monotonic", clock_seconds<CLOCK_MONOTONIC, kMonotonic>},
    {"monotonic_ns", clock_ns<CLOCK_MONOTONIC, kMonotonicNs>},
    {"process_time", clock_seconds<CLOCK_PROCESS_CPUTIME_ID, kProcessTime>},
    {"process_time_ns", clock_ns<CLOCK_PROCESS_CPUTIME_ID, kProcessTimeNs>},
    {"sleep", time_sleep},
    {"gmtime", broken_down_time<gmtime_r, kGmtime>},
    {"localtime", broken_down_time<localtime_r, kLocaltime>},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
};

// struct_time is a named tuple (CPython's struct sequence), which reads
// better in Python.
constexpr std::string_view kPythonPart = R"py(
class struct_time(tuple):
    __slots__ = ()
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
               "tm_wday", "tm_yday", "tm_isdst")
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
        return "time.struct_time(" + fields + ")"
)py";

Module* make_time_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "time", kFunctions));
  if (module.value().is_null()) return nullptr;
  tzset();
  if (!set_module_value(vm, module.get(), "timezone", make_int(vm, timezone)) ||
      !run_python_part(vm, module.get(), "<frozen time>", kPythonPart)) {
    return nullptr;
  }
  return module.get();
}

}  // namespace

void register_time_module() {
  register_native_module("time", make_time_module);
}

}  // namespace eddy::stdlib

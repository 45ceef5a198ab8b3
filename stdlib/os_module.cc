// The os module: the process's environment and working directory, and
// files and directories (listdir, mkdir, remove, rename, stat, ...) over
// POSIX calls, failing with OSError subclasses as CPython does. os.path is
// the posixpath module (posixpath_module.cc).
#include <dirent.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "stdlib/keyword_arguments.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "stdlib/path_argument.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/module.h"
#include "vm/os_error.h"
#include "vm/protocols.h"
#include "vm/signals.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

extern char** environ;

namespace eddy::stdlib {

using namespace vm;

namespace {

// A path as the function returns it: bytes when the argument was bytes.
Value path_value(VM& vm, std::string_view path, bool as_bytes) {
  if (as_bytes) return Value::from_object(make_bytes(vm, path));
  return Value::from_object(make_str(vm, path));
}

// The common shape of the one-path calls: reads the argument, runs `call`
// and raises OSError(errno, ..., path) when it returns -1.
template <class Call>
Value path_call(VM& vm, std::string_view name, CallArgs args, Call&& call) {
  if (!check_positional(vm, name, positional_part(args), 1, 1)) return Value::null();
  PathArgument path;
  if (!path_argument(vm, name, args.values[0], path)) return Value::null();
  if (call(path.path.c_str()) == -1) return raise_os_error(vm, errno, path.original);
  return vm.none();
}

Value os_getcwd(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, "os.getcwd", args)) return Value::null();
  std::vector<char> buffer(4096);
  while (!getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) return raise_os_error(vm, errno);
    buffer.resize(buffer.size() * 2);
  }
  return Value::from_object(make_str(vm, buffer.data()));
}

Value os_chdir(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "chdir", args, {})) return Value::null();
  return path_call(vm, "chdir", args, [](const char* path) { return chdir(path); });
}

Value os_rmdir(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "rmdir", args, {})) return Value::null();
  return path_call(vm, "rmdir", args, [](const char* path) { return rmdir(path); });
}

template <const char* kName>
Value os_remove(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, kName, args, {})) return Value::null();
  return path_call(vm, kName, args, [](const char* path) { return unlink(path); });
}
constexpr char kRemove[] = "remove";
constexpr char kUnlink[] = "unlink";

// mkdir(path, mode=0o777)
Value os_mkdir(VM& vm, Value, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"path", "mode"};
  Value bound[2];
  if (!bind_arguments(vm, "mkdir", args, kParameters, 1, bound)) return Value::null();
  int64_t mode = 0777;
  if (!bound[1].is_null() && !ssize_argument(vm, bound[1], mode)) return Value::null();
  PathArgument path;
  if (!path_argument(vm, "mkdir", bound[0], path)) return Value::null();
  if (mkdir(path.path.c_str(), static_cast<mode_t>(mode)) == -1) {
    return raise_os_error(vm, errno, path.original);
  }
  return vm.none();
}

// rename(src, dst) and replace(src, dst): both replace an existing file.
template <const char* kName>
Value os_rename(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, kName, args, {"src", "dst"}) ||
      !check_positional(vm, kName, positional_part(args), 2, 2)) {
    return Value::null();
  }
  PathArgument source, target;
  if (!path_argument(vm, kName, args.values[0], source) ||
      !path_argument(vm, kName, args.values[1], target)) {
    return Value::null();
  }
  if (rename(source.path.c_str(), target.path.c_str()) == -1) {
    return raise_os_error(vm, errno, source.original, target.original);
  }
  return vm.none();
}
constexpr char kRename[] = "rename";
constexpr char kReplace[] = "replace";

// listdir(path='.'): the names in the directory, without '.' and '..', in
// the order the file system gives them.
Value os_listdir(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "listdir", args, {"path"}) ||
      !check_positional(vm, "listdir", positional_part(args), 0, 1)) {
    return Value::null();
  }
  Value given = args.nargs == 1 ? args.values[0] : keyword(args, vm.intern("path"));
  PathArgument path;
  path.path = ".";
  if (!given.is_null() && !given.is(vm.none()) && !path_argument(vm, "listdir", given, path)) {
    return Value::null();
  }
  DIR* directory = opendir(path.path.c_str());
  if (!directory) {
    return raise_os_error(vm, errno, given.is_null() ? Value::from_object(vm.intern(".")) : given);
  }
  std::vector<std::string> names;
  while (dirent* entry = readdir(directory)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  closedir(directory);
  Root<List> list(vm.heap(), make_list(vm));
  for (const std::string& name : names) {
    Root<Object> item(vm.heap(), path_value(vm, name, path.is_bytes));
    if (!list_append(vm, list.get(), item.value())) return Value::null();
  }
  return list.value();
}

// An os.stat_result (the module's Python part) for `info`.
Value make_stat_result(VM& vm, Value module, const struct stat& info) {
  Value type =
      dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern("stat_result"));
  if (type.is_null()) return Value::null();
  Root<Object> stat_result(vm.heap(), type);
  int64_t numbers[10] = {info.st_mode,
                         static_cast<int64_t>(info.st_ino),
                         static_cast<int64_t>(info.st_dev),
                         static_cast<int64_t>(info.st_nlink),
                         info.st_uid,
                         info.st_gid,
                         info.st_size,
                         info.st_atim.tv_sec,
                         info.st_mtim.tv_sec,
                         info.st_ctim.tv_sec};
  Value nones[10];
  std::fill(std::begin(nones), std::end(nones), vm.none());
  Root<Tuple> values(vm.heap(), make_tuple(vm, std::span<const Value>(nones, 10)));
  for (int i = 0; i < 10; ++i) {
    Value number = make_int(vm, numbers[i]);
    (*values.get())[i] = number;
  }
  auto seconds = [](const timespec& time) {
    return Value::from_double(static_cast<double>(time.tv_sec) + time.tv_nsec * 1e-9);
  };
  Root<Tuple> times(vm.heap(), make_tuple(vm, {seconds(info.st_atim), seconds(info.st_mtim),
                                               seconds(info.st_ctim)}));
  return call(vm, stat_result.value(), {values.value(), times.value()});
}

template <bool kFollowLinks, const char* kName>
Value os_stat(VM& vm, Value self, CallArgs args) {
  if (!check_keywords(vm, kName, args, {"path"}) ||
      !check_positional(vm, kName, positional_part(args), 1, 1)) {
    return Value::null();
  }
  PathArgument path;
  if (!path_argument(vm, kName, args.values[0], path, /*allow_fd=*/kFollowLinks)) {
    return Value::null();
  }
  struct stat info;
  int result = path.fd >= 0   ? fstat(path.fd, &info)
               : kFollowLinks ? stat(path.path.c_str(), &info)
                              : lstat(path.path.c_str(), &info);
  if (result == -1) {
    return raise_os_error(vm, errno, path.fd >= 0 ? Value::null() : path.original);
  }
  return make_stat_result(vm, self, info);
}
constexpr char kStat[] = "stat";
constexpr char kLstat[] = "lstat";

Value os_getpid(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, "os.getpid", args)) return Value::null();
  return make_int(vm, getpid());
}

// os.kill(pid, signal): a signal sent to this process is handled before
// the call returns.
Value os_kill(VM& vm, Value, CallArgs args) {
  int64_t pid;
  int64_t signal_number;
  if (!check_positional(vm, "kill", args, 2, 2) || !ssize_argument(vm, args.values[0], pid) ||
      !ssize_argument(vm, args.values[1], signal_number)) {
    return Value::null();
  }
  if (kill(static_cast<pid_t>(pid), static_cast<int>(signal_number)) == -1) {
    return raise_os_error(vm, errno);
  }
  return run_signal_handlers(vm) ? vm.none() : Value::null();
}

Value os_getppid(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, "os.getppid", args)) return Value::null();
  return make_int(vm, getppid());
}

Value os_cpu_count(VM& vm, Value, CallArgs args) {
  if (!check_no_arguments(vm, "os.cpu_count", args)) return Value::null();
  unsigned count = std::thread::hardware_concurrency();
  return count == 0 ? vm.none() : make_int(vm, count);
}

Value os_strerror(VM& vm, Value, CallArgs args) {
  int64_t code;
  if (!vm::check_one_argument(vm, "os.strerror", args) ||
      !ssize_argument(vm, args.values[0], code)) {
    return Value::null();
  }
  return Value::from_object(make_str(vm, std::strerror(static_cast<int>(code))));
}

Value os_urandom(VM& vm, Value, CallArgs args) {
  int64_t size;
  if (!vm::check_one_argument(vm, "os.urandom", args) ||
      !ssize_argument(vm, args.values[0], size)) {
    return Value::null();
  }
  if (size < 0) return raise(vm, vm.exceptions().ValueError, "negative argument not allowed");
  if (size > (int64_t{1} << 32)) {
    return raise_value(vm, make_exception(vm, vm.exceptions().MemoryError));
  }
  std::string data(static_cast<size_t>(size), '\0');
  for (size_t filled = 0; filled < data.size();) {
    ssize_t got = getrandom(data.data() + filled, data.size() - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(vm, errno);
    }
    filled += static_cast<size_t>(got);
  }
  return Value::from_object(make_bytes(vm, data));
}

// An environment variable's name or value: "str expected, not int".
bool environment_text(VM& vm, Value value, std::string& out) {
  if (!is_subtype(vm.type_of(value), vm.types().str)) {
    raise(vm, vm.exceptions().TypeError, "str expected, not " + to_utf8(vm.type_of(value)->name));
    return false;
  }
  out = to_utf8(static_cast<Str*>(value.as_object()));
  if (out.find('\0') != std::string::npos) {
    raise(vm, vm.exceptions().ValueError, "embedded null byte");
    return false;
  }
  return true;
}

Value os_putenv(VM& vm, Value, CallArgs args) {
  std::string name, value;
  if (!check_positional(vm, "putenv", args, 2, 2) || !environment_text(vm, args.values[0], name) ||
      !environment_text(vm, args.values[1], value)) {
    return Value::null();
  }
  if (name.empty() || name.find('=') != std::string::npos) {
    return raise(vm, vm.exceptions().ValueError, "illegal environment variable name");
  }
  if (setenv(name.c_str(), value.c_str(), 1) == -1) return raise_os_error(vm, errno);
  return vm.none();
}

Value os_unsetenv(VM& vm, Value, CallArgs args) {
  std::string name;
  if (!vm::check_one_argument(vm, "os.unsetenv", args) ||
      !environment_text(vm, args.values[0], name)) {
    return Value::null();
  }
  if (name.empty() || name.find('=') != std::string::npos) {
    return raise(vm, vm.exceptions().ValueError, "illegal environment variable name");
  }
  if (unsetenv(name.c_str()) == -1) return raise_os_error(vm, errno);
  return vm.none();
}

// The process's environment at start-up, as the dict under os.environ.
Value environment_dict(VM& vm) {
  Root<Dict> dict(vm.heap(), make_dict(vm));
  for (char** entry = environ; *entry; ++entry) {
    std::string_view text = *entry;
    size_t equals = text.find('=');
    if (equals == std::string_view::npos || equals == 0) continue;
    Root<Object> name(vm.heap(), Value::from_object(make_str(vm, text.substr(0, equals))));
    Root<Object> value(vm.heap(), Value::from_object(make_str(vm, text.substr(equals + 1))));
    if (!dict_set(vm, dict.get(), name.value(), value.value())) return Value::null();
  }
  return dict.value();
}

constexpr NativeFunctionDef kFunctions[] = {
    {"getcwd", os_getcwd},
    {"chdir", os_chdir},
    {"listdir", os_listdir},
    {"mkdir", os_mkdir},
    {"rmdir", os_rmdir},
    {"remove", os_remove<kRemove>},
    {"unlink", os_remove<kUnlink>},
    {"rename", os_rename<kRename>},
    {"replace", os_rename<kReplace>},
    {"stat", os_stat<true, kStat>},
    {"lstat", os_stat<false, kLstat>},
    {"getpid", os_getpid},
    {"getppid", os_getppid},
    {"kill", os_kill},
    {"cpu_count", os_cpu_count},
    {"strerror", os_strerror},
    {"urandom", os_urandom},
    {"putenv", os_putenv},
    {"unsetenv", os_unsetenv},
};

// The parts of os that read better in Python: environ (a mapping that
// writes through to the process environment, as CPython's _Environ),
// getenv, makedirs, stat_result and the path constants.
constexpr std::string_view kPythonPart = R"py(
import posixpath as path
import sys
from _collections_abc import Mapping, MutableMapping
sys.modules["os.path"] = path
del sys

name = "posix"
sep = path.sep
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
linesep = "\n"
devnull = "/dev/null"
fspath = path._fspath
error = OSError

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(MutableMapping):
    """os.environ: a MutableMapping whose writes reach the process
    environment (putenv, unsetenv); get, keys, pop, update and the rest are
    the collections.abc mixins, as in CPython."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        _check_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        putenv(_check_str(key), _check_str(value))
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(_check_str(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join("%r: %r" % item for item in self._data.items())
        return "environ({" + items + "})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_environ_at_start)
del _environ_at_start


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (b"." if isinstance(tail, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result:
    # A sequence of the 10 integer fields, as CPython's struct sequence;
    # the st_*time attributes are the precise float times.
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")
    n_sequence_fields = 10

    def __init__(self, fields, times):
        self._values = tuple(fields)
        self.st_atime, self.st_mtime, self.st_ctime = times

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            other = other._values
        return self._values == other

    st_mode = property(lambda self: self._values[0])
    st_ino = property(lambda self: self._values[1])
    st_dev = property(lambda self: self._values[2])
    st_nlink = property(lambda self: self._values[3])
    st_uid = property(lambda self: self._values[4])
    st_gid = property(lambda self: self._values[5])
    st_size = property(lambda self: self._values[6])

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(self._fields, self._values))
        return "os.stat_result(" + fields + ")"
)py";

Module* make_os_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "os", kFunctions));
  if (module.value().is_null() ||
      !set_module_value(vm, module.get(), "_environ_at_start", environment_dict(vm)) ||
      !run_python_part(vm, module.get(), "<frozen os>", kPythonPart)) {
    return nullptr;
  }
  return module.get();
}

}  // namespace

void register_os_module() {
  register_native_module("os", make_os_module);
}

}  // namespace eddy::stdlib

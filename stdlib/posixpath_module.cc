// The posixpath module, which os.path names: questions to the file system
// (exists, isfile, isdir, islink, getsize, getmtime, ...) natively over
// stat(), and pure path arithmetic (join, split, splitext, normpath, ...)
// in its Python part, with CPython 3.11's results and errors.
#include <sys/stat.h>

#include <cerrno>

#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "stdlib/path_argument.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/os_error.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// stat() or lstat() of the argument. False with no exception set when the
// path does not name anything (or is not a valid path: a ValueError, as
// genericpath ignores); TypeError for an argument that is not a path.
bool stat_argument(VM& vm, std::string_view name, CallArgs args, bool follow_links,
                   struct stat& info) {
  if (!vm::check_one_argument(vm, name, args)) return false;
  PathArgument path;
  if (!path_argument(vm, follow_links ? "stat" : "lstat", args.values[0], path, follow_links)) {
    if (vm.type_of(vm.current_exception()) == vm.exceptions().ValueError) vm.take_exception();
    return false;
  }
  int result = path.fd >= 0   ? fstat(path.fd, &info)
               : follow_links ? stat(path.path.c_str(), &info)
                              : lstat(path.path.c_str(), &info);
  return result == 0;
}

// The predicates: false for anything that does not exist.
template <bool kFollowLinks, bool (*Test)(mode_t), const char* kName>
Value stat_predicate(VM& vm, Value, CallArgs args) {
  struct stat info;
  if (stat_argument(vm, kName, args, kFollowLinks, info)) return vm.boolean(Test(info.st_mode));
  return vm.has_exception() ? Value::null() : vm.boolean(false);
}
bool any_mode(mode_t) {
  return true;
}
bool is_regular(mode_t mode) {
  return S_ISREG(mode);
}
bool is_directory(mode_t mode) {
  return S_ISDIR(mode);
}
bool is_link(mode_t mode) {
  return S_ISLNK(mode);
}
constexpr char kExists[] = "posixpath.exists";
constexpr char kLexists[] = "posixpath.lexists";
constexpr char kIsFile[] = "posixpath.isfile";
constexpr char kIsDir[] = "posixpath.isdir";
constexpr char kIsLink[] = "posixpath.islink";

// getsize and the times: os.stat(path)'s field, with its OSError.
template <const char* kName, Value (*Field)(VM&, const struct stat&)>
Value stat_field(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, kName, args)) return Value::null();
  PathArgument path;
  if (!path_argument(vm, "stat", args.values[0], path, true)) return Value::null();
  struct stat info;
  int result = path.fd >= 0 ? fstat(path.fd, &info) : stat(path.path.c_str(), &info);
  if (result != 0) return raise_os_error(vm, errno, path.fd >= 0 ? Value::null() : path.original);
  return Field(vm, info);
}
Value size_of(VM& vm, const struct stat& info) {
  return make_int(vm, info.st_size);
}
Value seconds(const timespec& time) {
  return Value::from_double(static_cast<double>(time.tv_sec) + time.tv_nsec * 1e-9);
}
Value modified(VM&, const struct stat& info) {
  return seconds(info.st_mtim);
}
Value accessed(VM&, const struct stat& info) {
  return seconds(info.st_atim);
}
Value changed(VM&, const struct stat& info) {
  return seconds(info.st_ctim);
}
constexpr char kGetSize[] = "posixpath.getsize";
constexpr char kGetMtime[] = "posixpath.getmtime";
constexpr char kGetAtime[] = "posixpath.getatime";
constexpr char kGetCtime[] = "posixpath.getctime";

constexpr NativeFunctionDef kFunctions[] = {
    {"exists", stat_predicate<true, any_mode, kExists>},
    {"lexists", stat_predicate<false, any_mode, kLexists>},
    {"isfile", stat_predicate<true, is_regular, kIsFile>},
    {"isdir", stat_predicate<true, is_directory, kIsDir>},
    {"islink", stat_predicate<false, is_link, kIsLink>},
    {"getsize", stat_field<kGetSize, size_of>},
    {"getmtime", stat_field<kGetMtime, modified>},
    {"getatime", stat_field<kGetAtime, accessed>},
    {"getctime", stat_field<kGetCtime, changed>},
};

// Path arithmetic on str or bytes paths, as Lib/posixpath.py computes it.
constexpr std::string_view kPythonPart = R"py(
sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = fspath(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(result).__name__))


def _sep(path):
    return b"/" if isinstance(path, bytes) else "/"


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(s).__name__)) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b"/", b"."
    else:
        sep, extsep = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        # Leading dots belong to the name: ".bashrc" has no extension.
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX gives two leading slashes a meaning of their own; three or
    # more are one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    import os
    path = _fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        path = join(cwd.encode() if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def expanduser(path):
    import os
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or "HOME" not in os.environ:
        return path
    userhome = os.environ["HOME"]
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b".", b"/", b".."
    else:
        curdir, sep, pardir = ".", "/", ".."
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
)py";

Module* make_posixpath_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "posixpath", kFunctions));
  if (module.value().is_null() || !run_python_part(vm, module.get(), "<frozen posixpath>", kPythonPart)) {
    return nullptr;
  }
  return module.get();
}

}  // namespace

void register_posixpath_module() {
  register_native_module("posixpath", make_posixpath_module);
}

}  // namespace eddy::stdlib

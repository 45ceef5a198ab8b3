// The builtin open() and the file objects it returns: TextIOWrapper for
// text (decoding, universal newlines) and BufferedReader, BufferedWriter
// and BufferedRandom for binary modes, with CPython's modes, attributes
// and errors. One object layout serves all four, over a C stdio stream.
#include "stdlib/file_object.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>

#include "stdlib/keyword_arguments.h"
#include "stdlib/path_argument.h"
#include "vm/bytes.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/os_error.h"
#include "vm/protocols.h"
#include "vm/signals.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// How a text file treats line endings (open's `newline`).
enum class Newline : uint8_t {
  kUniversal,     // None: read \r, \n and \r\n as \n; write \n as is
  kUntranslated,  // '': lines end at any of them, which are kept
  kLF,
  kCR,
  kCRLF,  // '\n', '\r', '\r\n': lines end there, and \n is written as that
};

// The classes open() instantiates, by their names in the io module.
constexpr const char* kClassNames[] = {"TextIOWrapper", "BufferedReader", "BufferedWriter",
                                       "BufferedRandom"};
enum IoClass { kTextIOWrapper, kBufferedReader, kBufferedWriter, kBufferedRandom };

struct FileObject : Object {
  std::FILE* stream;  // null once closed
  Value name;         // the file argument as given
  Str* mode;
  Str* encoding;  // used by text files only
  Str* errors;
  Module* io;  // the io module: the classes and UnsupportedOperation
  bool readable;
  bool writable;
  bool text;
  bool writing;  // the last operation wrote: a read must flush first
  Newline newline;
};

FileObject* as_file(Value self) {
  return static_cast<FileObject*>(self.as_object());
}

void trace_file(Object* object, Tracer& tracer) {
  auto* file = static_cast<FileObject*>(object);
  tracer.visit(file->name);
  tracer.visit(file->mode);
  tracer.visit(file->encoding);
  tracer.visit(file->errors);
  tracer.visit(file->io);
}

// An unreachable open file is closed, flushing what it buffered.
void destroy_file(Object* object) {
  auto* file = static_cast<FileObject*>(object);
  if (file->stream) std::fclose(file->stream);
  file->stream = nullptr;
}

Value closed_error(VM& vm) {
  return raise(vm, vm.exceptions().ValueError, "I/O operation on closed file.");
}

Value unsupported(VM& vm, FileObject* file, std::string_view message) {
  Root<Str> text(vm.heap(), make_str(vm, message));
  Value error_class = dict_get_str(vm, file->io->dict, vm.intern("UnsupportedOperation"));
  if (error_class.is_null()) return Value::null();
  Root<Object> exception(vm.heap(), call(vm, error_class, {text.value()}));
  if (exception.value().is_null()) return Value::null();
  return raise_value(vm, exception.value());
}

// Checks that the file is open and, for reading or writing, that its
// mode allows it; switches the stream's direction as stdio requires.
bool ready_to_read(VM& vm, FileObject* file) {
  if (!file->stream) return !closed_error(vm).is_null();
  if (!file->readable)
    return !unsupported(vm, file, file->text ? "not readable" : "read").is_null();
  if (file->writing) {
    std::fflush(file->stream);
    file->writing = false;
  }
  return true;
}
bool ready_to_write(VM& vm, FileObject* file) {
  if (!file->stream) return !closed_error(vm).is_null();
  if (!file->writable) {
    return !unsupported(vm, file, file->text ? "not writable" : "write").is_null();
  }
  if (!file->writing) {
    std::fseek(file->stream, 0, SEEK_CUR);
    file->writing = true;
  }
  return true;
}

// --- reading

// The next byte, with \r and \r\n read as \n in universal-newline mode.
int next_byte(FileObject* file) {
  int c = std::getc(file->stream);
  if (c == '\r' && file->text && file->newline == Newline::kUniversal) {
    int following = std::getc(file->stream);
    if (following != '\n' && following != EOF) std::ungetc(following, file->stream);
    return '\n';
  }
  return c;
}

int peek_byte(FileObject* file) {
  int c = std::getc(file->stream);
  if (c != EOF) std::ungetc(c, file->stream);
  return c;
}

bool is_utf8(const FileObject* file) {
  std::string encoding = to_utf8(file->encoding);
  return encoding == "utf-8" || encoding == "UTF-8" || encoding == "utf8" || encoding == "UTF8" ||
         encoding == "utf_8";
}

// Appends one character's bytes: in UTF-8 the continuation bytes that
// follow a lead byte belong to it.
void read_character(FileObject* file, int first, std::string& out) {
  out += static_cast<char>(first);
  if (!file->text || !is_utf8(file)) return;
  for (int c; (c = peek_byte(file)) != EOF && (c & 0xC0) == 0x80;) {
    out += static_cast<char>(std::getc(file->stream));
  }
}

// Whether `line` (which just got its last byte) is complete.
bool ends_line(FileObject* file, const std::string& line) {
  char last = line.back();
  if (!file->text) return last == '\n';
  switch (file->newline) {
    case Newline::kUniversal:
    case Newline::kLF:
      return last == '\n';
    case Newline::kCR:
      return last == '\r';
    case Newline::kCRLF:
      return last == '\n' && line.size() >= 2 && line[line.size() - 2] == '\r';
    case Newline::kUntranslated:
      if (last == '\n') return true;
      if (last != '\r') return false;
      if (peek_byte(file) == '\n') return false;  // \r\n: the \n ends it
      return true;
  }
  return false;
}

// The bytes of up to `limit` characters (all with a negative limit),
// stopping after a line ending when `one_line`. A read interrupted by a
// signal goes on once the signal's handlers ran; false if one raised
// (Ctrl-C: KeyboardInterrupt).
bool read_raw(VM& vm, FileObject* file, int64_t limit, bool one_line, std::string& out) {
  for (int64_t count = 0; limit < 0 || count < limit;) {
    int c = next_byte(file);
    if (c == EOF && std::ferror(file->stream) && errno == EINTR) {
      std::clearerr(file->stream);
      if (!run_signal_handlers(vm)) return false;
      continue;
    }
    if (c == EOF) break;
    read_character(file, c, out);
    ++count;
    if (one_line && ends_line(file, out)) break;
  }
  return true;
}

// The bytes as the file's result: bytes, or text decoded.
Value file_result(VM& vm, FileObject* file, const std::string& raw) {
  if (!file->text) return Value::from_object(make_bytes(vm, raw));
  return decode_bytes(vm, raw, to_utf8(file->encoding), to_utf8(file->errors));
}

// A size argument: None or missing means everything.
bool size_argument(VM& vm, CallArgs args, int64_t& size) {
  size = -1;
  if (args.nargs == 0 || args.values[0].is(vm.none())) return true;
  return ssize_argument(vm, args.values[0], size);
}

Value file_read(VM& vm, Value self, CallArgs args) {
  int64_t size;
  if (!check_positional(vm, "read", args, 0, 1) || !size_argument(vm, args, size) ||
      !ready_to_read(vm, as_file(self))) {
    return Value::null();
  }
  std::string raw;
  if (!read_raw(vm, as_file(self), size, false, raw)) return Value::null();
  return file_result(vm, as_file(self), raw);
}

Value file_readline(VM& vm, Value self, CallArgs args) {
  int64_t size;
  if (!check_positional(vm, "readline", args, 0, 1) || !size_argument(vm, args, size) ||
      !ready_to_read(vm, as_file(self))) {
    return Value::null();
  }
  std::string raw;
  if (!read_raw(vm, as_file(self), size, true, raw)) return Value::null();
  return file_result(vm, as_file(self), raw);
}

// readlines(hint=-1): lines until their total size reaches the hint.
Value file_readlines(VM& vm, Value self, CallArgs args) {
  int64_t hint;
  if (!check_positional(vm, "readlines", args, 0, 1) || !size_argument(vm, args, hint) ||
      !ready_to_read(vm, as_file(self))) {
    return Value::null();
  }
  Root<List> lines(vm.heap(), make_list(vm));
  int64_t total = 0;
  for (;;) {
    std::string raw;
    if (!read_raw(vm, as_file(self), -1, true, raw)) return Value::null();
    if (raw.empty()) break;
    Root<Object> line(vm.heap(), file_result(vm, as_file(self), raw));
    if (line.value().is_null() || !list_append(vm, lines.get(), line.value())) {
      return Value::null();
    }
    total += static_cast<int64_t>(raw.size());
    if (hint > 0 && total >= hint) break;
  }
  return lines.value();
}

Value file_iter(VM& vm, Value self) {
  if (!as_file(self)->stream) return closed_error(vm);
  return self;
}

Value file_next(VM& vm, Value self) {
  if (!ready_to_read(vm, as_file(self))) return Value::null();
  std::string raw;
  if (!read_raw(vm, as_file(self), -1, true, raw) || raw.empty()) return Value::null();
  return file_result(vm, as_file(self), raw);
}

// --- writing

// Writes `data` (a str for text files, bytes-like otherwise); returns the
// characters or bytes written.
Value write_data(VM& vm, FileObject* file, Value data) {
  std::string bytes;
  int64_t written;
  if (file->text) {
    if (!is_subtype(vm.type_of(data), vm.types().str)) {
      return raise(vm, vm.exceptions().TypeError,
                   "write() argument must be str, not " + to_utf8(vm.type_of(data)->name));
    }
    auto* text = static_cast<Str*>(data.as_object());
    written = text->length;
    Value encoded = encode_str(vm, text, to_utf8(file->encoding), to_utf8(file->errors));
    if (encoded.is_null()) return Value::null();
    bytes = std::string(static_cast<Bytes*>(encoded.as_object())->view());
    if (file->newline == Newline::kCR || file->newline == Newline::kCRLF) {
      std::string translated;
      for (char c : bytes) {
        if (c != '\n') {
          translated += c;
        } else {
          translated += file->newline == Newline::kCR ? "\r" : "\r\n";
        }
      }
      bytes = std::move(translated);
    }
  } else {
    if (!is_bytes_like(vm, data)) {
      return raise(
          vm, vm.exceptions().TypeError,
          "a bytes-like object is required, not '" + to_utf8(vm.type_of(data)->name) + "'");
    }
    bytes = std::string(bytes_like_view(vm, data));
    written = static_cast<int64_t>(bytes.size());
  }
  if (!ready_to_write(vm, file)) return Value::null();
  if (std::fwrite(bytes.data(), 1, bytes.size(), file->stream) != bytes.size()) {
    return raise_os_error(vm, errno);
  }
  return make_int(vm, written);
}

Value file_write(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "write", args, 1, 1)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return write_data(vm, as_file(self), args.values[0]);
}

Value file_writelines(VM& vm, Value self, CallArgs args) {
  if (!vm::check_one_argument(vm, "writelines", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  bool ok = for_each(vm, args.values[0],
                     [&](Value line) { return !write_data(vm, as_file(self), line).is_null(); });
  return ok ? vm.none() : Value::null();
}

// --- position and state

Value file_tell(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "tell", args)) return Value::null();
  FileObject* file = as_file(self);
  if (!file->stream) return closed_error(vm);
  long position = std::ftell(file->stream);
  if (position < 0) return raise_os_error(vm, errno);
  return make_int(vm, position);
}

// seek(offset, whence=0). Text files seek only to positions tell() gave,
// or by zero from the current position or the end.
Value file_seek(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "seek", args, 1, 2)) return Value::null();
  FileObject* file = as_file(self);
  if (!file->stream) return closed_error(vm);
  int64_t offset, whence = SEEK_SET;
  if (!ssize_argument(vm, args.values[0], offset) ||
      (args.nargs == 2 && !ssize_argument(vm, args.values[1], whence))) {
    return Value::null();
  }
  if (whence < 0 || whence > 2) {
    return raise(vm, vm.exceptions().ValueError,
                 "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (file->text && whence == SEEK_CUR && offset != 0) {
    return unsupported(vm, file, "can't do nonzero cur-relative seeks");
  }
  if (file->text && whence == SEEK_END && offset != 0) {
    return unsupported(vm, file, "can't do nonzero end-relative seeks");
  }
  if (file->text && offset < 0) {
    return raise(vm, vm.exceptions().ValueError,
                 "negative seek position " + std::to_string(offset));
  }
  if (std::fseek(file->stream, offset, static_cast<int>(whence)) != 0) {
    return raise_os_error(vm, errno);
  }
  file->writing = false;
  return make_int(vm, std::ftell(file->stream));
}

Value file_truncate(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "truncate", args, 0, 1)) return Value::null();
  FileObject* file = as_file(self);
  if (!ready_to_write(vm, file)) return Value::null();
  std::fflush(file->stream);
  int64_t size = std::ftell(file->stream);
  if (args.nargs == 1 && !args.values[0].is(vm.none()) &&
      !ssize_argument(vm, args.values[0], size)) {
    return Value::null();
  }
  if (ftruncate(fileno(file->stream), size) != 0) return raise_os_error(vm, errno);
  return make_int(vm, size);
}

Value file_flush(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "flush", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  std::fflush(as_file(self)->stream);
  return vm.none();
}

// close(): flushes and closes; closing again does nothing.
Value file_close(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "close", args)) return Value::null();
  FileObject* file = as_file(self);
  if (file->stream && std::fclose(file->stream) != 0) {
    file->stream = nullptr;
    return raise_os_error(vm, errno);
  }
  file->stream = nullptr;
  return vm.none();
}

Value file_fileno(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "fileno", args)) return Value::null();
  if (!as_file(self)->stream) {
    return raise(vm, vm.exceptions().ValueError, "I/O operation on closed file");
  }
  return make_int(vm, fileno(as_file(self)->stream));
}

Value file_readable(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "readable", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return vm.boolean(as_file(self)->readable);
}

Value file_writable(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "writable", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return vm.boolean(as_file(self)->writable);
}

Value file_seekable(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "seekable", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return vm.boolean(std::ftell(as_file(self)->stream) >= 0);
}

Value file_isatty(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "isatty", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return vm.boolean(isatty(fileno(as_file(self)->stream)));
}

Value file_enter(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "__enter__", args)) return Value::null();
  if (!as_file(self)->stream) return closed_error(vm);
  return self;
}

Value file_exit(VM& vm, Value self, CallArgs) {
  return file_close(vm, self, CallArgs{nullptr, 0, nullptr});
}

Value repr_file(VM& vm, Value self) {
  FileObject* file = as_file(self);
  std::string text =
      "<_io." + to_utf8(vm.type_of(self)->name) + " name=" + repr_utf8(vm, file->name);
  if (vm.has_exception()) return Value::null();
  if (file->text) {
    text += " mode='" + to_utf8(file->mode) + "' encoding='" + to_utf8(file->encoding) + "'";
  }
  return Value::from_object(make_str(vm, text + ">"));
}

constexpr NativeFunctionDef kMethods[] = {
    {"read", file_read},         {"readline", file_readline},     {"readlines", file_readlines},
    {"write", file_write},       {"writelines", file_writelines}, {"tell", file_tell},
    {"seek", file_seek},         {"truncate", file_truncate},     {"flush", file_flush},
    {"close", file_close},       {"fileno", file_fileno},         {"readable", file_readable},
    {"writable", file_writable}, {"seekable", file_seekable},     {"isatty", file_isatty},
    {"__enter__", file_enter},   {"__exit__", file_exit},
};

constexpr GetSetDef kFields[] = {
    {"closed", [](VM& vm, Value self) { return vm.boolean(!as_file(self)->stream); }},
    {"name", [](VM&, Value self) { return as_file(self)->name; }},
    {"mode", [](VM&, Value self) { return Value::from_object(as_file(self)->mode); }},
};

constexpr GetSetDef kTextFields[] = {
    {"encoding", [](VM&, Value self) { return Value::from_object(as_file(self)->encoding); }},
    {"errors", [](VM&, Value self) { return Value::from_object(as_file(self)->errors); }},
};

// --- open()

struct OpenMode {
  char kind = 0;  // 'r', 'w', 'a' or 'x'
  bool plus = false;
  bool binary = false;
};

// Parses open's mode string with CPython's errors.
bool parse_mode(VM& vm, std::string_view mode, OpenMode& out) {
  bool text = false;
  std::string seen;
  for (char c : mode) {
    if (std::string_view("rwaxb+t").find(c) == std::string_view::npos ||
        seen.find(c) != std::string::npos) {
      raise(vm, vm.exceptions().ValueError, "invalid mode: '" + std::string(mode) + "'");
      return false;
    }
    seen += c;
    if (c == 'b') {
      out.binary = true;
    } else if (c == 't') {
      text = true;
    } else if (c == '+') {
      out.plus = true;
    } else if (out.kind) {
      out.kind = '?';
    } else {
      out.kind = c;
    }
  }
  if (text && out.binary) {
    raise(vm, vm.exceptions().ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (out.kind == '?') {
    raise(vm, vm.exceptions().ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (!out.kind) {
    raise(vm, vm.exceptions().ValueError,
          "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  return true;
}

// An optional str argument of open(): "open() argument 'encoding' must be
// str or None, not int".
bool optional_text(VM& vm, Value value, const char* name, Value& out) {
  if (value.is_null() || value.is(vm.none())) return true;
  if (!is_subtype(vm.type_of(value), vm.types().str)) {
    raise(vm, vm.exceptions().TypeError,
          std::string("open() argument '") + name + "' must be str or None, not " +
              to_utf8(vm.type_of(value)->name));
    return false;
  }
  out = value;
  return true;
}

// Reads open's `newline` (null: None); false with CPython's ValueError
// for anything but None, '', '\n', '\r' and '\r\n'.
bool read_newline(VM& vm, Value newline, Newline& out) {
  out = Newline::kUniversal;
  if (newline.is_null()) return true;
  std::string text = to_utf8(static_cast<Str*>(newline.as_object()));
  if (text == "") {
    out = Newline::kUntranslated;
  } else if (text == "\n") {
    out = Newline::kLF;
  } else if (text == "\r") {
    out = Newline::kCR;
  } else if (text == "\r\n") {
    out = Newline::kCRLF;
  } else {
    raise(vm, vm.exceptions().ValueError, "illegal newline value: " + text);
    return false;
  }
  return true;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
//      newline=None, closefd=True, opener=None)
Value builtin_open(VM& vm, Value io, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"file",   "mode",    "buffering", "encoding",
                                                     "errors", "newline", "closefd",   "opener"};
  Value bound[8];
  if (!bind_arguments(vm, "open", args, kParameters, 1, bound)) return Value::null();
  Value mode_value = bound[1].is_null() ? Value::from_object(vm.intern("r")) : bound[1];
  if (!is_subtype(vm.type_of(mode_value), vm.types().str)) {
    return raise(
        vm, vm.exceptions().TypeError,
        "open() argument 'mode' must be str, not " + to_utf8(vm.type_of(mode_value)->name));
  }
  std::string mode_text = to_utf8(static_cast<Str*>(mode_value.as_object()));
  OpenMode mode;
  Value encoding = Value::null(), errors = Value::null(), newline = Value::null();
  if (!parse_mode(vm, mode_text, mode) || !optional_text(vm, bound[3], "encoding", encoding) ||
      !optional_text(vm, bound[4], "errors", errors) ||
      !optional_text(vm, bound[5], "newline", newline)) {
    return Value::null();
  }
  if (mode.binary) {
    const char* refused = !encoding.is_null()  ? "an encoding"
                          : !errors.is_null()  ? "an errors"
                          : !newline.is_null() ? "a newline"
                                               : nullptr;
    if (refused) {
      return raise(vm, vm.exceptions().ValueError,
                   std::string("binary mode doesn't take ") + refused + " argument");
    }
  }
  bool closefd = true;
  if (!bound[6].is_null()) {
    int truth = truthy(vm, bound[6]);
    if (truth < 0) return Value::null();
    closefd = truth == 1;
  }

  std::string stdio_mode(1, mode.kind == 'x' ? 'w' : mode.kind);
  if (mode.plus) stdio_mode += '+';
  if (mode.kind == 'x') stdio_mode += 'x';
  std::FILE* stream = nullptr;
  Value file_argument = bound[0];
  if (is_int(vm, file_argument)) {
    std::optional<int64_t> fd = int_to_int64(vm, file_argument);
    if (!fd || *fd < 0 || *fd > INT32_MAX) {
      return raise(vm, vm.exceptions().ValueError, "negative file descriptor");
    }
    int descriptor = closefd ? static_cast<int>(*fd) : dup(static_cast<int>(*fd));
    stream = descriptor < 0 ? nullptr : fdopen(descriptor, stdio_mode.c_str());
    if (!stream) return raise_os_error(vm, errno);
  } else {
    if (!closefd) {
      return raise(vm, vm.exceptions().ValueError, "Cannot use closefd=False with file name");
    }
    PathArgument path;
    if (!path_argument(vm, "", file_argument, path)) return Value::null();
    stream = std::fopen(path.path.c_str(), stdio_mode.c_str());
    if (!stream) return raise_os_error(vm, errno, file_argument);
    struct stat info;
    if (fstat(fileno(stream), &info) == 0 && S_ISDIR(info.st_mode)) {
      std::fclose(stream);
      return raise_os_error(vm, EISDIR, file_argument);
    }
  }

  // As in CPython, the text layer checks its arguments once the file is
  // open: an unknown encoding or a bad newline closes it again.
  Newline newline_mode;
  if (!mode.binary && !bound[2].is_null() && bound[2].is_small_int() &&
      bound[2].as_small_int() == 0) {
    std::fclose(stream);
    return raise(vm, vm.exceptions().ValueError, "can't have unbuffered text I/O");
  }
  if (!read_newline(vm, newline, newline_mode) ||
      (!encoding.is_null() &&
       decode_bytes(vm, "", to_utf8(static_cast<Str*>(encoding.as_object())), "strict")
           .is_null())) {
    std::fclose(stream);
    return Value::null();
  }
  auto* io_module = static_cast<Module*>(io.as_object());
  IoClass kind = !mode.binary       ? kTextIOWrapper
                 : mode.plus        ? kBufferedRandom
                 : mode.kind == 'r' ? kBufferedReader
                                    : kBufferedWriter;
  // FileIO's mode: "rb", "wb", "ab", "xb", with a plus as "rb+" ("ab+").
  std::string shown_mode = mode_text;
  if (mode.binary) {
    shown_mode = std::string(1, mode.plus && mode.kind == 'w' ? 'r' : mode.kind) + "b";
    if (mode.plus) shown_mode += '+';
  }
  // Everything the file refers to is made (and rooted) before the file.
  Root<Str> mode_str(vm.heap(), make_str(vm, shown_mode));
  Root<Object> rooted_name(vm.heap(), file_argument);
  Root<Object> encoding_str(vm.heap(),
                            encoding.is_null() ? Value::from_object(vm.intern("utf-8")) : encoding);
  Root<Object> errors_str(vm.heap(),
                          errors.is_null() ? Value::from_object(vm.intern("strict")) : errors);
  Value type = dict_get_str(vm, io_module->dict, vm.intern(kClassNames[kind]));
  if (type.is_null()) {
    std::fclose(stream);
    return Value::null();
  }
  auto* file = static_cast<FileObject*>(
      vm.heap().allocate(static_cast<Type*>(type.as_object()), sizeof(FileObject)));
  file->stream = stream;
  file->name = rooted_name.value();
  file->mode = mode_str.get();
  file->io = io_module;
  file->encoding = static_cast<Str*>(encoding_str.get());
  file->errors = static_cast<Str*>(errors_str.get());
  file->readable = mode.kind == 'r' || mode.plus;
  file->writable = mode.kind != 'r' || mode.plus;
  file->text = !mode.binary;
  file->newline = newline_mode;
  return Value::from_object(file);
}

constexpr NativeFunctionDef kOpen = {"open", builtin_open};

}  // namespace

bool add_open(VM& vm, Dict* builtins) {
  // open()'s receiver is the io module, which holds the classes; the
  // import system hands the same module out for `import io`.
  Root<Module> io(vm.heap(), make_module(vm, vm.intern("io")));
  for (int i = kTextIOWrapper; i <= kBufferedRandom; ++i) {
    Type* type = vm.make_builtin_type(kClassNames[i], vm.types().object, sizeof(FileObject));
    type->gc.trace = trace_file;
    type->gc.destroy = destroy_file;
    type->slots.repr = repr_file;
    type->slots.iter = file_iter;
    type->slots.next = file_next;
    add_methods(vm, type, kMethods);
    add_getsets(vm, type, kFields);
    if (i == kTextIOWrapper) add_getsets(vm, type, kTextFields);
    if (!dict_set_str(vm, io->dict, vm.intern(kClassNames[i]), Value::from_object(type))) {
      return false;
    }
  }
  // io.UnsupportedOperation is both an OSError and a ValueError.
  Root<Object> bases(vm.heap(), Value::from_object(make_tuple(
                                    vm, {Value::from_object(vm.exceptions().OSError),
                                         Value::from_object(vm.exceptions().ValueError)})));
  Root<Dict> namespace_(vm.heap(), make_dict(vm));
  Value module_name = Value::from_object(vm.intern("io"));
  if (!dict_set_str(vm, namespace_.get(), vm.intern("__module__"), module_name)) return false;
  Value type_name = Value::from_object(vm.intern("UnsupportedOperation"));
  Root<Object> unsupported_class(vm.heap(), call(vm, Value::from_object(vm.types().type),
                                                 {type_name, bases.value(), namespace_.value()}));
  if (unsupported_class.value().is_null() ||
      !dict_set_str(vm, io->dict, vm.intern("UnsupportedOperation"), unsupported_class.value())) {
    return false;
  }
  Root<Object> open(vm.heap(), make_native_function(vm, &kOpen, io.value()));
  return dict_set_str(vm, io->dict, vm.intern("open"), open.value()) &&
         dict_set_str(vm, builtins, vm.intern("open"), open.value());
}

Module* io_module(VM& vm) {
  Value open = dict_get_str(vm, vm.builtins(), vm.intern("open"));
  if (open.is_null() || vm.type_of(open) != vm.types().native_function) {
    raise(vm, vm.exceptions().ImportError, "cannot import name 'open' from 'builtins'");
    return nullptr;
  }
  return static_cast<Module*>(static_cast<NativeFunction*>(open.as_object())->self.as_object());
}

bool read_line(VM& vm, std::FILE* stream, std::string& line) {
  for (;;) {
    int c = std::fgetc(stream);
    if (c == EOF && std::ferror(stream) && errno == EINTR) {
      std::clearerr(stream);
      if (!run_signal_handlers(vm)) return false;
      continue;
    }
    if (c == EOF) return true;
    line += static_cast<char>(c);
    if (c == '\n') return true;
  }
}

void register_io_module() {
  register_native_module("io", io_module);
}

}  // namespace eddy::stdlib

// Recording tracebacks, the traceback type's attributes, and printing an
// uncaught exception as CPython 3.11's default excepthook does
// (Python/pythonrun.c and Python/traceback.c).
#include "vm/traceback.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_set>
#include <vector>

#include "lexer/source.h"
#include "vm/caret_line.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exception_group.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/protocols.h"
#include "vm/source_cache.h"
#include "vm/str.h"
#include "vm/suggestions.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// CPython prints at most the innermost sys.tracebacklimit entries
// (default 1000), and folds a run of one repeated entry after its third.
constexpr size_t kTracebackLimit = 1000;
constexpr int kRepeatedEntriesShown = 3;

void trace_traceback(Object* object, Tracer& tracer) {
  auto* traceback = static_cast<Traceback*>(object);
  tracer.visit(traceback->next);
  tracer.visit(traceback->frame);
}

Exception* as_exception(Value value) {
  return static_cast<Exception*>(value.as_object());
}
Traceback* as_traceback(Value value) {
  return static_cast<Traceback*>(value.as_object());
}

Code* code_of(const Traceback* entry) {
  return entry->frame->frame->code;
}

Value get_tb_next(VM& vm, Value self) {
  Traceback* next = as_traceback(self)->next;
  return next ? Value::from_object(next) : vm.none();
}

// tb_next can be replaced by another traceback or None, as long as that
// makes no loop.
bool set_tb_next(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exceptions().TypeError, "can't delete tb_next attribute");
    return false;
  }
  if (value.is(vm.none())) {
    as_traceback(self)->next = nullptr;
    return true;
  }
  if (vm.type_of(value) != vm.types().traceback) {
    raise(vm, vm.exceptions().TypeError,
          "expected traceback object, got '" + to_utf8(vm.type_of(value)->name) + "'");
    return false;
  }
  for (Traceback* entry = as_traceback(value); entry; entry = entry->next) {
    if (entry == as_traceback(self)) {
      raise(vm, vm.exceptions().ValueError, "traceback loop detected");
      return false;
    }
  }
  as_traceback(self)->next = as_traceback(value);
  return true;
}

constexpr GetSetDef kTracebackAttributes[] = {
    {"tb_next", get_tb_next, set_tb_next},
    {"tb_frame", [](VM&, Value self) { return Value::from_object(as_traceback(self)->frame); }},
    {"tb_lineno", [](VM&, Value self) { return Value::from_small_int(as_traceback(self)->line); }},
    // In bytes, two per instruction, as f_lasti.
    {"tb_lasti",
     [](VM&, Value self) { return Value::from_small_int(as_traceback(self)->offset * 2); }},
};

// "  File "f.py", line 3, in g", the source line without its indentation
// (trailing blanks are kept, as CPython keeps them), and the carets.
void format_entry(VM& vm, const Traceback* entry, std::string& out) {
  Code* code = code_of(entry);
  std::string filename = to_utf8(code->filename);
  out += "  File \"" + filename + "\", line " + std::to_string(entry->line) + ", in " +
         to_utf8(code->name) + "\n";
  std::string_view line = vm.sources().line(filename, entry->line);
  size_t first = line.find_first_not_of(" \t\f");
  if (first == std::string_view::npos) return;
  out += "    ";
  out += line.substr(first);
  out += "\n";
  std::string carets = format_caret_line(line, position_of(code, entry->offset));
  if (!carets.empty()) out += carets + "\n";
}

void format_repeat_count(int count, std::string& out) {
  int more = count - kRepeatedEntriesShown;
  out += "  [Previous line repeated " + std::to_string(more) +
         (more > 1 ? " more times]\n" : " more time]\n");
}

// How many entries a traceback shows: sys.tracebacklimit when it is an
// int, as CPython's PyTraceBack_Print reads it (zero or less shows none,
// not even the header), else kTracebackLimit.
size_t traceback_limit(VM& vm) {
  if (!vm.sys_modules) return kTracebackLimit;
  Value sys = dict_get_str(vm, vm.sys_modules, vm.intern("sys"));
  if (sys.is_null() || vm.type_of(sys) != vm.types().module) return kTracebackLimit;
  Value limit =
      dict_get_str(vm, static_cast<Module*>(sys.as_object())->dict, vm.intern("tracebacklimit"));
  if (limit.is_null() || !is_int(vm, limit)) return kTracebackLimit;
  std::optional<int64_t> small = int_to_int64(vm, limit);
  if (!small) return int_to_bigint(vm, limit).sign() > 0 ? SIZE_MAX : 0;
  return *small > 0 ? static_cast<size_t>(*small) : 0;
}

// The entries oldest call first, at most traceback_limit() of the
// innermost; after three consecutive entries for the same file, line and
// function, the rest of the run is only counted. Nothing (not even the
// header the caller prints) when there are none to show.
void format_traceback(VM& vm, Value traceback, std::string& out) {
  std::vector<const Traceback*> entries;
  for (Traceback* entry = traceback.is_object() ? as_traceback(traceback) : nullptr; entry;
       entry = entry->next) {
    entries.push_back(entry);
  }
  size_t limit = traceback_limit(vm);
  if (entries.empty() || limit == 0) return;
  size_t first = entries.size() > limit ? entries.size() - limit : 0;
  const Traceback* last = nullptr;
  int count = 0;
  for (size_t i = first; i < entries.size(); ++i) {
    const Traceback* entry = entries[i];
    bool repeats = last && code_of(entry)->filename == code_of(last)->filename &&
                   entry->line == last->line && code_of(entry)->name == code_of(last)->name;
    if (!repeats) {
      if (count > kRepeatedEntriesShown) format_repeat_count(count, out);
      last = entry;
      count = 0;
    }
    if (++count <= kRepeatedEntriesShown) format_entry(vm, entry, out);
  }
  if (count > kRepeatedEntriesShown) format_repeat_count(count, out);
}

// A SyntaxError raised while importing (vm/import.cc) prints like one in
// the main script: the file and line, the offending text with a caret
// under the error, then "SyntaxError: msg". The exception's attributes are
// turned back into the lexer's error so both print through one function.
bool format_syntax_error_exception(VM& vm, Value exception, std::string& out) {
  if (!is_subtype(vm.type_of(exception), vm.exceptions().SyntaxError)) return false;
  auto text_of = [&](Value value) { return to_utf8(static_cast<Str*>(value.as_object())); };
  auto is_text = [&](Value value) {
    return !value.is_null() && vm.type_of(value) == vm.types().str;
  };
  Value message = optional_attribute(vm, exception, "msg");
  Value filename = optional_attribute(vm, exception, "filename");
  Value text = optional_attribute(vm, exception, "text");
  Value line = optional_attribute(vm, exception, "lineno");
  Value offset = optional_attribute(vm, exception, "offset");
  if (!is_text(message) || !is_text(filename) || !line.is_small_int()) return false;
  if (text.is(vm.none()) || line.as_small_int() == 0) {
    // What the lexer's format has no caret for: an error the compiler
    // found in a string compiled under a made-up file name (no text), and
    // one on line 0 (blank eval input, whose text is shown as it is).
    out +=
        "  File \"" + text_of(filename) + "\", line " + std::to_string(line.as_small_int()) + "\n";
    if (is_text(text)) out += "    " + text_of(text) + "\n";
    out += to_utf8(vm.type_of(exception)->qualname) + ": " + text_of(message) + "\n";
    return true;
  }
  if (!is_text(text) || !offset.is_small_int()) return false;
  lexer::SyntaxError error;
  error.type = to_utf8(vm.type_of(exception)->qualname);
  error.message = text_of(message);
  error.line = static_cast<int>(line.as_small_int());
  error.column = static_cast<int>(offset.as_small_int()) - 1;
  Value end_line = optional_attribute(vm, exception, "end_lineno");
  Value end_offset = optional_attribute(vm, exception, "end_offset");
  if (end_line.is_small_int()) error.end_line = static_cast<int>(end_line.as_small_int());
  if (end_offset.is_small_int()) error.end_column = static_cast<int>(end_offset.as_small_int()) - 1;
  error.text = text_of(text);
  if (!error.text.empty() && error.text.back() == '\n') error.text.pop_back();
  out += lexer::format_syntax_error(lexer::Source(text_of(filename), ""), error);
  return true;
}

// The str() of a note, a repr, ...: "" and false if it failed.
bool text_of(VM& vm, Value value, Value (*convert)(VM&, Value), std::string& text) {
  Value converted = convert(vm, value);
  if (converted.is_null()) {
    vm.take_exception();
    return false;
  }
  text = to_utf8(static_cast<Str*>(converted.as_object()));
  return true;
}

// PEP 678: each item of the sequence __notes__ on its own line(s) after
// the message (3.11 iterates a str too, one character per line). Anything
// else is shown by its repr, with no line break after it.
void format_notes(VM& vm, Value exception, std::string& out) {
  Value notes = optional_attribute(vm, exception, "__notes__");
  if (notes.is_null()) return;
  Root<Object> rooted(vm.heap(), notes);
  if (!is_sequence(vm, notes)) {
    std::string text;
    out += text_of(vm, notes, repr, text) ? text : "<__notes__ repr() failed>";
    return;
  }
  int64_t count = length(vm, notes);
  if (count < 0) vm.take_exception();
  for (int64_t i = 0; i < count; ++i) {
    Value note = get_item(vm, notes, Value::from_small_int(i));
    std::string text;
    if (note.is_null()) {
      vm.take_exception();
    } else if (text_of(vm, note, str, text)) {
      out += text;
    } else {
      out += "<note str() failed>";
    }
    out += "\n";
  }
}

// "ValueError: message", or just "ValueError" when str(e) is empty. The
// class is qualified by its module unless that is builtins or __main__.
void format_exception_only(VM& vm, Value exception, std::string& out) {
  if (!format_syntax_error_exception(vm, exception, out)) {
    Type* type = vm.type_of(exception);
    std::string name = to_utf8(type->qualname);
    Value module = optional_attribute(vm, Value::from_object(type), "__module__");
    if (!module.is_null() && vm.type_of(module) == vm.types().str) {
      std::string module_name = to_utf8(static_cast<Str*>(module.as_object()));
      if (module_name != "builtins" && module_name != "__main__") name = module_name + "." + name;
    }
    std::string message;
    if (!text_of(vm, exception, str, message)) message = "<exception str() failed>";
    out += message.empty() ? name : name + ": " + message;
    if (std::optional<std::string> suggestion = suggest_name(vm, exception)) {
      out += ". Did you mean: '" + *suggestion + "'?";
    }
    out += "\n";
  }
  format_notes(vm, exception, out);
}

// Prints an exception with the chain of its causes and contexts, and an
// exception group in CPython's boxed layout (traceback.py's
// TracebackException.format): inside a group every line carries a margin
// ("| ", "+ " on the header of the outermost group) indented two columns
// per level of nesting, and each sub-exception comes under a numbered
// separator.
class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(VM& vm) : vm_(vm) {}

  // The chain is printed oldest first: an exception's cause (or context)
  // is printed before it, with CPython's linking sentence in between.
  void print(Value exception) {
    seen_.insert(exception.as_object());
    Exception* e = as_exception(exception);
    if (!e->cause.is_null() && !e->cause.is(vm_.none()) && !seen_.count(e->cause.as_object())) {
      print(e->cause);
      emit("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e->suppress_context && !e->context.is_null() && !e->context.is(vm_.none()) &&
               !seen_.count(e->context.as_object())) {
      print(e->context);
      emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (!is_exception_group(vm_, exception)) {
      print_traceback(e->traceback, "Traceback (most recent call last):\n", '|');
      print_exception_only(exception);
    } else if (depth_ > kMaxGroupDepth) {
      emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      print_group(exception);
    }
  }

  std::string take() { return std::move(out_); }

 private:
  // CPython shows the first 15 exceptions of a group and groups nested up
  // to 10 deep.
  static constexpr int64_t kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  void print_group(Value exception) {
    auto* group = static_cast<ExceptionGroup*>(exception.as_object());
    bool outermost = depth_ == 0;
    if (outermost) ++depth_;
    print_traceback(group->traceback, "Exception Group Traceback (most recent call last):\n",
                    outermost ? '+' : '|');
    print_exception_only(exception);
    Root<Tuple> exceptions(vm_.heap(), group->exceptions);
    int64_t count = exceptions->size;
    int64_t shown = std::min(count, kMaxGroupWidth + 1);
    need_close_ = false;
    for (int64_t i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      // A nested group printed last closes the box for both.
      if (last) need_close_ = true;
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out_ +=
          indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ++depth_;
      if (!truncated) {
        print((*exceptions.get())[i]);
      } else {
        int64_t remaining = count - kMaxGroupWidth;
        emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") +
             "\n");
      }
      if (last && need_close_) {
        out_ += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (outermost) depth_ = 0;
  }

  void print_traceback(Value traceback, std::string_view header, char margin) {
    std::string entries;
    format_traceback(vm_, traceback, entries);
    if (entries.empty()) return;
    emit(header, margin);
    emit(entries);
  }

  void print_exception_only(Value exception) {
    std::string text;
    format_exception_only(vm_, exception, text);
    emit(text);
  }

  std::string indent() const { return std::string(2 * depth_, ' '); }

  // Appends `text`, each of its lines behind the margin when inside a group.
  void emit(std::string_view text, char margin = '|') {
    if (depth_ == 0) {
      out_ += text;
      return;
    }
    std::string prefix = indent() + margin + " ";
    while (!text.empty()) {
      size_t end = text.find('\n');
      end = end == std::string_view::npos ? text.size() : end + 1;
      out_ += prefix;
      out_ += text.substr(0, end);
      text.remove_prefix(end);
    }
  }

  VM& vm_;
  std::string out_;
  std::unordered_set<Object*> seen_;
  int depth_ = 0;
  bool need_close_ = false;
};

}  // namespace

void add_traceback_entry(VM& vm, Frame* frame) {
  // The frame, being linked in, keeps its frame object alive.
  FrameObject* frame_object = frame_object_of(vm, frame);
  auto* traceback =
      static_cast<Traceback*>(vm.heap().allocate(vm.types().traceback, sizeof(Traceback)));
  Exception* e = as_exception(vm.current_exception());
  traceback->next = e->traceback.is_object() ? as_traceback(e->traceback) : nullptr;
  traceback->frame = frame_object;
  traceback->offset = frame->current_offset();
  traceback->line = line_of(frame->code, traceback->offset);
  e->traceback = Value::from_object(traceback);
}

std::string format_exception(VM& vm, Value exception) {
  ExceptionPrinter printer(vm);
  printer.print(exception);
  return printer.take();
}

void init_traceback_type(VM& vm) {
  Type* type = vm.types().traceback;
  type->gc.trace = trace_traceback;
  add_getsets(vm, type, kTracebackAttributes);
}

}  // namespace eddy::vm

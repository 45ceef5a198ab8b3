// Recording and printing tracebacks.
#include "vm/traceback.h"

#include <unordered_set>
#include <vector>

#include "lexer/source.h"
#include "vm/exceptions.h"
#include "vm/protocols.h"
#include "vm/source_cache.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

void trace_traceback(Object* object, Tracer& tracer) {
  auto* traceback = static_cast<Traceback*>(object);
  tracer.visit(traceback->next);
  tracer.visit(traceback->code);
}

Exception* as_exception(Value value) { return static_cast<Exception*>(value.as_object()); }

// "  File "f.py", line 3, in g" and the stripped source line, if known.
void format_entry(VM& vm, const Traceback* entry, std::string& out) {
  std::string filename = to_utf8(entry->code->filename);
  out += "  File \"" + filename + "\", line " + std::to_string(entry->line) + ", in " +
         to_utf8(entry->code->name) + "\n";
  std::string_view line = vm.sources().line(filename, entry->line);
  size_t first = line.find_first_not_of(" \t\f");
  if (first == std::string_view::npos) return;
  size_t last = line.find_last_not_of(" \t\f\r\n");
  out += "    ";
  out += line.substr(first, last - first + 1);
  out += "\n";
}

// A SyntaxError raised while importing (vm/import.cc) prints like one in
// the main script: the file and line, the offending text with a caret
// under the error, then "SyntaxError: msg". The exception's attributes are
// turned back into the lexer's error so both print through one function.
bool format_syntax_error_exception(VM& vm, Value exception, std::string& out) {
  if (!is_subtype(vm.type_of(exception), vm.exceptions().SyntaxError)) return false;
  auto attribute = [&](const char* name) {
    Value value = get_attribute(vm, exception, vm.intern(name));
    if (value.is_null()) vm.take_exception();
    return value;
  };
  auto text_of = [&](Value value) { return to_utf8(static_cast<Str*>(value.as_object())); };
  auto is_text = [&](Value value) {
    return !value.is_null() && vm.type_of(value) == vm.types().str;
  };
  Value message = attribute("msg");
  Value filename = attribute("filename");
  Value text = attribute("text");
  Value line = attribute("lineno");
  Value offset = attribute("offset");
  if (!is_text(message) || !is_text(filename) || !is_text(text) || !line.is_small_int() ||
      !offset.is_small_int()) {
    return false;
  }
  lexer::SyntaxError error;
  error.type = to_utf8(vm.type_of(exception)->qualname);
  error.message = text_of(message);
  error.line = static_cast<int>(line.as_small_int());
  error.column = static_cast<int>(offset.as_small_int()) - 1;
  Value end_line = attribute("end_lineno");
  Value end_offset = attribute("end_offset");
  if (end_line.is_small_int()) error.end_line = static_cast<int>(end_line.as_small_int());
  if (end_offset.is_small_int()) error.end_column = static_cast<int>(end_offset.as_small_int()) - 1;
  error.text = text_of(text);
  if (!error.text.empty() && error.text.back() == '\n') error.text.pop_back();
  out += lexer::format_syntax_error(lexer::Source(text_of(filename), ""), error);
  return true;
}

// "ValueError: message", or just "ValueError" when str(e) is empty. The
// class is qualified by its module unless it is a builtin or __main__.
void format_exception_only(VM& vm, Value exception, std::string& out) {
  if (format_syntax_error_exception(vm, exception, out)) return;
  Type* type = vm.type_of(exception);
  std::string name = to_utf8(type->qualname);
  Value text = str(vm, exception);
  std::string message;
  if (text.is_null()) {
    vm.take_exception();
    message = "<exception str() failed>";
  } else {
    message = to_utf8(static_cast<Str*>(text.as_object()));
  }
  out += message.empty() ? name + "\n" : name + ": " + message + "\n";
}

void format_one(VM& vm, Value exception, std::string& out) {
  std::vector<const Traceback*> entries;
  for (Value tb = as_exception(exception)->traceback; tb.is_object();) {
    auto* entry = static_cast<Traceback*>(tb.as_object());
    entries.push_back(entry);
    tb = entry->next ? Value::from_object(entry->next) : Value::null();
  }
  if (!entries.empty()) {
    out += "Traceback (most recent call last):\n";
    for (const Traceback* entry : entries) format_entry(vm, entry, out);
  }
  format_exception_only(vm, exception, out);
}

// The chain is printed oldest first: an exception's cause (or context) is
// printed before it, with CPython's linking sentence in between.
void format_chain(VM& vm, Value exception, std::unordered_set<Object*>& seen, std::string& out) {
  seen.insert(exception.as_object());
  Exception* e = as_exception(exception);
  if (!e->cause.is_null() && !e->cause.is(vm.none()) && !seen.count(e->cause.as_object())) {
    format_chain(vm, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && !e->context.is_null() && !e->context.is(vm.none()) &&
             !seen.count(e->context.as_object())) {
    format_chain(vm, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(vm, exception, out);
}

}  // namespace

void add_traceback_entry(VM& vm, Frame* frame) {
  Value exception = vm.current_exception();
  auto* traceback =
      static_cast<Traceback*>(vm.heap().allocate(vm.types().traceback, sizeof(Traceback)));
  Exception* e = as_exception(vm.current_exception());
  traceback->next = e->traceback.is_object() ? static_cast<Traceback*>(e->traceback.as_object())
                                             : nullptr;
  traceback->code = frame->code;
  traceback->offset = frame->current_offset();
  traceback->line = line_of(frame->code, traceback->offset);
  as_exception(exception)->traceback = Value::from_object(traceback);
}

std::string format_exception(VM& vm, Value exception) {
  std::string out;
  std::unordered_set<Object*> seen;
  format_chain(vm, exception, seen, out);
  return out;
}

void init_traceback_type(VM& vm) { vm.types().traceback->gc.trace = trace_traceback; }

}  // namespace eddy::vm

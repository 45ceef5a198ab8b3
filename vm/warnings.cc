// Showing the VM's own warnings (see warnings.h).
#include "vm/warnings.h"

#include <cstdio>
#include <iostream>

#include "vm/code.h"
#include "vm/frame.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

// "  line" with the line's surrounding blanks dropped; nothing for a blank
// or missing line.
std::string source_line_text(std::string_view source) {
  size_t first = source.find_first_not_of(" \t\f");
  if (first == std::string_view::npos) return {};
  size_t last = source.find_last_not_of(" \t\f\r\n");
  return "  " + std::string(source.substr(first, last - first + 1)) + "\n";
}

}  // namespace

void show_warning(VM& vm, Type* category, const std::string& message, const std::string& note) {
  std::string category_name = to_utf8(category->name);
  Frame* frame = vm.current_frame();
  std::string text;
  if (!frame) {
    text = "sys:1: " + category_name + ": " + message + "\n";
  } else {
    std::string filename = to_utf8(frame->code->filename);
    int line = line_of(frame->code, frame->current_offset());
    std::string location = filename + ":" + std::to_string(line);
    // The default filter: once per message and location.
    if (!vm.shown_warnings.insert(location + ":" + category_name + ":" + message).second) return;
    text = location + ": " + category_name + ": " + message + "\n";
    text += source_line_text(vm.sources().line(filename, line));
    if (!note.empty()) text += category_name + ": " + note + "\n";
  }
  std::fflush(stdout);
  std::cerr << text;
}

void show_compile_warnings(VM& vm, const lexer::Source& source, bool is_file,
                           const std::vector<compiler::CompileWarning>& warnings) {
  if (warnings.empty()) return;
  std::string category_name = to_utf8(vm.exceptions().SyntaxWarning->name);
  std::string text;
  for (const compiler::CompileWarning& warning : warnings) {
    text += source.filename() + ":" + std::to_string(warning.line) + ": " + category_name + ": " +
            warning.message + "\n";
    if (is_file) text += source_line_text(source.line(warning.line));
  }
  std::fflush(stdout);
  std::cerr << text;
}

}  // namespace eddy::vm

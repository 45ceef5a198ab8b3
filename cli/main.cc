// The `eddy` command: reads the command line, then runs a script (a file,
// or stdin), starts the REPL (cli/repl.h), or shows what one stage of the
// pipeline makes of a file (--tokens, --ast, --dis), or runs a script
// watched by an observer (--trace, --timeline: vm/observer.h).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/repl.h"
#include "cli/runner.h"
#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "lexer/lexer.h"
#include "lexer/token_dump.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "vm/timeline.h"
#include "vm/trace_printer.h"

namespace {

constexpr std::string_view kUsage =
    "usage: eddy [option] [file | -] [arg ...]\n"
    "  (no file)       the interactive interpreter on a terminal; else run stdin\n"
    "  file            run the script\n"
    "  -               run the script read from stdin\n"
    "  -i              after the script, the interactive interpreter\n"
    "  --tokens file   print the token stream (like python3 -m tokenize)\n"
    "  --ast file      print the syntax tree (like ast.dump(ast.parse(...)))\n"
    "  --dis file      print the bytecode (like python3 -m dis)\n"
    "  --trace file    run the script, printing to stderr each frame that is called,\n"
    "                  created, started, resumed, yields, returns, unwinds, or is\n"
    "                  thrown into or closed (frames of Eddy's own library hidden;\n"
    "                  --trace=all shows them too)\n"
    "  --timeline out.json file\n"
    "                  run the script, writing asyncio's task steps to out.json as\n"
    "                  Chrome trace events (open it in ui.perfetto.dev)\n"
    "  --help          show this message\n";

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

int report(const eddy::lexer::Source& source, const eddy::lexer::SyntaxError& error) {
  std::cout.flush();
  std::cerr << eddy::lexer::format_syntax_error(source, error);
  return 1;
}

int usage_error() {
  std::cerr << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode;
  std::string path;
  bool interactive = false;
  bool trace = false;
  bool trace_library = false;            // --trace=all
  std::string timeline_path;             // --timeline's file
  std::vector<std::string> script_argv;  // the script, then its arguments: sys.argv
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (arg == "--tokens" || arg == "--ast" || arg == "--dis") {
      mode = arg;
    } else if (arg == "-i") {
      interactive = true;
    } else if (arg == "--trace" || arg == "--trace=all") {
      trace = true;
      trace_library = arg == "--trace=all";
    } else if (arg == "--timeline" || arg.starts_with("--timeline=")) {
      if (arg == "--timeline") {
        if (++i == argc) return usage_error();
        timeline_path = argv[i];
      } else {
        timeline_path = arg.substr(std::string_view("--timeline=").size());
      }
      if (timeline_path.empty()) return usage_error();
      if (timeline_path.ends_with(".py")) {
        // `eddy --timeline script.py` forgot the output file: do not
        // write JSON over the script.
        std::cerr << "eddy: --timeline writes JSON to its file, not to the script '"
                  << timeline_path << "'\n";
        return 2;
      }
    } else if (arg.starts_with("--trace=")) {
      return usage_error();
    } else {
      path = arg;
      script_argv.assign(argv + i, argv + argc);
      break;
    }
  }
  bool observed = trace || !timeline_path.empty();
  if (path.empty() && !mode.empty()) return usage_error();
  // An observer watches a script run, once: not a stage's output, not the
  // interactive interpreter, not both at a time.
  if (observed && (!mode.empty() || interactive || (path.empty() && isatty(STDIN_FILENO)) ||
                   (trace && !timeline_path.empty()))) {
    return usage_error();
  }
  if ((path.empty() && isatty(STDIN_FILENO)) || (interactive && (path.empty() || path == "-"))) {
    eddy::cli::MainProgram program({path}, "");
    return eddy::cli::run_repl(program);
  }
  std::string text;
  if (path.empty() || path == "-") {
    // A script piped in is read whole and run under the name <stdin>, with
    // sys.argv[0] '' (or '-' when named), as CPython does.
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    text = buffer.str();
    if (path.empty()) script_argv = {""};
    path = "<stdin>";
  } else if (!read_file(path, text)) {
    std::cerr << "eddy: can't open file '" << path << "': [Errno 2] No such file or directory\n";
    return 2;
  }
  if (mode.empty()) {
    auto source = std::make_shared<const eddy::lexer::Source>(path, std::move(text));
    if (interactive) {
      return eddy::cli::run_main(source, std::move(script_argv),
                                 [](eddy::cli::MainProgram& program) {
                                   return eddy::cli::run_repl(program, /*show_banner=*/false);
                                 });
    }
    if (trace) {
      eddy::vm::TracePrinter printer(trace_library);
      return eddy::cli::run_main(source, std::move(script_argv), nullptr, &printer);
    }
    if (!timeline_path.empty()) {
      std::ofstream out(timeline_path);
      if (!out) {
        int error = errno;
        std::cerr << "eddy: can't open timeline file '" << timeline_path << "': [Errno " << error
                  << "] " << std::strerror(error) << "\n";
        return 2;
      }
      int status;
      {
        eddy::vm::Timeline timeline(out, "eddy " + path);
        status = eddy::cli::run_main(source, std::move(script_argv), nullptr, &timeline);
      }
      if (!out.flush()) {
        std::cerr << "eddy: can't write timeline file '" << timeline_path << "'\n";
        return 2;
      }
      return status;
    }
    return eddy::cli::run_main(source, std::move(script_argv));
  }
  eddy::lexer::Source source(path, std::move(text));
  try {
    if (mode == "--tokens") {
      eddy::lexer::dump_tokens(source, std::cout);
    } else {
      eddy::parser::Arena arena;
      eddy::parser::Module* module = eddy::parser::parse_module(source, arena);
      if (mode == "--dis") {
        std::cout << eddy::compiler::disassemble_recursive(
            *eddy::compiler::compile_module(module, source));
      } else {
        std::cout << eddy::parser::dump(module) << '\n';
      }
    }
  } catch (const eddy::lexer::SyntaxError& error) {
    return report(source, error);
  }
  return 0;
}

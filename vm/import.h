// The import system: what IMPORT_NAME, IMPORT_FROM and IMPORT_STAR do.
// Resolves relative names, caches modules in sys.modules, finds native
// modules in a registry and source modules and packages on the search path,
// and runs a module's source. The sys and gc modules live in stdlib/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/source.h"
#include "vm/value.h"

namespace eddy::compiler {
struct CodeUnit;
struct CompileOptions;
}  // namespace eddy::compiler

namespace eddy::vm {

class VM;
struct Dict;
struct Module;
struct Str;

// Builds a native module's namespace; returns null with an exception set
// on failure. The import system sets __name__ and enters it in sys.modules.
using NativeModuleInit = Module* (*)(VM& vm);

// Makes `import name` find the native module built by `init`. The registry
// is shared by every VM in the process; registering a name again replaces it.
void register_native_module(std::string_view name, NativeModuleInit init);

// Creates sys.modules and the search path: `script_directory` first, then
// each entry of EDDYPATH (colon-separated). Call once per VM, before any import.
void init_import_system(VM& vm, const std::string& script_directory);

// compile()'s modes: a module, one expression, one interactive statement.
enum class CompileMode { Exec, Eval, Single };

// Parses and compiles `source` in `mode` (with `options`, or the defaults
// when null); a syntax error becomes a SyntaxError exception (null
// returned). An error the compiler (not the parser) finds in a source that
// is not a file (`is_file` false: a string given to compile()) has no text
// unless the VM has read a file of that name, as CPython reads the line
// from the file named.
std::shared_ptr<const compiler::CodeUnit> compile_source(
    VM& vm, const lexer::Source& source, CompileMode mode = CompileMode::Exec,
    const compiler::CompileOptions* options = nullptr, bool is_file = true);

// Runs `source` as the body of `module` (already in sys.modules): parses,
// compiles and executes it. A syntax error becomes a SyntaxError exception.
// Returns false with the exception set if the body raised. A source that
// is not a file (`is_file` false: a script piped to stdin) has its lines
// left out of tracebacks, as CPython cannot read them again.
bool run_source_in_module(VM& vm, std::shared_ptr<const lexer::Source> source, Module* module,
                          bool is_file = true);

// What a SyntaxError's text attribute holds: the error's line with a line
// break (file input always ends with one), the line as written (eval and
// single input, whose last line may lack it), or None (CPython finds the
// line of an error from its compiler, not its parser, by reading the file
// again, so a string compiled under a made-up name has none).
enum class SyntaxErrorText { Line, LineAsWritten, None };

// The SyntaxError (or IndentationError) exception object for `error`, with
// CPython's attributes: msg, filename, lineno, offset, text, end_lineno,
// end_offset.
Value make_syntax_error(VM& vm, const lexer::Source& source, const lexer::SyntaxError& error,
                        SyntaxErrorText text_kind = SyntaxErrorText::Line);

// IMPORT_NAME: CPython's __import__(name, globals, fromlist=fromlist,
// level=level). `globals` supplies __package__/__name__ for relative imports.
Value import_name(VM& vm, Str* name, Value fromlist, int64_t level, Dict* globals);

// Imports the absolute dotted `name` (and its parents); returns the module.
Value import_module(VM& vm, std::string_view name);

// IMPORT_FROM: `module.name`, falling back to the submodule `module.name`
// in sys.modules; ImportError "cannot import name ..." otherwise.
Value import_from(VM& vm, Value module, Str* name);

// IMPORT_STAR: copies the module's public names (__all__, or every name
// not starting with '_') into `locals`.
bool import_star(VM& vm, Value module, Value locals);

}  // namespace eddy::vm

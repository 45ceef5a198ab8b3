// compile, eval and exec: source text parsed in one of compile()'s modes
// ('exec' a module, 'eval' one expression, 'single' one interactive
// statement), and code objects run in the namespaces the caller chooses.
// Running a code object with a separate locals mapping is the VM's
// run_code, the same path as a class body.
#include "stdlib/eval_builtins.h"

#include <optional>
#include <string>

#include "compiler/compiler.h"
#include "stdlib/keyword_arguments.h"
#include "stdlib/path_argument.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/method_args.h"
#include "vm/str_methods.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// compile()'s flags, with CPython's values: the __future__ features
// (PyCF_MASK and the obsolete CO_NESTED) and the compiler's own
// (PyCF_COMPILE_MASK). Any other bit is refused.
constexpr int64_t kFutureFlags =
    0x10 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
constexpr int64_t kDontImplyDedent = 0x200;
constexpr int64_t kOnlyAst = 0x400;
constexpr int64_t kTypeComments = 0x1000;
constexpr int64_t kAllowTopLevelAwait = 0x2000;
constexpr int64_t kAllowIncompleteInput = 0x4000;
constexpr int64_t kKnownFlags = kFutureFlags | kDontImplyDedent | kOnlyAst | kTypeComments |
                                kAllowTopLevelAwait | kAllowIncompleteInput;

// The text of compile/eval/exec's first argument: a str, or the bytes of a
// bytes-like object (decoded as a file is: UTF-8 or its coding cookie).
// Anything else is "<function>() arg 1 must be a string, bytes or <other>
// object".
std::optional<std::string> source_text(VM& vm, Value source, std::string_view function,
                                       std::string_view other) {
  std::string text;
  if (is_str(vm, source)) {
    text = to_utf8(as_str(source));
  } else if (is_bytes_like(vm, source)) {
    text = std::string(bytes_like_view(vm, source));
  } else {
    raise(vm, vm.exceptions().TypeError,
          std::string(function) + "() arg 1 must be a string, bytes or " + std::string(other) +
              " object");
    return std::nullopt;
  }
  if (text.find('\0') != std::string::npos) {
    raise(vm, vm.exceptions().SyntaxError, "source code string cannot contain null bytes");
    return std::nullopt;
  }
  return text;
}

// Compiles `text` (from a str or bytes) in `mode` into a code object.
Value compile_code(VM& vm, const std::string& filename, std::string text, CompileMode mode,
                   const compiler::CompileOptions& options) {
  lexer::Source source(filename, std::move(text));
  std::shared_ptr<const compiler::CodeUnit> unit =
      compile_source(vm, source, mode, &options, /*is_file=*/false);
  if (!unit) return Value::null();
  return Value::from_object(load_code(vm, unit));
}

bool is_code(VM& vm, Value value) {
  return vm.type_of(value) == vm.types().code;
}

// PyMapping_Check: the type has __getitem__ (a list passes, as in CPython).
bool is_mapping(VM& vm, Value value) {
  return vm.type_of(value)->slots.getitem != nullptr;
}

bool is_dict(VM& vm, Value value) {
  return is_subtype(vm.type_of(value), vm.types().dict);
}

// With globals None, eval and exec run in the caller's namespaces: its
// globals, and its locals (a module or class body's namespace, or a
// function's variables copied into a new dict) unless locals are given.
// With globals given and locals None, the globals serve as both.
bool default_namespaces(VM& vm, Root<Object>& globals, Root<Object>& locals) {
  if (!globals.value().is(vm.none())) {
    if (locals.value().is(vm.none())) locals.set(globals.value());
    return true;
  }
  Frame* frame = vm.current_frame();
  if (!frame) {
    raise(vm, vm.exceptions().SystemError, "globals and locals cannot be NULL");
    return false;
  }
  globals.set(Value::from_object(frame->globals));
  if (locals.value().is(vm.none())) locals.set(frame_locals(vm, frame));
  return !locals.value().is_null();
}

// Code run with globals that lack __builtins__ gets the caller's builtins
// there, as CPython's eval and exec insert them.
bool insert_builtins(VM& vm, Dict* globals) {
  Str* name = vm.intern("__builtins__");
  if (!dict_get_str(vm, globals, name).is_null()) return true;
  Frame* frame = vm.current_frame();
  Dict* builtins = frame ? frame->builtins : vm.builtins();
  return dict_set_str(vm, globals, name, Value::from_object(builtins));
}

// exec(source, globals=None, locals=None, /, *, closure=None)
Value builtin_exec(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "exec", args, {"closure"})) return Value::null();
  if (args.nargs < 1 || args.nargs > 3) {
    return raise(vm, vm.exceptions().TypeError,
                 std::string("exec() takes at ") + (args.nargs < 1 ? "least 1" : "most 3") +
                     " positional argument" + (args.nargs < 1 ? "" : "s") + " (" +
                     std::to_string(args.nargs) + " given)");
  }
  Value source = args.values[0];
  Root<Object> globals(vm.heap(), args.nargs > 1 ? args.values[1] : vm.none());
  Root<Object> locals(vm.heap(), args.nargs > 2 ? args.values[2] : vm.none());
  Value closure = keyword(args, vm.intern("closure"));
  if (closure.is(vm.none())) closure = Value::null();
  if (!default_namespaces(vm, globals, locals)) return Value::null();
  if (!is_dict(vm, globals.value())) {
    return raise(
        vm, vm.exceptions().TypeError,
        "exec() globals must be a dict, not " + to_utf8(vm.type_of(globals.value())->name));
  }
  if (!is_mapping(vm, locals.value())) {
    return raise(
        vm, vm.exceptions().TypeError,
        "locals must be a mapping or None, not " + to_utf8(vm.type_of(locals.value())->name));
  }
  auto* globals_dict = static_cast<Dict*>(globals.value().as_object());
  if (!insert_builtins(vm, globals_dict)) return Value::null();

  Root<Object> code(vm.heap(), source);
  if (is_code(vm, source)) {
    auto* code_object = static_cast<Code*>(source.as_object());
    int64_t free_count = code_object->freevars->size;
    if (free_count == 0 && !closure.is_null()) {
      return raise(vm, vm.exceptions().TypeError, "cannot use a closure with this code object");
    }
    if (free_count > 0) {
      bool closure_fits = !closure.is_null() && vm.type_of(closure) == vm.types().tuple &&
                          static_cast<Tuple*>(closure.as_object())->size == free_count;
      for (int64_t i = 0; closure_fits && i < free_count; ++i) {
        closure_fits =
            vm.type_of((*static_cast<Tuple*>(closure.as_object()))[i]) == vm.types().cell;
      }
      if (!closure_fits) {
        return raise(
            vm, vm.exceptions().TypeError,
            "code object requires a closure of exactly length " + std::to_string(free_count));
      }
    }
  } else {
    if (!closure.is_null()) {
      return raise(vm, vm.exceptions().TypeError,
                   "closure can only be used when source is a code object");
    }
    std::optional<std::string> text = source_text(vm, source, "exec", "code");
    if (!text) return Value::null();
    code.set(compile_code(vm, "<string>", std::move(*text), CompileMode::Exec, {}));
    if (code.value().is_null()) return Value::null();
  }
  Tuple* cells = closure.is_null() ? nullptr : static_cast<Tuple*>(closure.as_object());
  if (run_code(vm, static_cast<Code*>(code.get()), globals_dict, locals.value(), cells).is_null()) {
    return Value::null();
  }
  return vm.none();
}

// eval(source, globals=None, locals=None, /)
Value builtin_eval(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "eval", args) || !check_positional(vm, "eval", args, 1, 3)) {
    return Value::null();
  }
  Value source = args.values[0];
  Root<Object> globals(vm.heap(), args.nargs > 1 ? args.values[1] : vm.none());
  Root<Object> locals(vm.heap(), args.nargs > 2 ? args.values[2] : vm.none());
  if (!locals.value().is(vm.none()) && !is_mapping(vm, locals.value())) {
    return raise(vm, vm.exceptions().TypeError, "locals must be a mapping");
  }
  if (!globals.value().is(vm.none()) && !is_dict(vm, globals.value())) {
    return raise(vm, vm.exceptions().TypeError,
                 is_mapping(vm, globals.value())
                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                     : "globals must be a dict");
  }
  if (!default_namespaces(vm, globals, locals)) return Value::null();
  auto* globals_dict = static_cast<Dict*>(globals.value().as_object());
  if (!insert_builtins(vm, globals_dict)) return Value::null();

  Root<Object> code(vm.heap(), source);
  if (is_code(vm, source)) {
    if (static_cast<Code*>(source.as_object())->freevars->size > 0) {
      return raise(vm, vm.exceptions().TypeError,
                   "code object passed to eval() may not contain free variables");
    }
  } else {
    std::optional<std::string> text = source_text(vm, source, "eval", "code");
    if (!text) return Value::null();
    // As CPython's eval does (and compile() does not), leading spaces and
    // tabs are dropped, so an indented expression is not an indent.
    size_t start = text->find_first_not_of(" \t");
    text->erase(0, start == std::string::npos ? text->size() : start);
    code.set(compile_code(vm, "<string>", std::move(*text), CompileMode::Eval, {}));
    if (code.value().is_null()) return Value::null();
  }
  return run_code(vm, static_cast<Code*>(code.get()), globals_dict, locals.value(), nullptr);
}

// A C int argument: "'str' object cannot be interpreted as an integer",
// OverflowError beyond 32 bits.
bool int_argument(VM& vm, Value value, int64_t& out) {
  if (!ssize_argument(vm, value, out)) return false;
  if (out > INT32_MAX || out < INT32_MIN) {
    raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

// compile(source, filename, mode, flags=0, dont_inherit=False,
//         optimize=-1, *, _feature_version=-1)
//
// The flags that change how code compiles here are
// PyCF_ALLOW_TOP_LEVEL_AWAIT; the __future__ features are all on, or
// (annotations) taken from the source's own future imports. Eddy has no
// ast module, so PyCF_ONLY_AST is refused.
Value builtin_compile(VM& vm, Value, CallArgs args) {
  if (args.nargs > 6) {
    return raise(vm, vm.exceptions().TypeError,
                 "compile() takes at most 6 positional arguments (" + std::to_string(args.nargs) +
                     " given)");
  }
  constexpr std::string_view kParameters[] = {
      "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
  Value given[7];
  if (!bind_arguments(vm, "compile", args, kParameters, 3, given)) return Value::null();
  PathArgument filename;
  if (!path_argument(vm, "", given[1], filename)) return Value::null();
  if (!is_str(vm, given[2])) {
    return raise(
        vm, vm.exceptions().TypeError,
        "compile() argument 'mode' must be str, not " + to_utf8(vm.type_of(given[2])->name));
  }
  int64_t flags = 0;
  int64_t dont_inherit = 0;
  int64_t optimize = -1;
  int64_t feature_version = -1;
  if ((!given[3].is_null() && !int_argument(vm, given[3], flags)) ||
      (!given[4].is_null() && !int_argument(vm, given[4], dont_inherit)) ||
      (!given[5].is_null() && !int_argument(vm, given[5], optimize)) ||
      (!given[6].is_null() && !int_argument(vm, given[6], feature_version))) {
    return Value::null();
  }
  if (flags & ~kKnownFlags) {
    return raise(vm, vm.exceptions().ValueError, "compile(): unrecognised flags");
  }
  if (optimize < -1 || optimize > 2) {
    return raise(vm, vm.exceptions().ValueError, "compile(): invalid optimize value");
  }
  std::string mode_name = to_utf8(as_str(given[2]));
  CompileMode mode;
  if (mode_name == "exec") {
    mode = CompileMode::Exec;
  } else if (mode_name == "eval") {
    mode = CompileMode::Eval;
  } else if (mode_name == "single") {
    mode = CompileMode::Single;
  } else {
    return raise(vm, vm.exceptions().ValueError,
                 (flags & kOnlyAst)
                     ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                     : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (flags & kOnlyAst) {
    return raise(vm, vm.exceptions().ValueError,
                 "compile(): PyCF_ONLY_AST is not supported (Eddy has no ast module)");
  }
  std::optional<std::string> text = source_text(vm, given[0], "compile", "AST");
  if (!text) return Value::null();
  compiler::CompileOptions options;
  options.allow_top_level_await = (flags & kAllowTopLevelAwait) != 0;
  return compile_code(vm, filename.path, std::move(*text), mode, options);
}

constexpr NativeFunctionDef kFunctions[] = {
    {"compile", builtin_compile},
    {"eval", builtin_eval},
    {"exec", builtin_exec},
};

}  // namespace

std::span<const NativeFunctionDef> eval_builtin_functions() {
  return kFunctions;
}

}  // namespace eddy::stdlib

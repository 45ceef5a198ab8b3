// The import system: CPython's __import__ semantics (importlib._bootstrap)
// for native modules and for source modules and packages on the search path.
// Bytecode-level entry points are import_name, import_from and import_star.
#include "vm/import.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "compiler/compiler.h"
#include "parser/parser.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/frozen_modules.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace eddy::vm {

namespace {

std::map<std::string, NativeModuleInit, std::less<>>& native_module_registry() {
  static std::map<std::string, NativeModuleInit, std::less<>> registry;
  return registry;
}

bool is_str(VM& vm, Value value) {
  return value.is_object() && is_subtype(vm.type_of(value), vm.types().str);
}

std::string str_text(Value value) {
  return to_utf8(static_cast<Str*>(value.as_object()));
}

Value str_value(VM& vm, std::string_view text) {
  return Value::from_object(make_str(vm, text));
}

// Raises `type` (ImportError or ModuleNotFoundError) with `message` and
// the `name` attribute CPython gives it.
Value raise_import_error(VM& vm, Type* type, const std::string& message, std::string_view name) {
  Root<Object> exception(vm.heap(), make_exception(vm, type, message));
  Root<Object> module_name(vm.heap(), name.empty() ? vm.none() : str_value(vm, name));
  if (!set_attribute(vm, exception.value(), vm.intern("name"), module_name.value())) {
    return Value::null();
  }
  return raise_value(vm, exception.value());
}

Value module_not_found(VM& vm, std::string_view name, const std::string& detail = "") {
  return raise_import_error(vm, vm.exceptions().ModuleNotFoundError,
                            "No module named '" + std::string(name) + "'" + detail, name);
}

Value sys_modules_get(VM& vm, std::string_view name) {
  return dict_get_str(vm, vm.sys_modules, vm.intern(name));
}

bool is_initializing(VM& vm, Object* module) {
  for (Module* m : vm.modules_initializing) {
    if (m == module) return true;
  }
  return false;
}

bool read_text_file(const std::filesystem::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

// Where a source module was found: a file on the search path, or a module
// of Eddy's own library compiled into the binary (vm/frozen_modules.h).
struct FoundSource {
  std::string filename;                     // for __file__ and tracebacks
  std::filesystem::path package_directory;  // a package's __path__ entry
  bool is_package = false;
  const char* frozen_text = nullptr;  // the source, if compiled in
};

// Looks for `<dir>/<last>/__init__.py` (a package) and then `<dir>/<last>.py`
// in each directory of `search_path` (a list of str), as CPython's
// FileFinder does: a package wins over a module of the same name.
std::optional<FoundSource> find_source(VM& vm, List* search_path, std::string_view last) {
  for (int64_t i = 0; i < search_path->size; ++i) {
    Value entry = search_path->items[i];
    if (!is_str(vm, entry)) continue;
    std::filesystem::path directory(str_text(entry));  // "": the current directory
    std::error_code error;
    std::filesystem::path package = directory / std::string(last);
    if (std::filesystem::is_regular_file(package / "__init__.py", error)) {
      return FoundSource{(package / "__init__.py").string(), package, true};
    }
    std::filesystem::path module = directory / (std::string(last) + ".py");
    if (std::filesystem::is_regular_file(module, error)) return FoundSource{module.string(), {}};
  }
  return std::nullopt;
}

// The module `name` of Eddy's own library, if there is one. Its file name
// is "<frozen name>", as CPython names its frozen modules.
std::optional<FoundSource> find_frozen(std::string_view name) {
  for (int i = 0; i < kFrozenModuleCount; ++i) {
    const FrozenModule& frozen = kFrozenModules[i];
    if (name != frozen.name) continue;
    return FoundSource{"<frozen " + std::string(name) + ">", {}, frozen.is_package, frozen.source};
  }
  return std::nullopt;
}

// namespace[key] = the str `text`, kept rooted while the key is interned.
bool set_text_entry(VM& vm, Dict* namespace_, const char* key, std::string_view text) {
  Root<Object> value(vm.heap(), str_value(vm, text));
  return dict_set_str(vm, namespace_, vm.intern(key), value.value());
}

// Sets the module attributes every imported module has.
bool set_module_attributes(VM& vm, Module* module, std::string_view package,
                           const FoundSource* found) {
  Root<Module> rooted(vm.heap(), module);
  if (!set_text_entry(vm, module->dict, "__package__", package) ||
      !dict_set_str(vm, module->dict, vm.intern("__builtins__"),
                    Value::from_object(vm.builtins()))) {
    return false;
  }
  if (!found) return true;
  if (!dict_set_str(vm, module->dict, vm.intern("__doc__"), vm.none())) return false;
  if (!found->frozen_text && !set_text_entry(vm, module->dict, "__file__", found->filename)) {
    return false;
  }
  if (!found->is_package) return true;
  // A compiled-in package has an empty __path__: its submodules are
  // compiled in too, and import_module looks for them there.
  Root<List> path(vm.heap(), make_list(vm));
  if (!found->frozen_text) {
    Root<Object> directory(vm.heap(), str_value(vm, found->package_directory.string()));
    if (!list_append(vm, path.get(), directory.value())) return false;
  }
  return dict_set_str(vm, module->dict, vm.intern("__path__"), path.value());
}

// Creates the module `name`, enters it in sys.modules and runs its body.
//
// The module goes into sys.modules before its body runs, as in CPython:
// a circular import (a imports b, b imports a) then finds the partially
// initialised module instead of loading it a second time and recursing
// forever. If the body fails, the entry is removed so that a later import
// tries again. The result is whatever sys.modules holds afterwards: a
// module may replace its own entry.
Value load_module(VM& vm, std::string_view name, bool is_package, const FoundSource* found,
                  NativeModuleInit native_init) {
  Root<Str> module_name(vm.heap(), vm.intern(name));
  Root<Module> module(vm.heap(), Value::null());
  if (native_init) {
    Module* initialised = native_init(vm);
    if (!initialised) return Value::null();
    module.set(Value::from_object(initialised));
    if (!dict_set_str(vm, module->dict, vm.intern("__name__"), module_name.value()))
      return Value::null();
  } else {
    module.set(Value::from_object(make_module(vm, module_name.get())));
  }
  std::string_view package =
      is_package ? name : name.substr(0, std::min(name.rfind('.'), name.size()));
  if (name.find('.') == std::string_view::npos && !is_package) package = "";
  if (!set_module_attributes(vm, module.get(), package, found)) return Value::null();
  if (!dict_set_str(vm, vm.sys_modules, module_name.get(), module.value())) return Value::null();
  if (found) {
    std::string text;
    if (found->frozen_text) {
      text = found->frozen_text;
    } else if (!read_text_file(found->filename, text)) {
      return raise(vm, vm.exceptions().ImportError, "cannot read '" + found->filename + "'");
    }
    auto source = std::make_shared<const lexer::Source>(found->filename, std::move(text));
    vm.modules_initializing.push_back(module.get());
    bool ok = run_source_in_module(vm, source, module.get());
    vm.modules_initializing.pop_back();
    if (!ok) {
      Root<Object> exception(vm.heap(), vm.take_exception());
      dict_delete(vm, vm.sys_modules, module_name.value());
      vm.set_exception(exception.value());
      return Value::null();
    }
  }
  Value result = dict_get_str(vm, vm.sys_modules, module_name.get());
  if (result.is_null() && !vm.has_exception()) {
    return raise(vm, vm.exceptions().ImportError,
                 "Loaded module " + std::string(name) + " not found in sys.modules");
  }
  return result;
}

// The absolute module name a relative import refers to (importlib's
// _calc___package__ and _resolve_name): `level` dots climb from the
// importing module's package.
std::optional<std::string> resolve_relative_name(VM& vm, std::string_view name, int64_t level,
                                                 Dict* globals) {
  std::string package;
  Value package_value = dict_get_str(vm, globals, vm.intern("__package__"));
  if (vm.has_exception()) return std::nullopt;
  if (!package_value.is_null() && !package_value.is(vm.none())) {
    if (!is_str(vm, package_value)) {
      raise(vm, vm.exceptions().TypeError, "package must be a string");
      return std::nullopt;
    }
    package = str_text(package_value);
  } else {
    Value module_name = dict_get_str(vm, globals, vm.intern("__name__"));
    if (!module_name.is_null() && is_str(vm, module_name)) {
      package = str_text(module_name);
      if (dict_get_str(vm, globals, vm.intern("__path__")).is_null()) {
        size_t dot = package.rfind('.');
        package = dot == std::string::npos ? "" : package.substr(0, dot);
      }
    }
  }
  if (package.empty()) {
    raise_import_error(vm, vm.exceptions().ImportError,
                       "attempted relative import with no known parent package", "");
    return std::nullopt;
  }
  std::string base = package;
  for (int64_t climbed = 1; climbed < level; ++climbed) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise_import_error(vm, vm.exceptions().ImportError,
                         "attempted relative import beyond top-level package", "");
      return std::nullopt;
    }
    base.resize(dot);
  }
  return name.empty() ? base : base + "." + std::string(name);
}

// Imports each name of `fromlist` that is not yet an attribute of the
// package `module` as a submodule (`from pkg import sub`). A missing
// submodule is not an error here: IMPORT_FROM reports it.
bool import_fromlist_submodules(VM& vm, Value module, Value fromlist) {
  Value package_path =
      dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern("__path__"));
  if (package_path.is_null()) return !vm.has_exception();
  Value module_name =
      dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern("__name__"));
  if (module_name.is_null() || !is_str(vm, module_name)) return !vm.has_exception();
  std::string prefix = str_text(module_name) + ".";
  auto* names = static_cast<Tuple*>(fromlist.as_object());
  for (int64_t i = 0; i < names->size; ++i) {
    Value entry = (*names)[i];
    if (!is_str(vm, entry)) continue;
    std::string attribute = str_text(entry);
    if (attribute == "*") continue;
    Value existing =
        dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern(attribute));
    if (!existing.is_null()) continue;
    std::string full_name = prefix + attribute;
    if (!import_module(vm, full_name).is_null()) continue;
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().ModuleNotFoundError)) {
      return false;
    }
    Root<Object> exception(vm.heap(), vm.take_exception());
    Value missing = get_attribute(vm, exception.value(), vm.intern("name"));
    if (missing.is_null()) return false;
    if (is_str(vm, missing) && str_text(missing) == full_name) continue;
    vm.set_exception(exception.value());
    return false;
  }
  return true;
}

}  // namespace

void register_native_module(std::string_view name, NativeModuleInit init) {
  native_module_registry()[std::string(name)] = init;
}

void init_import_system(VM& vm, const std::string& script_directory) {
  vm.sys_modules = make_dict(vm);
  vm.module_search_path = make_list(vm);
  Root<Object> directory(vm.heap(), str_value(vm, script_directory));
  list_append(vm, vm.module_search_path, directory.value());
  const char* eddypath = std::getenv("EDDYPATH");
  if (!eddypath) return;
  std::string_view entries(eddypath);
  while (!entries.empty()) {
    size_t colon = entries.find(':');
    std::string_view entry = entries.substr(0, colon);
    if (!entry.empty()) {
      Root<Object> text(vm.heap(), str_value(vm, entry));
      list_append(vm, vm.module_search_path, text.value());
    }
    if (colon == std::string_view::npos) break;
    entries.remove_prefix(colon + 1);
  }
}

Value make_syntax_error(VM& vm, const lexer::Source& source, const lexer::SyntaxError& error,
                        SyntaxErrorText text_kind) {
  Type* type = vm.exceptions().SyntaxError;
  if (error.type == "IndentationError") type = vm.exceptions().IndentationError;
  if (error.type == "TabError") type = vm.exceptions().TabError;
  std::string line_text = error.text.empty() ? std::string(source.line(error.line)) : error.text;
  Root<Object> message(vm.heap(), str_value(vm, error.message));
  Root<Object> filename(vm.heap(), str_value(vm, source.filename()));
  if (text_kind == SyntaxErrorText::Line || !error.text.empty() ||
      source.line_has_break(error.line)) {
    line_text += "\n";
  }
  Root<Object> text(vm.heap(),
                    text_kind == SyntaxErrorText::None ? vm.none() : str_value(vm, line_text));
  Value lineno = Value::from_small_int(error.line);
  Value offset = Value::from_small_int(error.column + 1);
  Value end_lineno = error.end_line < 0 ? vm.none() : Value::from_small_int(error.end_line);
  Value end_offset = error.end_column < 0 ? vm.none() : Value::from_small_int(error.end_column + 1);
  Root<Tuple> details(vm.heap(), make_tuple(vm, {filename.value(), lineno, offset, text.value(),
                                                 end_lineno, end_offset}));
  Root<Object> exception(vm.heap(),
                         call(vm, Value::from_object(type), {message.value(), details.value()}));
  if (exception.value().is_null()) return Value::null();
  struct Attribute {
    const char* name;
    Value value;
  };
  Attribute attributes[] = {{"msg", message.value()},   {"filename", filename.value()},
                            {"lineno", lineno},         {"offset", offset},
                            {"text", text.value()},     {"end_lineno", end_lineno},
                            {"end_offset", end_offset}, {"print_file_and_line", vm.none()}};
  for (const Attribute& attribute : attributes) {
    if (!set_attribute(vm, exception.value(), vm.intern(attribute.name), attribute.value)) {
      return Value::null();
    }
  }
  return exception.value();
}

namespace {

Value raise_syntax_error(VM& vm, const lexer::Source& source, const lexer::SyntaxError& error,
                         SyntaxErrorText text) {
  Value exception = make_syntax_error(vm, source, error, text);
  if (exception.is_null()) return exception;
  return raise_value(vm, exception);
}

}  // namespace

std::shared_ptr<const compiler::CodeUnit> compile_source(VM& vm, const lexer::Source& source,
                                                         CompileMode mode,
                                                         const compiler::CompileOptions* options,
                                                         bool is_file) {
  compiler::CompileOptions defaults;
  if (!options) options = &defaults;
  parser::Arena arena;
  parser::Module* module = nullptr;
  parser::Expression* expression = nullptr;
  parser::Interactive* interactive = nullptr;
  try {
    switch (mode) {
      case CompileMode::Exec:
        module = parser::parse_module(source, arena);
        break;
      case CompileMode::Eval:
        expression = parser::parse_expression(source, arena);
        break;
      case CompileMode::Single:
        interactive = parser::parse_interactive(source, arena);
        break;
    }
  } catch (lexer::SyntaxError& error) {
    if (mode == CompileMode::Exec) {
      raise_syntax_error(vm, source, error, SyntaxErrorText::Line);
      return nullptr;
    }
    // Eval and single input get no line break added at its end, as file
    // input does: an error at the break that is not there has no column,
    // and one at the end of blank input is on its last line (0 if empty).
    int last = source.text().empty() ? 0 : source.line_count();
    if (error.line > last) {
      error.line = error.end_line = last;
      error.column = error.end_column = -1;
    } else if (error.line == last && !source.line_has_break(last) &&
               error.column >= static_cast<int>(source.line(last).size())) {
      error.column = error.end_column = -1;
    }
    raise_syntax_error(vm, source, error, SyntaxErrorText::LineAsWritten);
    return nullptr;
  }
  std::vector<compiler::CompileWarning> warnings;
  compiler::CompileOptions warning_options = *options;
  warning_options.warnings = &warnings;
  try {
    std::shared_ptr<const compiler::CodeUnit> unit;
    if (expression) {
      unit = compiler::compile_expression(expression, source, warning_options);
    } else if (interactive) {
      unit = compiler::compile_interactive(interactive, source, warning_options);
    } else {
      unit = compiler::compile_module(module, source, warning_options);
    }
    show_compile_warnings(vm, source, is_file, warnings);
    return unit;
  } catch (const lexer::SyntaxError& error) {
    show_compile_warnings(vm, source, is_file, warnings);
    bool has_text = is_file || !vm.sources().line(source.filename(), error.line).empty();
    raise_syntax_error(vm, source, error, has_text ? SyntaxErrorText::Line : SyntaxErrorText::None);
    return nullptr;
  }
}

bool run_source_in_module(VM& vm, std::shared_ptr<const lexer::Source> source, Module* module,
                          bool is_file) {
  Root<Module> rooted(vm.heap(), module);
  std::shared_ptr<const compiler::CodeUnit> unit =
      compile_source(vm, *source, CompileMode::Exec, nullptr, is_file);
  if (!unit) return false;
  if (is_file) vm.sources().add(source);
  Root<Code> code(vm.heap(), load_code(vm, unit));
  return !run_module_code(vm, code.get(), module->dict).is_null();
}

Value import_module(VM& vm, std::string_view name) {
  Value cached = sys_modules_get(vm, name);
  if (!cached.is_null() || vm.has_exception()) return cached;

  size_t dot = name.rfind('.');
  Root<List> search_path(vm.heap(), vm.module_search_path);
  Root<Object> parent(vm.heap(), Value::null());
  if (dot != std::string_view::npos) {
    std::string_view parent_name = name.substr(0, dot);
    parent.set(import_module(vm, parent_name));
    if (parent.value().is_null()) return Value::null();
    // Importing the parent may have imported this module as a side effect.
    cached = sys_modules_get(vm, name);
    if (!cached.is_null() || vm.has_exception()) return cached;
    Value parent_path = Value::null();
    if (vm.type_of(parent.value()) == vm.types().module) {
      parent_path = dict_get_str(vm, static_cast<Module*>(parent.value().as_object())->dict,
                                 vm.intern("__path__"));
    }
    if (parent_path.is_null() || vm.type_of(parent_path) != vm.types().list) {
      return module_not_found(vm, name, "; '" + std::string(parent_name) + "' is not a package");
    }
    search_path.set(parent_path);
  } else {
    auto& registry = native_module_registry();
    if (auto it = registry.find(name); it != registry.end()) {
      return load_module(vm, name, false, nullptr, it->second);
    }
  }

  std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  std::optional<FoundSource> found = find_source(vm, search_path.get(), last);
  if (!found) found = find_frozen(name);
  if (!found) return module_not_found(vm, name);
  Root<Object> module(vm.heap(), load_module(vm, name, found->is_package, &*found, nullptr));
  if (module.value().is_null()) return Value::null();
  // `import a.b` makes b an attribute of a, as importlib does.
  if (!parent.value().is_null() &&
      !set_attribute(vm, parent.value(), vm.intern(last), module.value())) {
    return Value::null();
  }
  return module.value();
}

// IMPORT_NAME. With an empty fromlist, `import a.b.c` binds `a`, so the
// result is the top-level package; with a fromlist it is the module itself
// (after importing any submodules the fromlist names).
Value import_name(VM& vm, Str* name, Value fromlist, int64_t level, Dict* globals) {
  std::string requested = to_utf8(name);
  std::string absolute = requested;
  if (level > 0) {
    std::optional<std::string> resolved = resolve_relative_name(vm, requested, level, globals);
    if (!resolved) return Value::null();
    absolute = *resolved;
  } else if (requested.empty()) {
    return raise(vm, vm.exceptions().ValueError, "Empty module name");
  }
  Root<Object> module(vm.heap(), import_module(vm, absolute));
  if (module.value().is_null()) return Value::null();

  bool has_fromlist = fromlist.is_object() && vm.type_of(fromlist) == vm.types().tuple &&
                      static_cast<Tuple*>(fromlist.as_object())->size > 0;
  if (has_fromlist) {
    Root<Object> names(vm.heap(), fromlist);
    if (vm.type_of(module.value()) == vm.types().module &&
        !import_fromlist_submodules(vm, module.value(), names.value())) {
      return Value::null();
    }
    return module.value();
  }
  if (level == 0) return sys_modules_get(vm, requested.substr(0, requested.find('.')));
  if (requested.empty()) return module.value();
  // `from . import` never gets here; `import .a.b` is not Python, but
  // __import__('a.b', level=1) returns the module for the first component.
  size_t cut = requested.size() - requested.substr(0, requested.find('.')).size();
  return sys_modules_get(vm, absolute.substr(0, absolute.size() - cut));
}

Value import_from(VM& vm, Value module, Str* name) {
  Root<Object> rooted(vm.heap(), module);
  Root<Str> attribute(vm.heap(), name);
  Value value = get_attribute(vm, module, name);
  if (!value.is_null()) return value;
  if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
    return Value::null();
  }
  vm.take_exception();

  // A submodule imported while its package was still initialising is in
  // sys.modules but not yet an attribute of the package (circular imports).
  Value package_name = get_attribute(vm, module, vm.intern("__name__"));
  if (package_name.is_null() || !is_str(vm, package_name)) {
    vm.take_exception();
    return raise_import_error(vm, vm.exceptions().ImportError,
                              "cannot import name '" + to_utf8(name) +
                                  "' from '<unknown module name>' (unknown location)",
                              "");
  }
  std::string module_name = str_text(package_name);
  Value submodule = sys_modules_get(vm, module_name + "." + to_utf8(name));
  if (!submodule.is_null() || vm.has_exception()) return submodule;

  std::string location = "unknown location";
  Value file =
      module.as_object()->type == vm.types().module
          ? dict_get_str(vm, static_cast<Module*>(module.as_object())->dict, vm.intern("__file__"))
          : Value::null();
  if (!file.is_null() && is_str(vm, file)) location = str_text(file);
  std::string message = "cannot import name '" + to_utf8(name) + "' from ";
  if (is_initializing(vm, module.as_object())) {
    message += "partially initialized module '" + module_name +
               "' (most likely due to a circular import) (" + location + ")";
  } else {
    message += "'" + module_name + "' (" + location + ")";
  }
  return raise_import_error(vm, vm.exceptions().ImportError, message, module_name);
}

bool import_star(VM& vm, Value module, Value locals) {
  Root<Object> rooted_module(vm.heap(), module);
  Root<Object> rooted_locals(vm.heap(), locals);
  Value public_names = get_attribute(vm, module, vm.intern("__all__"));
  bool skip_private = public_names.is_null();
  if (skip_private) {
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError))
      return false;
    vm.take_exception();
    public_names = get_attribute(vm, module, vm.intern("__dict__"));
    if (public_names.is_null()) return false;
  }
  Root<Object> iterator(vm.heap(), get_iterator(vm, public_names));
  if (iterator.value().is_null()) return false;
  for (;;) {
    Root<Object> key(vm.heap(), next(vm, iterator.value()));
    if (key.value().is_null()) return !vm.has_exception();
    if (!is_str(vm, key.value())) {
      raise(vm, vm.exceptions().TypeError, "Key in __dict__ must be str");
      return false;
    }
    Str* key_name = vm.intern(str_text(key.value()));
    if (skip_private && str_text(key.value()).starts_with("_")) continue;
    Root<Object> value(vm.heap(), get_attribute(vm, module, key_name));
    if (value.value().is_null()) return false;
    if (!set_item(vm, locals, Value::from_object(key_name), value.value())) return false;
  }
}

}  // namespace eddy::vm

// The code generator's frame: one Unit per code object being generated,
// how names are loaded and stored depending on their scope, constants, and
// the definitions that create code objects (functions, lambdas, classes).
#include "compiler/codegen.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "compiler/unparse.h"

namespace eddy::compiler {

using namespace parser;

namespace {

// CPython's CO_FUTURE_ANNOTATIONS, set on code compiled under
// `from __future__ import annotations`.
constexpr uint32_t kFutureAnnotations = 0x1000000;

// The docstring of a body: its first statement, if that is a string.
const parser::Constant* docstring_node(const List<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
  Expr* value = body[0]->as<ExprStmt>()->value;
  if (value->kind != ExprKind::Constant) return nullptr;
  auto* constant = value->as<parser::Constant>();
  return constant->value.kind == ConstantValue::Kind::Str ? constant : nullptr;
}

// Does the body annotate a name anywhere outside nested definitions?
// Then the module or class needs __annotations__ (CPython's find_ann).
bool has_annotations(const List<Stmt*>& body) {
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        if (has_annotations(s->as<For>()->body) || has_annotations(s->as<For>()->orelse))
          return true;
        break;
      case StmtKind::While:
        if (has_annotations(s->as<While>()->body) || has_annotations(s->as<While>()->orelse))
          return true;
        break;
      case StmtKind::If:
        if (has_annotations(s->as<If>()->body) || has_annotations(s->as<If>()->orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (has_annotations(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* node = s->as<Try>();
        for (ExceptHandler* handler : node->handlers) {
          if (has_annotations(handler->body)) return true;
        }
        if (has_annotations(node->body) || has_annotations(node->finalbody) ||
            has_annotations(node->orelse)) {
          return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

bool is_function_kind(auto kind) {
  using Kind = decltype(kind);
  return kind == Kind::Function || kind == Kind::AsyncFunction || kind == Kind::Lambda;
}

}  // namespace

std::string constant_key(const Constant& constant) {
  struct KeyOf {
    std::string operator()(Constant::None) const { return "N"; }
    std::string operator()(Constant::Ellipsis) const { return "E"; }
    std::string operator()(bool value) const { return value ? "T" : "F"; }
    std::string operator()(int64_t value) const { return "i" + std::to_string(value); }
    std::string operator()(const Constant::BigInt& value) const { return "I" + value.decimal; }
    std::string operator()(double value) const { return "f" + bits(value); }
    std::string operator()(const Constant::Imaginary& value) const {
      return "j" + bits(value.imag);
    }
    std::string operator()(const std::string& value) const {
      return "s" + std::to_string(value.size()) + ":" + value;
    }
    std::string operator()(const Constant::Bytes& value) const {
      return "b" + std::to_string(value.bytes.size()) + ":" + value.bytes;
    }
    std::string operator()(const Constant::Tuple& items) const {
      std::string key = "(";
      for (const Constant& item : items)
        key += constant_key(item) + ",";
      return key + ")";
    }
    std::string operator()(const Constant::FrozenSet& set) const {
      return "S" + (*this)(set.items);
    }
    std::string operator()(const std::shared_ptr<CodeUnit>& code) const {
      return "c" + std::to_string(reinterpret_cast<uintptr_t>(code.get()));
    }
    // 0.0 and -0.0 are different constants: compare the bits.
    static std::string bits(double value) {
      uint64_t raw;
      std::memcpy(&raw, &value, sizeof raw);
      return std::to_string(raw);
    }
  };
  return std::visit(KeyOf{}, constant.value);
}

CodeGenerator::CodeGenerator(const lexer::Source& source, const SymbolTable& symbols,
                             const FutureFeatures& future, const CompileOptions& options)
    : source_(source), symbols_(symbols), future_(future), options_(options) {}

std::shared_ptr<CodeUnit> CodeGenerator::compile_module(const Module* module) {
  enter_unit(UnitKind::Module, symbols_.module_scope(), "<module>", 1);
  if (options_.interactive) {
    if (has_annotations(module->body)) emit(Opcode::SETUP_ANNOTATIONS);
    compile_statements(module->body);
  } else {
    compile_body(module->body);
  }
  return leave_unit();
}

std::shared_ptr<CodeUnit> CodeGenerator::compile_expression_module(const Expression* expression) {
  enter_unit(UnitKind::Module, symbols_.module_scope(), "<module>", 1);
  compile_expression(expression->body);
  return leave_unit(false);
}

// ---------------------------------------------------------------------------
// Units

void CodeGenerator::enter_unit(UnitKind kind, Scope* scope, std::string_view name, int first_line) {
  auto new_unit = std::make_unique<Unit>();
  new_unit->kind = kind;
  new_unit->scope = scope;
  new_unit->code = std::make_shared<CodeUnit>();
  CodeUnit& code = *new_unit->code;
  code.name = std::string(name);
  code.qualname = kind == UnitKind::Module ? code.name : qualified_name(name, kind);
  code.filename = source_.filename();
  code.first_line = first_line;
  if (kind == UnitKind::Class) {
    new_unit->private_name = std::string(name);
  } else if (!units_.empty()) {
    new_unit->private_name = units_.back()->private_name;
  }
  code.varnames = scope->parameters;
  for (size_t i = 0; i < code.varnames.size(); ++i) {
    new_unit->varnames.emplace(code.varnames[i], static_cast<uint32_t>(i));
  }
  code.cellvars = scope->sorted_names_with(NameScope::Cell);
  if (kind == UnitKind::Class && scope->needs_class_closure) code.cellvars = {"__class__"};
  code.freevars = scope->sorted_names_with(NameScope::Free, kDefFreeClass);
  for (const std::string& cell : code.cellvars) {
    new_unit->cells.emplace(cell, static_cast<uint32_t>(new_unit->cells.size()));
  }
  for (const std::string& free : code.freevars) {
    new_unit->cells.emplace(free, static_cast<uint32_t>(new_unit->cells.size()));
  }
  new_unit->saved_location = location_;
  units_.push_back(std::move(new_unit));
  emit_prologue(first_line);
}

// The instructions before RESUME set up the frame: cells for captured
// variables (with captured parameters copied in), the closure's cells, and
// for generators the switch from a call to a generator object.
void CodeGenerator::emit_prologue(int first_line) {
  CodeUnit& code = *unit().code;
  Scope* scope = unit().scope;
  unset_location();
  if (!code.freevars.empty())
    emit(Opcode::COPY_FREE_VARS, static_cast<uint32_t>(code.freevars.size()));
  for (size_t i = 0; i < code.cellvars.size(); ++i)
    emit(Opcode::MAKE_CELL, static_cast<uint32_t>(i));
  for (size_t i = 0; i < code.cellvars.size(); ++i) {
    auto parameter = unit().varnames.find(code.cellvars[i]);
    if (parameter == unit().varnames.end()) continue;
    emit(Opcode::LOAD_FAST, parameter->second);
    emit(Opcode::STORE_DEREF, static_cast<uint32_t>(i));
  }
  int line = unit().kind == UnitKind::Module ? 0 : first_line;
  location_ = SourceSpan{line, line, -1, -1};
  bool makes_generator = scope->is_function() ? scope->is_generator || scope->is_coroutine
                                              : is_top_level_await() && scope->is_coroutine;
  if (makes_generator) {
    emit(Opcode::RETURN_GENERATOR);
    emit(Opcode::POP_TOP);
  }
  emit(Opcode::RESUME, 0);
}

std::shared_ptr<CodeUnit> CodeGenerator::leave_unit(bool return_none) {
  Unit& current = unit();
  if (!current.assembler.ends_path()) {
    unset_location();
    if (return_none) emit_none();
    emit(Opcode::RETURN_VALUE);
  }
  std::shared_ptr<CodeUnit> code = current.code;
  code->flags = code_flags();
  current.assembler.assemble(*code);
  location_ = current.saved_location;
  units_.pop_back();
  return code;
}

// co_qualname: "C.f", "f.<locals>.g"; a function declared global is named
// as if at module level (CPython's compiler_set_qualname).
std::string CodeGenerator::qualified_name(std::string_view name, UnitKind kind) const {
  std::string base;
  if (units_.size() > 1) {
    const Unit& parent = *units_.back();
    bool declared_global = false;
    if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction || kind == UnitKind::Class) {
      declared_global =
          parent.scope->scope_of(mangle(parent.private_name, name)) == NameScope::GlobalExplicit;
    }
    if (!declared_global) {
      base = parent.code->qualname;
      if (is_function_kind(parent.kind)) base += ".<locals>";
    }
  }
  return base.empty() ? std::string(name) : base + "." + std::string(name);
}

uint32_t CodeGenerator::code_flags() const {
  const Scope* scope = units_.back()->scope;
  uint32_t flags = 0;
  if (scope->is_function()) {
    flags |= kOptimized | kNewLocals;
    if (scope->is_nested) flags |= kNested;
    if (scope->is_generator && !scope->is_coroutine) flags |= kGenerator;
    if (!scope->is_generator && scope->is_coroutine) flags |= kCoroutine;
    if (scope->is_generator && scope->is_coroutine) flags |= kAsyncGenerator;
    if (scope->has_varargs) flags |= kVarArgs;
    if (scope->has_varkeywords) flags |= kVarKeywords;
  } else if (is_top_level_await() && scope->is_coroutine && !scope->is_generator) {
    flags |= kCoroutine;
  }
  if (future_.annotations) flags |= kFutureAnnotations;
  return flags;
}

// ---------------------------------------------------------------------------
// Constants and names

uint32_t CodeGenerator::constant_index(Constant value) {
  Unit& current = unit();
  auto [it, inserted] = current.constants.try_emplace(
      constant_key(value), static_cast<uint32_t>(current.code->consts.size()));
  if (inserted) current.code->consts.push_back(std::move(value));
  return it->second;
}

std::string CodeGenerator::mangled(std::string_view name) const {
  return mangle(units_.back()->private_name, name);
}

uint32_t CodeGenerator::name_index(std::string_view name) {
  Unit& current = unit();
  std::string key = mangled(name);
  auto [it, inserted] =
      current.names.try_emplace(key, static_cast<uint32_t>(current.code->names.size()));
  if (inserted) current.code->names.push_back(key);
  return it->second;
}

uint32_t CodeGenerator::varname_index(const std::string& name) {
  Unit& current = unit();
  auto [it, inserted] =
      current.varnames.try_emplace(name, static_cast<uint32_t>(current.code->varnames.size()));
  if (inserted) current.code->varnames.push_back(name);
  return it->second;
}

uint32_t CodeGenerator::cell_index(const std::string& name) const {
  auto it = units_.back()->cells.find(name);
  if (it == units_.back()->cells.end()) throw std::logic_error("no cell for " + name);
  return it->second;
}

void CodeGenerator::check_forbidden_name(std::string_view name, Access access) const {
  if (name != "__debug__") return;
  if (access == Access::Store) error("cannot assign to __debug__");
  if (access == Access::Delete) error("cannot delete __debug__");
}

// How a name is reached depends on where the symbol table put it:
// function locals live in frame slots (FAST), captured ones in cells
// (DEREF), declared or implicit globals in the module (GLOBAL), and in
// module and class bodies everything else goes through the namespace
// dictionary (NAME).
void CodeGenerator::name_op(std::string_view name, Access access) {
  check_forbidden_name(name, access);
  std::string key = mangled(name);
  const Scope* scope = unit().scope;
  bool in_function = scope->is_function();
  static constexpr Opcode kFast[] = {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST};
  static constexpr Opcode kDeref[] = {Opcode::LOAD_DEREF, Opcode::STORE_DEREF,
                                      Opcode::DELETE_DEREF};
  static constexpr Opcode kGlobal[] = {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL,
                                       Opcode::DELETE_GLOBAL};
  static constexpr Opcode kName[] = {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME};
  int which = static_cast<int>(access);
  switch (scope->scope_of(key)) {
    case NameScope::Free:
    case NameScope::Cell: {
      Opcode op = kDeref[which];
      if (access == Access::Load && scope->kind == BlockKind::Class) op = Opcode::LOAD_CLASSDEREF;
      emit(op, cell_index(key));
      return;
    }
    case NameScope::Local:
      if (in_function) {
        emit(kFast[which], varname_index(key));
        return;
      }
      break;
    case NameScope::GlobalImplicit:
      if (!in_function) break;
      [[fallthrough]];
    case NameScope::GlobalExplicit:
      emit(kGlobal[which], access == Access::Load ? name_index(key) << 1 : name_index(key));
      return;
    case NameScope::Unresolved:
      break;
  }
  emit(kName[which], name_index(key));
}

void CodeGenerator::emit_build_tuple(uint32_t count) {
  std::optional<std::vector<uint32_t>> constants = unit().assembler.take_trailing_constants(count);
  if (!constants) {
    emit(Opcode::BUILD_TUPLE, count);
    return;
  }
  Constant::Tuple items;
  for (uint32_t index : *constants)
    items.push_back(unit().code->consts[index]);
  emit_constant(Constant{std::move(items)});
}

// ---------------------------------------------------------------------------
// Source positions and errors

CodeGenerator::LocationScope::LocationScope(CodeGenerator& generator, const Location& location)
    : generator_(generator), saved_(generator.location_) {
  generator.set_location(location);
}

void CodeGenerator::set_location(const Location& location) {
  location_ = SourceSpan{location.lineno, location.end_lineno, location.col_offset,
                         location.end_col_offset};
}

void CodeGenerator::match_attribute_start(Attribute* node) {
  const Location& attribute = node->location;
  if (location_.line == attribute.end_lineno) return;
  location_.line = attribute.end_lineno;
  // The name's length in characters, against a column in bytes: CPython's.
  int length = 0;
  for (unsigned char c : node->attr)
    length += (c & 0xC0) != 0x80;
  if (length <= attribute.end_col_offset) {
    location_.column = attribute.end_col_offset - length;
  } else {
    location_.column = -1;
    location_.end_column = -1;
  }
  location_.end_line = std::max(location_.line, location_.end_line);
  if (location_.line == location_.end_line) {
    location_.end_column = std::max(location_.column, location_.end_column);
  }
}

void CodeGenerator::error(std::string message) const {
  lexer::SyntaxError syntax_error;
  syntax_error.message = std::move(message);
  syntax_error.line = location_.line;
  syntax_error.column = location_.column;
  syntax_error.end_line = location_.end_line;
  syntax_error.end_column = location_.end_column;
  throw syntax_error;
}

// ---------------------------------------------------------------------------
// Functions, lambdas and classes

void CodeGenerator::check_parameter_names(Arguments* args) {
  for (Arg* arg : args->posonlyargs)
    check_forbidden_name(arg->arg, Access::Store);
  for (Arg* arg : args->args)
    check_forbidden_name(arg->arg, Access::Store);
  if (args->vararg) check_forbidden_name(args->vararg->arg, Access::Store);
  for (Arg* arg : args->kwonlyargs)
    check_forbidden_name(arg->arg, Access::Store);
  if (args->kwarg) check_forbidden_name(args->kwarg->arg, Access::Store);
}

void CodeGenerator::set_argument_counts(Arguments* args) {
  CodeUnit& code = *unit().code;
  code.posonlyargcount = static_cast<int>(args->posonlyargs.size());
  code.argcount = code.posonlyargcount + static_cast<int>(args->args.size());
  code.kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
}

// Pushes the defaults tuple and the keyword-only defaults dict; returns the
// MAKE_FUNCTION flags saying which were pushed.
uint32_t CodeGenerator::compile_defaults(Arguments* args) {
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    compile_expressions(args->defaults);
    emit_build_tuple(static_cast<uint32_t>(args->defaults.size()));
    flags |= 0x01;
  }
  Constant::Tuple keyword_names;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    Expr* value = args->kw_defaults[i];
    if (!value) continue;
    keyword_names.push_back(Constant{mangled(args->kwonlyargs[i]->arg)});
    compile_expression(value);
  }
  if (!keyword_names.empty()) {
    uint32_t count = static_cast<uint32_t>(keyword_names.size());
    emit_constant(Constant{std::move(keyword_names)});
    emit(Opcode::BUILD_CONST_KEY_MAP, count);
    flags |= 0x02;
  }
  return flags;
}

void CodeGenerator::compile_annotation_value(Expr* annotation) {
  if (future_.annotations) {
    emit_constant(Constant{unparse_expression(annotation)});
  } else {
    compile_expression(annotation);
  }
}

// Pushes a tuple (name, value, name, value, ...) of the parameters'
// annotations, in CPython's order (which puts positional-only ones after
// the others). Returns false when nothing is annotated.
bool CodeGenerator::compile_annotations(Arguments* args, Expr* returns) {
  uint32_t count = 0;
  auto annotate = [&](std::string_view name, Expr* annotation) {
    if (!annotation) return;
    emit_constant(Constant{mangled(name)});
    if (!future_.annotations && annotation->kind == ExprKind::Starred) {
      // `*args: *Ts` stores the one item of *Ts.
      compile_expression(annotation->as<Starred>()->value);
      emit(Opcode::UNPACK_SEQUENCE, 1);
    } else {
      compile_annotation_value(annotation);
    }
    count += 2;
  };
  for (Arg* arg : args->args)
    annotate(arg->arg, arg->annotation);
  for (Arg* arg : args->posonlyargs)
    annotate(arg->arg, arg->annotation);
  if (args->vararg) annotate(args->vararg->arg, args->vararg->annotation);
  for (Arg* arg : args->kwonlyargs)
    annotate(arg->arg, arg->annotation);
  if (args->kwarg) annotate(args->kwarg->arg, args->kwarg->annotation);
  annotate("return", returns);
  if (count == 0) return false;
  emit_build_tuple(count);
  return true;
}

// Pushes the function made from `code`: its closure first when it captures
// variables (the cells of this frame it needs, by name), then the code.
void CodeGenerator::make_closure(std::shared_ptr<CodeUnit> code, uint32_t flags) {
  if (!code->freevars.empty()) {
    for (const std::string& name : code->freevars)
      emit(Opcode::LOAD_CLOSURE, cell_index(name));
    emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
    flags |= 0x08;
  }
  emit_constant(Constant{std::move(code)});
  emit(Opcode::MAKE_FUNCTION, flags);
}

// Decorators are evaluated first and applied last, innermost first:
// each CALL 0 finds [decorator, function] and calls decorator(function).
void CodeGenerator::apply_decorators(const List<Expr*>& decorators) {
  for (size_t i = decorators.size(); i-- > 0;) {
    LocationScope at(*this, decorators[i]->location);
    emit(Opcode::CALL, 0);
  }
}

template <class FunctionNode>
void CodeGenerator::compile_function(FunctionNode* node, bool is_async) {
  check_parameter_names(node->args);
  compile_expressions(node->decorator_list);
  int first_line = node->decorator_list.empty() ? node->location.lineno
                                                : node->decorator_list[0]->location.lineno;
  uint32_t flags = compile_defaults(node->args);
  if (compile_annotations(node->args, node->returns)) flags |= 0x04;

  enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, symbols_.scope_of(node),
             node->name, first_line);
  const parser::Constant* docstring = docstring_node(node->body);
  constant_index(docstring ? constant_of(docstring->value) : Constant{Constant::None{}});
  set_argument_counts(node->args);
  for (size_t i = docstring ? 1 : 0; i < node->body.size(); ++i)
    compile_statement(node->body[i]);
  std::shared_ptr<CodeUnit> code = leave_unit();

  make_closure(std::move(code), flags);
  apply_decorators(node->decorator_list);
  store_name(node->name);
}

template void CodeGenerator::compile_function(FunctionDef*, bool);
template void CodeGenerator::compile_function(AsyncFunctionDef*, bool);

void CodeGenerator::compile_lambda(Lambda* node) {
  check_parameter_names(node->args);
  uint32_t flags = compile_defaults(node->args);
  Scope* scope = symbols_.scope_of(node);
  enter_unit(UnitKind::Lambda, scope, "<lambda>", node->location.lineno);
  set_location(node->location);
  constant_index(Constant{Constant::None{}});  // so that a lambda never has a docstring
  set_argument_counts(node->args);
  compile_expression(node->body);
  // A generator lambda returns what its body leaves on the stack.
  if (!scope->is_generator) emit(Opcode::RETURN_VALUE);
  make_closure(leave_unit(false), flags);
}

// A class body is a function run once by __build_class__ with a fresh
// namespace; it returns the __class__ cell when methods use super() or
// __class__, so that type.__new__ can fill it with the new class.
void CodeGenerator::compile_class(ClassDef* node) {
  compile_expressions(node->decorator_list);
  int first_line = node->decorator_list.empty() ? node->location.lineno
                                                : node->decorator_list[0]->location.lineno;
  Scope* scope = symbols_.scope_of(node);
  enter_unit(UnitKind::Class, scope, node->name, first_line);
  set_location(node->location);
  load_name("__name__");
  store_name("__module__");
  emit_constant(Constant{unit().code->qualname});
  store_name("__qualname__");
  compile_body(node->body);
  unset_location();
  if (scope->needs_class_closure) {
    emit(Opcode::LOAD_CLOSURE, cell_index("__class__"));
    emit(Opcode::COPY, 1);
    store_name("__classcell__");
  } else {
    emit_none();
  }
  emit(Opcode::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = leave_unit();

  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  make_closure(std::move(code), 0);
  emit_constant(Constant{std::string(node->name)});
  compile_call_arguments(2, node->bases, node->keywords);
  apply_decorators(node->decorator_list);
  store_name(node->name);
}

// The body of a module or class: __annotations__ if anything is
// annotated, then the docstring as __doc__, then the statements.
void CodeGenerator::compile_body(const List<Stmt*>& body) {
  if (unit().kind == UnitKind::Module && !body.empty()) set_location(body[0]->location);
  if (has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS);
  size_t first = 0;
  if (const parser::Constant* docstring = docstring_node(body)) {
    first = 1;
    {
      LocationScope at(*this, docstring->location);
      compile_constant(docstring->value);
    }
    unset_location();
    store_name("__doc__");
  }
  for (size_t i = first; i < body.size(); ++i)
    compile_statement(body[i]);
}

}  // namespace eddy::compiler

// Building and resolving the symbol table (see symtable.h).
//
// SymbolTableBuilder walks the AST once and records, per scope, every name
// with how it is used (SymbolFlags). ScopeResolver then resolves each name
// top-down, passing to each child the names bound around it, and bottom-up
// the names its children capture: a local that a child captures becomes a
// cell, a name a child captures from further out is free here too so that
// the closure can be handed down. This is CPython 3.11's algorithm, and its
// error messages and positions are CPython's.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>
#include <utility>

#include "lexer/source.h"

namespace eddy::compiler {

using namespace parser;

namespace {

[[noreturn]] void raise_at(const Location& where, std::string message) {
  lexer::SyntaxError error;
  error.message = std::move(message);
  error.line = where.lineno;
  error.column = where.col_offset;
  error.end_line = where.end_lineno;
  error.end_column = where.end_col_offset;
  throw error;
}

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

}  // namespace

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || !name.starts_with("__")) return std::string(name);
  if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
  size_t first = class_name.find_first_not_of('_');
  if (first == std::string_view::npos) return std::string(name);
  return "_" + std::string(class_name.substr(first)) + std::string(name);
}

// ---------------------------------------------------------------------------
// Scope

Symbol& Scope::symbol(std::string_view name) {
  auto [it, inserted] = index_.try_emplace(std::string(name), symbols_.size());
  if (inserted) symbols_.push_back(Symbol{std::string(name)});
  return symbols_[it->second];
}

Symbol* Scope::find(std::string_view name) {
  auto it = index_.find(std::string(name));
  return it == index_.end() ? nullptr : &symbols_[it->second];
}

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index_.find(std::string(name));
  return it == index_.end() ? nullptr : &symbols_[it->second];
}

NameScope Scope::scope_of(std::string_view name) const {
  const Symbol* symbol = lookup(name);
  return symbol ? symbol->scope : NameScope::Unresolved;
}

std::vector<std::string> Scope::sorted_names_with(NameScope scope, uint32_t or_flags) const {
  std::vector<std::string> names;
  for (const Symbol& symbol : symbols_) {
    if (symbol.scope == scope || (symbol.flags & or_flags)) names.push_back(symbol.name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

Scope* SymbolTable::scope_of(const void* node) const {
  auto it = scopes_by_node_.find(node);
  return it == scopes_by_node_.end() ? nullptr : it->second;
}

// ---------------------------------------------------------------------------
// The first pass: record every use of every name.

class SymbolTableBuilder {
 public:
  SymbolTableBuilder(SymbolTable& table, bool future_annotations)
      : table_(table), future_annotations_(future_annotations) {}

  template <class Body>
  void build(const Body& body) {
    table_.module_scope_ = std::make_unique<Scope>(BlockKind::Module, "top", Location{});
    module_ = table_.module_scope_.get();
    frames_.push_back(Frame{module_});
    visit(body);
    frames_.pop_back();
  }

 private:
  // The builder's state for each scope being walked.
  struct Frame {
    Scope* scope;
    int in_comprehension_iterable = 0;  // visiting a comprehension's `in` expression
    bool in_comprehension_target = false;
  };

  Frame& frame() { return frames_.back(); }
  Scope* current() { return frames_.back().scope; }

  void enter(BlockKind kind, std::string name, const void* node, const Location& location) {
    Scope* parent = current();
    auto scope = std::make_unique<Scope>(kind, std::move(name), location);
    scope->is_nested = parent->is_nested || parent->kind == BlockKind::Function;
    Scope* raw = scope.get();
    parent->children.push_back(std::move(scope));
    table_.scopes_by_node_[node] = raw;
    frames_.push_back(Frame{raw});
  }
  void leave() { frames_.pop_back(); }

  // Records `flags` for `name` in `scope` (symtable_add_def_helper).
  void add_def_in(Scope* scope, std::string_view name, uint32_t flags, const Location& where) {
    std::string mangled = mangle(class_name_, name);
    Symbol& symbol = scope->symbol(mangled);
    if ((flags & kDefParam) && (symbol.flags & kDefParam)) {
      raise_at(where, "duplicate argument " + quoted(name) + " in function definition");
    }
    uint32_t combined = symbol.flags | flags;
    if (scope == current() && frame().in_comprehension_target) {
      if (combined & (kDefGlobal | kDefNonlocal)) {
        raise_at(where, "comprehension inner loop cannot rebind assignment expression target " +
                            quoted(name));
      }
      combined |= kDefCompIter;
    }
    symbol.flags = combined;
    if (flags & kDefParam) {
      scope->parameters.push_back(mangled);
    } else if ((flags & kDefGlobal) && scope != module_) {
      module_->symbol(mangled).flags |= flags;
    }
  }
  void add_def(std::string_view name, uint32_t flags, const Location& where) {
    add_def_in(current(), name, flags, where);
  }
  uint32_t flags_of(std::string_view name) {
    Symbol* symbol = current()->find(mangle(class_name_, name));
    return symbol ? symbol->flags : 0;
  }
  void record_directive(std::string_view name, const Location& where) {
    current()->directives_.try_emplace(mangle(class_name_, name), where);
  }

  // --- Statements ---------------------------------------------------------

  void visit(const List<Stmt*>& statements) {
    for (Stmt* statement : statements)
      visit(statement);
  }

  void visit(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
        visit_function(s->as<FunctionDef>(), false);
        break;
      case StmtKind::AsyncFunctionDef:
        visit_function(s->as<AsyncFunctionDef>(), true);
        break;
      case StmtKind::ClassDef:
        visit_class(s->as<ClassDef>());
        break;
      case StmtKind::Return: {
        auto* node = s->as<Return>();
        if (node->value) visit(node->value);
        break;
      }
      case StmtKind::Delete:
        visit(s->as<Delete>()->targets);
        break;
      case StmtKind::Assign: {
        auto* node = s->as<Assign>();
        visit(node->targets);
        visit(node->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* node = s->as<AugAssign>();
        visit(node->target);
        visit(node->value);
        break;
      }
      case StmtKind::AnnAssign:
        visit_annotated_assignment(s->as<AnnAssign>());
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* node = s->as<For>();
        if (s->kind == StmtKind::AsyncFor) mark_top_level_async();
        visit(node->target);
        visit(node->iter);
        visit(node->body);
        visit(node->orelse);
        break;
      }
      case StmtKind::While: {
        auto* node = s->as<While>();
        visit(node->test);
        visit(node->body);
        visit(node->orelse);
        break;
      }
      case StmtKind::If: {
        auto* node = s->as<If>();
        visit(node->test);
        visit(node->body);
        visit(node->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* node = s->as<With>();
        if (s->kind == StmtKind::AsyncWith) mark_top_level_async();
        for (WithItem* item : node->items) {
          visit(item->context_expr);
          if (item->optional_vars) visit(item->optional_vars);
        }
        visit(node->body);
        break;
      }
      case StmtKind::Raise: {
        auto* node = s->as<Raise>();
        if (node->exc) visit(node->exc);
        if (node->cause) visit(node->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* node = s->as<Try>();
        visit(node->body);
        visit(node->orelse);
        for (ExceptHandler* handler : node->handlers) {
          if (handler->type) visit(handler->type);
          if (!handler->name.empty()) add_def(handler->name, kDefLocal, handler->location);
          visit(handler->body);
        }
        visit(node->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* node = s->as<Assert>();
        visit(node->test);
        if (node->msg) visit(node->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* alias : s->as<Import>()->names)
          visit_alias(alias);
        break;
      case StmtKind::ImportFrom:
        for (Alias* alias : s->as<ImportFrom>()->names)
          visit_alias(alias);
        break;
      case StmtKind::Global:
        visit_global(s, s->as<Global>()->names);
        break;
      case StmtKind::Nonlocal:
        visit_nonlocal(s, s->as<Nonlocal>()->names);
        break;
      case StmtKind::Expr:
        visit(s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  // `async for` and `async with` at module level are only valid with
  // top-level await (the REPL), and make the module code a coroutine.
  void mark_top_level_async() {
    if (current() == module_) module_->is_coroutine = true;
  }

  template <class FunctionNode>
  void visit_function(FunctionNode* node, bool is_async) {
    add_def(node->name, kDefLocal, node->location);
    visit_defaults(node->args);
    visit_parameter_annotations(node->args);
    if (node->returns) visit_annotation(node->returns);
    visit(node->decorator_list);
    enter(BlockKind::Function, std::string(node->name), node, node->location);
    if (is_async) current()->is_coroutine = true;
    visit_parameters(node->args);
    visit(node->body);
    leave();
  }

  void visit_class(ClassDef* node) {
    add_def(node->name, kDefLocal, node->location);
    visit(node->bases);
    for (Keyword* keyword : node->keywords)
      visit(keyword->value);
    visit(node->decorator_list);
    enter(BlockKind::Class, std::string(node->name), node, node->location);
    std::string enclosing_class = std::exchange(class_name_, std::string(node->name));
    visit(node->body);
    class_name_ = std::move(enclosing_class);
    leave();
  }

  void visit_annotated_assignment(AnnAssign* node) {
    if (node->target->kind == ExprKind::Name) {
      auto* target = node->target->as<Name>();
      uint32_t flags = flags_of(target->id);
      if ((flags & (kDefGlobal | kDefNonlocal)) && current() != module_ && node->simple) {
        raise_at(node->location, "annotated name " + quoted(target->id) + " can't be " +
                                     ((flags & kDefGlobal) ? "global" : "nonlocal"));
      }
      if (node->simple) {
        add_def(target->id, kDefAnnot | kDefLocal, target->location);
      } else if (node->value) {
        add_def(target->id, kDefLocal, target->location);
      }
    } else {
      visit(node->target);
    }
    visit_annotation(node->annotation);
    if (node->value) visit(node->value);
  }

  // `import a.b` binds `a`; `import a.b as c` binds `c`.
  void visit_alias(Alias* alias) {
    std::string_view name = alias->asname.empty() ? alias->name : alias->asname;
    if (name == "*") {
      if (current()->kind != BlockKind::Module) {
        raise_at(alias->location, "import * only allowed at module level");
      }
      return;
    }
    add_def(name.substr(0, name.find('.')), kDefImport, alias->location);
  }

  void visit_global(Stmt* s, const List<Identifier>& names) {
    for (Identifier name : names) {
      uint32_t flags = flags_of(name);
      if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string message =
            (flags & kDefParam) ? "name " + quoted(name) + " is parameter and global"
            : (flags & kUse)    ? "name " + quoted(name) + " is used prior to global declaration"
            : (flags & kDefAnnot)
                ? "annotated name " + quoted(name) + " can't be global"
                : "name " + quoted(name) + " is assigned to before global declaration";
        raise_at(s->location, message);
      }
      add_def(name, kDefGlobal, s->location);
      record_directive(name, s->location);
    }
  }

  void visit_nonlocal(Stmt* s, const List<Identifier>& names) {
    for (Identifier name : names) {
      uint32_t flags = flags_of(name);
      if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string message =
            (flags & kDefParam) ? "name " + quoted(name) + " is parameter and nonlocal"
            : (flags & kUse)    ? "name " + quoted(name) + " is used prior to nonlocal declaration"
            : (flags & kDefAnnot)
                ? "annotated name " + quoted(name) + " can't be nonlocal"
                : "name " + quoted(name) + " is assigned to before nonlocal declaration";
        raise_at(s->location, message);
      }
      add_def(name, kDefNonlocal, s->location);
      record_directive(name, s->location);
    }
  }

  // --- Parameters -----------------------------------------------------------

  // Defaults are evaluated where the function is defined.
  void visit_defaults(Arguments* args) {
    visit(args->defaults);
    for (Expr* value : args->kw_defaults) {
      if (value) visit(value);
    }
  }

  void visit_parameter_annotations(Arguments* args) {
    auto visit_one = [&](Arg* arg) {
      if (arg && arg->annotation) visit_annotation(arg->annotation);
    };
    for (Arg* arg : args->posonlyargs)
      visit_one(arg);
    for (Arg* arg : args->args)
      visit_one(arg);
    visit_one(args->vararg);
    for (Arg* arg : args->kwonlyargs)
      visit_one(arg);
    visit_one(args->kwarg);
  }

  // Parameters in co_varnames order: positional, keyword-only, *args, **kwargs.
  void visit_parameters(Arguments* args) {
    for (Arg* arg : args->posonlyargs)
      add_def(arg->arg, kDefParam, arg->location);
    for (Arg* arg : args->args)
      add_def(arg->arg, kDefParam, arg->location);
    for (Arg* arg : args->kwonlyargs)
      add_def(arg->arg, kDefParam, arg->location);
    if (args->vararg) {
      add_def(args->vararg->arg, kDefParam, args->vararg->location);
      current()->has_varargs = true;
    }
    if (args->kwarg) {
      add_def(args->kwarg->arg, kDefParam, args->kwarg->location);
      current()->has_varkeywords = true;
    }
  }

  void visit_annotation(Expr* annotation) {
    if (!future_annotations_) visit(annotation);
  }

  // --- Expressions -----------------------------------------------------------

  void visit(const List<Expr*>& expressions) {
    for (Expr* e : expressions)
      visit(e);
  }

  void visit(Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        visit(e->as<BoolOp>()->values);
        break;
      case ExprKind::NamedExpr:
        visit_named_expression(e->as<NamedExpr>());
        break;
      case ExprKind::BinOp:
        visit(e->as<BinOp>()->left);
        visit(e->as<BinOp>()->right);
        break;
      case ExprKind::UnaryOp:
        visit(e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda: {
        auto* node = e->as<Lambda>();
        visit_defaults(node->args);
        enter(BlockKind::Function, "lambda", node, node->location);
        visit_parameters(node->args);
        visit(node->body);
        leave();
        break;
      }
      case ExprKind::IfExp: {
        auto* node = e->as<IfExp>();
        visit(node->test);
        visit(node->body);
        visit(node->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* node = e->as<Dict>();
        for (Expr* key : node->keys) {
          if (key) visit(key);
        }
        visit(node->values);
        break;
      }
      case ExprKind::Set:
        visit(e->as<Set>()->elts);
        break;
      case ExprKind::ListComp: {
        auto* node = e->as<ListComp>();
        visit_comprehension(node, "listcomp", ComprehensionKind::List, node->generators, node->elt,
                            nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* node = e->as<SetComp>();
        visit_comprehension(node, "setcomp", ComprehensionKind::Set, node->generators, node->elt,
                            nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* node = e->as<DictComp>();
        visit_comprehension(node, "dictcomp", ComprehensionKind::Dict, node->generators, node->key,
                            node->value);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* node = e->as<GeneratorExp>();
        visit_comprehension(node, "genexpr", ComprehensionKind::Generator, node->generators,
                            node->elt, nullptr);
        break;
      }
      case ExprKind::Await:
        visit(e->as<Await>()->value);
        current()->is_coroutine = true;
        break;
      case ExprKind::Yield:
        if (e->as<Yield>()->value) visit(e->as<Yield>()->value);
        mark_generator(e);
        break;
      case ExprKind::YieldFrom:
        visit(e->as<YieldFrom>()->value);
        mark_generator(e);
        break;
      case ExprKind::Compare:
        visit(e->as<Compare>()->left);
        visit(e->as<Compare>()->comparators);
        break;
      case ExprKind::Call: {
        auto* node = e->as<Call>();
        visit(node->func);
        visit(node->args);
        for (Keyword* keyword : node->keywords)
          visit(keyword->value);
        break;
      }
      case ExprKind::FormattedValue:
        visit(e->as<FormattedValue>()->value);
        if (e->as<FormattedValue>()->format_spec) visit(e->as<FormattedValue>()->format_spec);
        break;
      case ExprKind::JoinedStr:
        visit(e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        visit(e->as<Attribute>()->value);
        break;
      case ExprKind::Subscript:
        visit(e->as<Subscript>()->value);
        visit(e->as<Subscript>()->slice);
        break;
      case ExprKind::Starred:
        visit(e->as<Starred>()->value);
        break;
      case ExprKind::Slice: {
        auto* node = e->as<Slice>();
        if (node->lower) visit(node->lower);
        if (node->upper) visit(node->upper);
        if (node->step) visit(node->step);
        break;
      }
      case ExprKind::Name: {
        auto* node = e->as<Name>();
        add_def(node->id, node->ctx == ExprContext::Load ? kUse : kDefLocal, node->location);
        // A bare super() reads the __class__ cell.
        if (node->ctx == ExprContext::Load && current()->kind == BlockKind::Function &&
            node->id == "super") {
          add_def("__class__", kUse, node->location);
        }
        break;
      }
      case ExprKind::List:
        visit(e->as<ListExpr>()->elts);
        break;
      case ExprKind::Tuple:
        visit(e->as<Tuple>()->elts);
        break;
    }
  }

  void mark_generator(Expr* e) {
    current()->is_generator = true;
    static constexpr std::string_view kInside[] = {"", "list comprehension", "set comprehension",
                                                   "dict comprehension", "generator expression"};
    ComprehensionKind kind = current()->comprehension;
    if (kind != ComprehensionKind::None) {
      raise_at(e->location, "'yield' inside " + std::string(kInside[static_cast<int>(kind)]));
    }
  }

  // The first iterable is evaluated in the enclosing scope and passed in
  // as the implicit parameter `.0`; the rest runs in the comprehension's
  // own function scope.
  void visit_comprehension(Expr* node, std::string name, ComprehensionKind kind,
                           const List<Comprehension*>& generators, Expr* element, Expr* value) {
    Comprehension* outermost = generators[0];
    ++frame().in_comprehension_iterable;
    visit(outermost->iter);
    --frame().in_comprehension_iterable;

    enter(BlockKind::Function, std::move(name), node, node->location);
    Scope* scope = current();
    scope->comprehension = kind;
    if (outermost->is_async) scope->is_coroutine = true;
    add_def(".0", kDefParam, node->location);
    visit_comprehension_target(outermost->target);
    visit(outermost->ifs);
    for (size_t i = 1; i < generators.size(); ++i) {
      Comprehension* generator = generators[i];
      visit_comprehension_target(generator->target);
      ++frame().in_comprehension_iterable;
      visit(generator->iter);
      --frame().in_comprehension_iterable;
      visit(generator->ifs);
      if (generator->is_async) scope->is_coroutine = true;
    }
    if (value) visit(value);
    visit(element);
    bool is_generator = kind == ComprehensionKind::Generator;
    scope->is_generator = is_generator;
    leave();
    // An async list/set/dict comprehension is awaited where it is written.
    if (scope->is_coroutine && !is_generator) current()->is_coroutine = true;
  }

  void visit_comprehension_target(Expr* target) {
    frame().in_comprehension_target = true;
    visit(target);
    frame().in_comprehension_target = false;
  }

  // `(x := v)` inside a comprehension binds x in the enclosing function
  // (or module), not in the comprehension.
  void visit_named_expression(NamedExpr* node) {
    if (frame().in_comprehension_iterable > 0) {
      raise_at(node->location,
               "assignment expression cannot be used in a comprehension iterable expression");
    }
    if (current()->comprehension != ComprehensionKind::None) {
      bind_in_enclosing_scope(node->target->as<Name>());
    }
    visit(node->value);
    visit(node->target);
  }

  void bind_in_enclosing_scope(Name* target) {
    std::string_view name = target->id;
    for (size_t i = frames_.size(); i-- > 0;) {
      Scope* scope = frames_[i].scope;
      if (scope->comprehension != ComprehensionKind::None) {
        Symbol* symbol = scope->find(mangle(class_name_, name));
        if (symbol && (symbol->flags & kDefCompIter)) {
          raise_at(target->location,
                   "assignment expression cannot rebind comprehension iteration variable " +
                       quoted(name));
        }
        continue;
      }
      if (scope->kind == BlockKind::Function) {
        Symbol* symbol = scope->find(mangle(class_name_, name));
        bool is_global = symbol && (symbol->flags & kDefGlobal);
        add_def(name, is_global ? kDefGlobal : kDefNonlocal, target->location);
        record_directive(name, target->location);
        add_def_in(scope, name, kDefLocal, target->location);
        return;
      }
      if (scope->kind == BlockKind::Module) {
        add_def(name, kDefGlobal, target->location);
        record_directive(name, target->location);
        add_def_in(scope, name, kDefGlobal, target->location);
        return;
      }
      raise_at(target->location,
               "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  SymbolTable& table_;
  Scope* module_ = nullptr;
  std::vector<Frame> frames_;
  const bool future_annotations_;
  std::string class_name_;  // the innermost enclosing class, for mangling
};

// ---------------------------------------------------------------------------
// The second pass: resolve every name (CPython's analyze_block).

using NameSet = std::set<std::string>;

class ScopeResolver {
 public:
  // `bound` is null for the module: nothing encloses it.
  static void analyze(Scope* scope, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    std::unordered_map<std::string, NameScope> scopes;
    NameSet child_bound, child_global, child_free;

    // A class body's names are invisible to its methods: children see
    // what encloses the class, not the class itself.
    if (scope->kind == BlockKind::Class) {
      child_global = global;
      if (bound) child_bound = *bound;
    }
    for (const Symbol& symbol : scope->symbols_) {
      scopes[symbol.name] = analyze_name(scope, symbol, bound, local, free, global);
    }
    if (scope->kind != BlockKind::Class) {
      if (scope->kind == BlockKind::Function) child_bound.insert(local.begin(), local.end());
      if (bound) child_bound.insert(bound->begin(), bound->end());
      child_global.insert(global.begin(), global.end());
    } else {
      child_bound.insert("__class__");
    }

    for (auto& child : scope->children) {
      NameSet bound_copy = child_bound, free_copy = child_free, global_copy = child_global;
      analyze(child.get(), &bound_copy, free_copy, global_copy);
      child_free.insert(free_copy.begin(), free_copy.end());
    }

    if (scope->kind == BlockKind::Function) {
      // Locals that a child captures become cells.
      for (auto& [name, where] : scopes) {
        if (where == NameScope::Local && child_free.erase(name)) where = NameScope::Cell;
      }
    } else if (scope->kind == BlockKind::Class) {
      if (child_free.erase("__class__")) scope->needs_class_closure = true;
    }
    update_symbols(scope, scopes, bound, child_free);
    free.insert(child_free.begin(), child_free.end());
  }

 private:
  static NameScope analyze_name(Scope* scope, const Symbol& symbol, NameSet* bound, NameSet& local,
                                NameSet& free, NameSet& global) {
    const std::string& name = symbol.name;
    if (symbol.flags & kDefGlobal) {
      if (symbol.flags & kDefNonlocal) {
        raise_at_directive(scope, name, "name " + quoted(name) + " is nonlocal and global");
      }
      global.insert(name);
      if (bound) bound->erase(name);
      return NameScope::GlobalExplicit;
    }
    if (symbol.flags & kDefNonlocal) {
      if (!bound) {
        raise_at_directive(scope, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound->count(name)) {
        raise_at_directive(scope, name, "no binding for nonlocal " + quoted(name) + " found");
      }
      free.insert(name);
      return NameScope::Free;
    }
    if (symbol.flags & kDefBound) {
      local.insert(name);
      global.erase(name);
      return NameScope::Local;
    }
    // Bound in an enclosing function: free here.
    if (bound && bound->count(name)) {
      free.insert(name);
      return NameScope::Free;
    }
    return NameScope::GlobalImplicit;
  }

  static void update_symbols(Scope* scope, std::unordered_map<std::string, NameScope>& scopes,
                             NameSet* bound, const NameSet& free) {
    for (Symbol& symbol : scope->symbols_)
      symbol.scope = scopes[symbol.name];
    // Free variables of children that this scope must pass down.
    for (const std::string& name : free) {
      if (Symbol* symbol = scope->find(name)) {
        // A method's free variable that the class body also binds: the
        // class both stores it by name and passes the cell on.
        if (scope->kind == BlockKind::Class && (symbol->flags & (kDefBound | kDefGlobal))) {
          symbol->flags |= kDefFreeClass;
        }
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      scope->symbol(name).scope = NameScope::Free;
    }
  }

  [[noreturn]] static void raise_at_directive(Scope* scope, const std::string& name,
                                              std::string message) {
    auto it = scope->directives_.find(name);
    raise_at(it == scope->directives_.end() ? scope->location : it->second, std::move(message));
  }
};

template <class Body>
SymbolTable SymbolTable::build_from(const Body& body, bool future_annotations) {
  SymbolTable table;
  SymbolTableBuilder(table, future_annotations).build(body);
  NameSet free, global;
  ScopeResolver::analyze(table.module_scope_.get(), nullptr, free, global);
  return table;
}

SymbolTable SymbolTable::build(const Module* module, bool future_annotations) {
  return build_from(module->body, future_annotations);
}

SymbolTable SymbolTable::build(const Expression* expression) {
  return build_from(expression->body, false);
}

}  // namespace eddy::compiler

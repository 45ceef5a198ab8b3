// The symbol table: for every scope of a module (the module itself, each
// function, lambda, class body and comprehension) the names it uses and
// where each one lives — local, global, free (captured from an enclosing
// function) or cell (captured by an inner one). It follows CPython 3.11's
// Python/symtable.c: a first walk records how each name is used in each
// scope, a second pass resolves every name against the scopes around it.
//
// It also raises the compile-time SyntaxErrors that depend on scoping
// (`no binding for nonlocal 'x' found`, `duplicate argument ...`, ...).
// Errors that depend on the code being generated (`'return' outside
// function`, `'break' outside loop`, ...) belong to the code generator.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"

namespace eddy::compiler {

// The three kinds of block CPython distinguishes. Lambdas and
// comprehensions are function blocks.
enum class BlockKind : uint8_t { Module, Function, Class };

enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// How a name is used in one scope (CPython's DEF_* flags).
enum SymbolFlags : uint32_t {
  kDefGlobal = 1 << 0,     // `global x`
  kDefLocal = 1 << 1,      // assigned, deleted, or bound by def/class/for/with/except/import
  kDefParam = 1 << 2,      // a parameter
  kDefNonlocal = 1 << 3,   // `nonlocal x`
  kUse = 1 << 4,           // read
  kDefFreeClass = 1 << 5,  // free in a method and also bound in the class body
  kDefImport = 1 << 6,     // bound by an import
  kDefAnnot = 1 << 7,      // annotated (`x: int`)
  kDefCompIter = 1 << 8,   // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives once resolved (CPython's LOCAL, GLOBAL_EXPLICIT, ...).
// Unresolved means the scope never mentions the name.
enum class NameScope : uint8_t { Unresolved, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  NameScope scope = NameScope::Unresolved;
};

// One scope: a module, function, lambda, class body or comprehension.
class Scope {
 public:
  Scope(BlockKind kind, std::string name, const parser::Location& location)
      : kind(kind), name(std::move(name)), location(location) {}

  // The resolved scope of `name` (Unresolved if this scope never uses it).
  NameScope scope_of(std::string_view name) const;
  // The symbol for `name`, or null.
  const Symbol* lookup(std::string_view name) const;
  // Every symbol, in the order the scope first mentions it.
  const std::vector<Symbol>& symbols() const { return symbols_; }

  // Names with the given resolved scope, sorted (CPython orders
  // co_cellvars and co_freevars alphabetically).
  std::vector<std::string> sorted_names_with(NameScope scope, uint32_t or_flags = 0) const;

  bool is_function() const { return kind == BlockKind::Function; }
  bool is_async_generator() const { return is_generator && is_coroutine; }

  const BlockKind kind;
  const std::string name;  // the def/class name, "top", "lambda", "listcomp", ...
  const parser::Location location;

  std::vector<std::string> parameters;  // in co_varnames order
  std::vector<std::unique_ptr<Scope>> children;
  ComprehensionKind comprehension = ComprehensionKind::None;
  bool is_nested = false;     // inside a function (so its globals may be free)
  bool is_generator = false;  // contains yield (or is a generator expression)
  bool is_coroutine = false;  // async def, or contains await / async comprehension
  bool needs_class_closure = false;  // a class whose methods use __class__ or super()
  bool has_varargs = false;      // *args
  bool has_varkeywords = false;  // **kwargs

 private:
  friend class SymbolTableBuilder;
  friend class ScopeResolver;

  Symbol& symbol(std::string_view name);
  Symbol* find(std::string_view name);

  std::vector<Symbol> symbols_;
  std::unordered_map<std::string, size_t> index_;
  // Where each global/nonlocal declaration is, for error positions.
  std::unordered_map<std::string, parser::Location> directives_;
};

// The symbol tables of one module: a tree of scopes, found by AST node.
class SymbolTable {
 public:
  // Builds and resolves the table. Throws lexer::SyntaxError. Under
  // `from __future__ import annotations`, annotations are not evaluated,
  // so the names in them are not uses.
  static SymbolTable build(const parser::Module* module, bool future_annotations = false);
  // The table of compile(..., 'eval')'s input: a module scope around one
  // expression.
  static SymbolTable build(const parser::Expression* expression);

  Scope* module_scope() const { return module_scope_.get(); }
  // The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or
  // comprehension node opens.
  Scope* scope_of(const void* node) const;

 private:
  // The module scope around `body` (statements, or eval's expression).
  template <class Body>
  static SymbolTable build_from(const Body& body, bool future_annotations);

  std::unique_ptr<Scope> module_scope_;
  std::unordered_map<const void*, Scope*> scopes_by_node_;
  friend class SymbolTableBuilder;
};

// CPython's name mangling: inside `class C`, `__x` becomes `_C__x` (but not
// `__x__`, nor dotted names, nor when the class name is all underscores).
std::string mangle(std::string_view class_name, std::string_view name);

}  // namespace eddy::compiler

// compile()'s three modes: future imports, then the symbol table, then the
// code.
#include "compiler/compiler.h"

#include "compiler/symtable.h"

namespace eddy::compiler {

using namespace parser;

namespace {

[[noreturn]] void raise_future_error(const Stmt* statement, std::string message, int column) {
  lexer::SyntaxError error;
  error.message = std::move(message);
  error.line = statement->location.lineno;
  error.column = column;
  throw error;
}

// `from __future__ import x` statements at the start of the module (after
// the docstring), as CPython's future.c reads them. Features that are now
// always on are accepted; `annotations` is the one that still changes
// what the compiler does.
FutureFeatures find_future_features(const Module* module) {
  FutureFeatures features;
  const List<Stmt*>& body = module->body;
  size_t first = 0;
  if (!body.empty() && body[0]->kind == StmtKind::Expr) {
    const Expr* value = body[0]->as<ExprStmt>()->value;
    if (value->kind == ExprKind::Constant &&
        value->as<parser::Constant>()->value.kind == ConstantValue::Kind::Str) {
      first = 1;
    }
  }
  bool done = false;
  int previous_line = 0;
  for (size_t i = first; i < body.size(); ++i) {
    const Stmt* statement = body[i];
    if (done && statement->location.lineno > previous_line) break;
    previous_line = statement->location.lineno;
    if (statement->kind != StmtKind::ImportFrom ||
        statement->as<ImportFrom>()->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      // A future import after another statement on the same line: CPython
      // reports it here, at an offset one short of the statement.
      raise_future_error(statement,
                         "from __future__ imports must occur at the beginning of the file",
                         statement->location.col_offset - 1);
    }
    for (const Alias* alias : statement->as<ImportFrom>()->names) {
      std::string_view feature = alias->name;
      if (feature == "annotations") {
        features.annotations = true;
      } else if (feature == "braces") {
        raise_future_error(statement, "not a chance", statement->location.col_offset);
      } else if (feature != "nested_scopes" && feature != "generators" && feature != "division" &&
                 feature != "absolute_import" && feature != "with_statement" &&
                 feature != "print_function" && feature != "unicode_literals" &&
                 feature != "barry_as_FLUFL" && feature != "generator_stop") {
        raise_future_error(statement, "future feature " + std::string(feature) + " is not defined",
                           statement->location.col_offset);
      }
    }
    features.last_line = statement->location.lineno;
  }
  return features;
}

}  // namespace

std::shared_ptr<CodeUnit> compile_module(const Module* module, const lexer::Source& source,
                                         const CompileOptions& options) {
  FutureFeatures future = find_future_features(module);
  SymbolTable symbols = SymbolTable::build(module, future.annotations);
  CodeGenerator generator(source, symbols, future, options);
  return generator.compile_module(module);
}

std::shared_ptr<CodeUnit> compile_expression(const Expression* expression,
                                             const lexer::Source& source,
                                             const CompileOptions& options) {
  SymbolTable symbols = SymbolTable::build(expression);
  CodeGenerator generator(source, symbols, FutureFeatures{}, options);
  return generator.compile_expression_module(expression);
}

// An interactive statement compiles as a module of its statements, with
// expression statements printed.
std::shared_ptr<CodeUnit> compile_interactive(const Interactive* interactive,
                                              const lexer::Source& source, CompileOptions options) {
  Module module{interactive->body};
  options.interactive = true;
  return compile_module(&module, source, options);
}

}  // namespace eddy::compiler

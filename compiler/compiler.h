// The compiler's entry point: a parsed module in, its code object out
// (with every nested function, class body and comprehension as constants).
// The stages are compiler/symtable.h (scopes) and compiler/codegen.h
// (bytecode); compiler/disassembler.h prints the result.
#pragma once

#include <memory>

#include "compiler/code_unit.h"
#include "compiler/codegen.h"
#include "lexer/source.h"
#include "parser/ast.h"

namespace eddy::compiler {

// Throws lexer::SyntaxError for the errors CPython reports at compile time
// (`'return' outside function`, `no binding for nonlocal 'x' found`, ...).
std::shared_ptr<CodeUnit> compile_module(const parser::Module* module, const lexer::Source& source,
                                         const CompileOptions& options = {});

// compile(..., 'eval'): the code returns the expression's value.
std::shared_ptr<CodeUnit> compile_expression(const parser::Expression* expression,
                                             const lexer::Source& source,
                                             const CompileOptions& options = {});

// compile(..., 'single'): a module whose expression statements are shown
// with sys.displayhook (PRINT_EXPR); `options.interactive` is implied.
std::shared_ptr<CodeUnit> compile_interactive(const parser::Interactive* interactive,
                                              const lexer::Source& source,
                                              CompileOptions options = {});

}  // namespace eddy::compiler

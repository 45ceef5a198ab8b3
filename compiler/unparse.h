// Expressions back to source text, as CPython's ast.unparse spells them
// (Python/ast_unparse.c). Under `from __future__ import annotations` the
// annotations are stored as these strings instead of being evaluated.
#pragma once

#include <string>

#include "parser/ast.h"

namespace eddy::compiler {

std::string unparse_expression(const parser::Expr* e);

}  // namespace eddy::compiler

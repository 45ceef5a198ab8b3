// `eddy --ast`: renders a tree exactly as CPython's ast.dump() does (no
// indentation, no location attributes).
#pragma once

#include <string>

#include "parser/ast.h"

namespace eddy::parser {

std::string dump(Module* module);
std::string dump(Expression* expression);
std::string dump(Interactive* interactive);
std::string dump(Expr* expr);

}  // namespace eddy::parser

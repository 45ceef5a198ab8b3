// Assignment and deletion targets. The grammar parses a target as an
// ordinary expression (it cannot know it is a target until it sees `=`,
// `in` or `as`); these functions check that the expression can be assigned
// to or deleted, turn its context from Load into Store or Del, and raise
// CPython's error otherwise.
#pragma once

#include <string_view>
#include <vector>

#include "lexer/source.h"
#include "parser/ast.h"

namespace eddy::parser {

// The statement the target appears in; CPython words its messages by it.
enum class TargetKind {
  Assign,  // `t = v`, `t: int = v`, `with ... as t`
  For,     // `for t in ...`, comprehensions
  Delete,  // `del t`
};

// Sets ctx = Store (Del for TargetKind::Delete) on `target` and everything
// it unpacks into, or throws lexer::SyntaxError naming the first part that
// is not a valid target.
void set_target_context(Expr* target, TargetKind kind);

// The operands of `a = b = value` (the value last): sets Store on every
// target, or raises CPython's message for the first invalid one, which for
// the first target can be the longer "cannot assign to function call here.
// Maybe you meant '==' instead of '='?".
void set_assignment_targets(const lexer::Source& source, const std::vector<Expr*>& chain);

// How CPython names an expression in these messages: "function call",
// "literal", "comparison", ...
std::string_view describe_expression(const Expr* expr);

}  // namespace eddy::parser

// Checking assignment and deletion targets, with CPython's messages.
#include "parser/targets.h"

#include <string>

#include "parser/parse_context.h"

namespace eddy::parser {

std::string_view describe_expression(const Expr* expr) {
  switch (expr->kind) {
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Call:
      return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
      return "expression";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::Await:
      return "await expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Slice:
      return "slice";
    case ExprKind::Constant:
      switch (expr->as<Constant>()->value.kind) {
        case ConstantValue::Kind::None:
          return "None";
        case ConstantValue::Kind::True:
          return "True";
        case ConstantValue::Kind::False:
          return "False";
        case ConstantValue::Kind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
  }
  return "expression";
}

namespace {

// The part of `target` that cannot be a target, or null if it is valid.
// A starred item may be assigned to (`a, *b = c`) but not deleted.
Expr* find_invalid_target(Expr* target, TargetKind kind) {
  switch (target->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Delete) return target;
      return find_invalid_target(target->as<Starred>()->value, kind);
    case ExprKind::Tuple:
      for (Expr* elt : target->as<Tuple>()->elts) {
        if (Expr* invalid = find_invalid_target(elt, kind)) return invalid;
      }
      return nullptr;
    case ExprKind::List:
      for (Expr* elt : target->as<ListExpr>()->elts) {
        if (Expr* invalid = find_invalid_target(elt, kind)) return invalid;
      }
      return nullptr;
    default:
      return target;
  }
}

void set_context(Expr* target, ExprContext ctx) {
  switch (target->kind) {
    case ExprKind::Name:
      target->as<Name>()->ctx = ctx;
      break;
    case ExprKind::Attribute:
      target->as<Attribute>()->ctx = ctx;
      break;
    case ExprKind::Subscript:
      target->as<Subscript>()->ctx = ctx;
      break;
    case ExprKind::Starred:
      target->as<Starred>()->ctx = ctx;
      set_context(target->as<Starred>()->value, ctx);
      break;
    case ExprKind::Tuple:
      target->as<Tuple>()->ctx = ctx;
      for (Expr* elt : target->as<Tuple>()->elts)
        set_context(elt, ctx);
      break;
    case ExprKind::List:
      target->as<ListExpr>()->ctx = ctx;
      for (Expr* elt : target->as<ListExpr>()->elts)
        set_context(elt, ctx);
      break;
    default:
      break;
  }
}

[[noreturn]] void raise_at(const Expr* expr, std::string message) {
  raise_syntax_error(span_of(expr->location), std::move(message));
}

}  // namespace

void set_target_context(Expr* target, TargetKind kind) {
  if (Expr* invalid = find_invalid_target(target, kind)) {
    const char* verb = kind == TargetKind::Delete ? "cannot delete " : "cannot assign to ";
    raise_at(invalid, verb + std::string(describe_expression(invalid)));
  }
  set_context(target, kind == TargetKind::Delete ? ExprContext::Del : ExprContext::Store);
}

namespace {

// A tuple written without parentheses starts where its first element does.
bool is_unparenthesized_tuple(const Expr* expr) {
  if (expr->kind != ExprKind::Tuple || expr->as<Tuple>()->elts.empty()) return false;
  const Location& first = expr->as<Tuple>()->elts[0]->location;
  return first.lineno == expr->location.lineno && first.col_offset == expr->location.col_offset;
}

// The start of an expression as CPython's `bitwise_or` would parse it from
// the same place, or null where a bitwise_or cannot start (`not x`,
// `lambda`, `*x`, `yield`).
const Expr* leading_bitwise_or(const Expr* expr, bool* is_whole) {
  switch (expr->kind) {
    case ExprKind::Tuple:
      if (!is_unparenthesized_tuple(expr)) return expr;  // an atom
      *is_whole = false;
      return leading_bitwise_or(expr->as<Tuple>()->elts[0], is_whole);
    case ExprKind::Compare:
      *is_whole = false;
      return leading_bitwise_or(expr->as<Compare>()->left, is_whole);
    case ExprKind::BoolOp:
      *is_whole = false;
      return leading_bitwise_or(expr->as<BoolOp>()->values[0], is_whole);
    case ExprKind::IfExp:
      *is_whole = false;
      return leading_bitwise_or(expr->as<IfExp>()->body, is_whole);
    case ExprKind::UnaryOp:
      if (expr->as<UnaryOp>()->op == UnaryOperator::Not) return nullptr;
      return expr;
    case ExprKind::Lambda:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return nullptr;
    default:
      return expr;
  }
}

// Whether the source shows `)` right after `expr`: it was parenthesized.
bool followed_by_parenthesis(const lexer::Source& source, const Expr* expr) {
  int line = expr->location.end_lineno;
  size_t column = expr->location.end_col_offset;
  while (line <= source.line_count()) {
    std::string_view text = source.line(line);
    while (column < text.size() &&
           (text[column] == ' ' || text[column] == '\t' || text[column] == '\f')) {
      ++column;
    }
    if (column < text.size() && text[column] != '#' && text[column] != '\\') {
      return text[column] == ')';
    }
    ++line;
    column = 0;
  }
  return false;
}

// CPython reports some invalid assignments while still reading the first
// target as an expression: `f() = 1` "cannot assign to function call here.
// Maybe you meant '==' instead of '='?". That happens when the expression
// just before the first `=` is followed by a value that is not itself
// followed by another `=`.
void check_first_equal_sign(const lexer::Source& source, const std::vector<Expr*>& chain) {
  Expr* first = chain[0];
  Expr* last_element = first;
  if (is_unparenthesized_tuple(first)) {
    auto* tuple = first->as<Tuple>();
    last_element = tuple->elts.back();
    // A trailing comma puts a `,` between the element and the `=`.
    if (tuple->location.end_col_offset != last_element->location.end_col_offset ||
        tuple->location.end_lineno != last_element->location.end_lineno) {
      return;
    }
  }
  if (last_element->kind == ExprKind::Starred) return;
  bool whole = true;
  const Expr* value = leading_bitwise_or(chain[1], &whole);
  if (value == nullptr || (whole && chain.size() > 2)) return;
  bool parenthesized = followed_by_parenthesis(source, last_element);
  if (last_element->kind == ExprKind::Name && !parenthesized) {
    Span span = span_of(last_element->location);
    span.end = span_of(value->location).end;
    raise_syntax_error(span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  switch (last_element->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::GeneratorExp:
      return;
    case ExprKind::Constant: {
      auto kind = last_element->as<Constant>()->value.kind;
      if (kind == ConstantValue::Kind::None || kind == ConstantValue::Kind::True ||
          kind == ConstantValue::Kind::False) {
        return;
      }
      break;
    }
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      if (!parenthesized) return;
      break;
    case ExprKind::UnaryOp:
      if (last_element->as<UnaryOp>()->op == UnaryOperator::Not && !parenthesized) return;
      break;
    default:
      break;
  }
  raise_at(last_element, "cannot assign to " + std::string(describe_expression(last_element)) +
                             " here. Maybe you meant '==' instead of '='?");
}

}  // namespace

void set_assignment_targets(const lexer::Source& source, const std::vector<Expr*>& chain) {
  size_t target_count = chain.size() - 1;
  for (size_t i = 0; i < target_count; ++i) {
    Expr* target = chain[i];
    bool is_yield = target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom;
    if (is_yield && !followed_by_parenthesis(source, target)) {
      raise_at(target, "assignment to yield expression not possible");
    }
    if (find_invalid_target(target, TargetKind::Assign) != nullptr) {
      if (i == 0) check_first_equal_sign(source, chain);
      set_target_context(target, TargetKind::Assign);  // raises
    }
    set_context(target, ExprContext::Store);
  }
}

}  // namespace eddy::parser

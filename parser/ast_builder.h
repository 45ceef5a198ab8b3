// The node-building functions the grammar's actions call, and the small
// records that carry half-built pieces (argument lists, parameter lists,
// display items) up the parse stack. Keeping this code here leaves each
// grammar action one line long; the validation that LALR(1) cannot express
// (a keyword argument's name, a parameter list's order) lives here too.
#pragma once

#include <string>
#include <vector>

#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/parse_context.h"

namespace eddy::parser {

// Allocates a node of class T located at `span`.
template <class T>
T* node(ParseContext& ctx, const Span& span) {
  T* n = ctx.arena.make<T>();
  n->location = location_of(span);
  return n;
}

// A comma-separated run of expressions (`a, b, *c,`), before deciding
// whether it is a tuple or a single expression.
struct ExprList {
  std::vector<Expr*> items;
  bool trailing_comma = false;
};

// The `< b`, `not in c` ... parts of a chained comparison.
struct CompareChain {
  std::vector<CompareOperator> ops;
  std::vector<Expr*> comparators;
};

// One argument of a call or class header, as written.
struct CallArgument {
  enum class Kind { Positional, Starred, Keyword, DoubleStarred };
  Kind kind = Kind::Positional;
  Expr* value = nullptr;  // for Keyword: the expression left of `=` first
  Expr* keyword_value = nullptr;
  Span span;
  bool generator = false;  // an unparenthesized generator expression
  Span name_span;          // for Keyword: `name=`, which errors underline
};
using CallArguments = std::vector<CallArgument>;
inline CallArgument positional_argument(Expr* value, const Span& span) {
  return {CallArgument::Kind::Positional, value, nullptr, span, false, {}};
}
inline CallArgument generator_argument(Expr* generator, const Span& span) {
  return {CallArgument::Kind::Positional, generator, nullptr, span, true, {}};
}
inline CallArgument keyword_argument(Expr* name, Expr* value, const Span& name_span,
                                     const Span& span) {
  return {CallArgument::Kind::Keyword, name, value, span, false, name_span};
}
inline CallArgument starred_argument(Expr* starred, const Span& span) {
  return {CallArgument::Kind::Starred, starred, nullptr, span, false, {}};
}
inline CallArgument double_starred_argument(Expr* value, const Span& span) {
  return {CallArgument::Kind::DoubleStarred, value, nullptr, span, false, {}};
}

// One entry of a parameter list (`a: int = 1`, `/`, `*`, `*args`, `**kw`).
struct Parameter {
  enum class Kind { Plain, Slash, Star, DoubleStar };
  Kind kind = Kind::Plain;
  Arg* arg = nullptr;  // null for `/` and a bare `*`
  Expr* default_value = nullptr;
  Span span;
};
using Parameters = std::vector<Parameter>;

// One entry of a `{...}` display: `k: v`, `**m`, or a set element.
struct DisplayItem {
  Expr* key = nullptr;  // null for `**m` and for set elements
  Expr* value = nullptr;
  bool double_starred = false;
  Span span;
};
using DisplayItems = std::vector<DisplayItem>;

// One `except` clause, remembering whether it was `except*`.
struct Handler {
  ExceptHandler* handler = nullptr;
  bool star = false;
};
using Handlers = std::vector<Handler>;

Module* make_module(ParseContext& ctx, std::vector<Stmt*>& body);
Expression* make_expression(ParseContext& ctx, Expr* body);
Interactive* make_interactive(ParseContext& ctx, std::vector<Stmt*> body);
// In 'single' mode, statements after the first line: CPython's "multiple
// statements" error, at the end of the first line (`first`).
void check_single_statement(ParseContext& ctx, const std::vector<Stmt*>& rest, const Span& first);

// Names and constants.
Expr* make_name(ParseContext& ctx, Identifier id, const Span& span);
Expr* make_constant(ParseContext& ctx, ConstantValue::Kind kind, const Span& span);
Expr* make_number(ParseContext& ctx, std::string_view text, const Span& span);
Expr* make_string(ParseContext& ctx, const std::vector<lexer::Token>& tokens, const Span& span);

// Operators.
Expr* make_bool_op(ParseContext& ctx, BoolOperator op, std::vector<Expr*>& values,
                   const Span& span);
Expr* make_bin_op(ParseContext& ctx, Expr* left, Operator op, Expr* right, const Span& span);
Expr* make_unary_op(ParseContext& ctx, UnaryOperator op, Expr* operand, const Span& span);
Expr* make_compare(ParseContext& ctx, Expr* left, CompareChain& chain, const Span& span);
Expr* make_named_expr(ParseContext& ctx, Expr* target, Expr* value, const Span& span);
Expr* make_if_exp(ParseContext& ctx, Expr* body, Expr* test, Expr* orelse, const Span& span);
Expr* make_lambda(ParseContext& ctx, Parameters& params, Expr* body, const Span& span);
Expr* make_starred(ParseContext& ctx, Expr* value, const Span& span);
Expr* make_await(ParseContext& ctx, Expr* value, const Span& span);
Expr* make_yield(ParseContext& ctx, Expr* value, const Span& span);
Expr* make_yield_from(ParseContext& ctx, Expr* value, const Span& span);

// Primaries.
Expr* make_attribute(ParseContext& ctx, Expr* value, Identifier attr, const Span& span);
Expr* make_subscript(ParseContext& ctx, Expr* value, Expr* slice, const Span& span);
Expr* make_slice(ParseContext& ctx, Expr* lower, Expr* upper, Expr* step, const Span& colon,
                 const Span& span);
Expr* make_slices(ParseContext& ctx, ExprList& slices, const Span& span);
// `parens` spans the argument list's parentheses.
Expr* make_call(ParseContext& ctx, Expr* func, CallArguments& args, const Span& parens,
                const Span& span);
// `f(x for x in y,)`: a trailing comma needs the generator parenthesized.
void reject_generator_with_comma(const CallArguments& args);
// Checks the order of `args` and splits them into positional arguments and
// keywords. `closing` is the `)`, where CPython reports misplaced ones.
void build_call_arguments(ParseContext& ctx, CallArguments& args, const Span& closing,
                          List<Expr*>& positional, List<Keyword*>& keywords);

// Displays and comprehensions.
Expr* make_tuple_or_expr(ParseContext& ctx, ExprList& list, const Span& span);
Expr* make_tuple_expr(ParseContext& ctx, std::vector<Expr*>& elts, const Span& span);
// `(a)` is just `a`; `(a, b)` is a Tuple.
Expr* make_parenthesized(ParseContext& ctx, ExprList& list, const Span& span);
Expr* make_list(ParseContext& ctx, std::vector<Expr*>& elts, const Span& span);
Expr* make_display(ParseContext& ctx, DisplayItems& items, const Span& span);
Comprehension* make_comprehension(ParseContext& ctx, Expr* target, Expr* iter,
                                  std::vector<Expr*>& ifs, bool is_async);
void check_comprehension_element(Expr* elt);
// ListComp, SetComp or GeneratorExp.
template <class Comp>
Expr* make_comprehension_expr(ParseContext& ctx, Expr* elt, std::vector<Comprehension*>& generators,
                              const Span& span) {
  check_comprehension_element(elt);
  Comp* comp = node<Comp>(ctx, span);
  comp->elt = elt;
  comp->generators = ctx.arena.list(generators);
  return comp;
}
Expr* make_dict_comp(ParseContext& ctx, Expr* key, Expr* value,
                     std::vector<Comprehension*>& generators, const Span& span);

// Statements.
Stmt* make_expr_stmt(ParseContext& ctx, Expr* value, const Span& span);
Stmt* make_assign(ParseContext& ctx, std::vector<Expr*>& chain, const Span& span);
Stmt* make_aug_assign(ParseContext& ctx, Expr* target, Operator op, Expr* value, const Span& span);
Stmt* make_ann_assign(ParseContext& ctx, Expr* target, const Span& target_span, Expr* annotation,
                      Expr* value, const Span& span);
Stmt* make_delete(ParseContext& ctx, ExprList& targets, const Span& span);
Stmt* make_return(ParseContext& ctx, Expr* value, const Span& span);
Stmt* make_raise(ParseContext& ctx, Expr* exc, Expr* cause, const Span& span);
Stmt* make_assert(ParseContext& ctx, Expr* test, Expr* msg, const Span& span);
Stmt* make_global(ParseContext& ctx, std::vector<Identifier>& names, bool nonlocal,
                  const Span& span);
Alias* make_alias(ParseContext& ctx, Identifier name, Identifier asname, const Span& span);
Stmt* make_import(ParseContext& ctx, std::vector<Alias*>& names, const Span& span);
Stmt* make_import_from(ParseContext& ctx, Identifier module, int level, std::vector<Alias*>& names,
                       const Span& span);

// Compound statements. `span` starts at the keyword; the end is taken from
// the last statement of the last block.
Stmt* make_if(ParseContext& ctx, Expr* test, std::vector<Stmt*>& body, std::vector<Stmt*>& orelse,
              const Span& span);
Stmt* make_while(ParseContext& ctx, Expr* test, std::vector<Stmt*>& body,
                 std::vector<Stmt*>& orelse, const Span& span);
Stmt* make_for(ParseContext& ctx, bool is_async, Expr* target, Expr* iter, std::vector<Stmt*>& body,
               std::vector<Stmt*>& orelse, const Span& span);
WithItem* make_with_item(ParseContext& ctx, Expr* context, Expr* vars);
Stmt* make_with(ParseContext& ctx, bool is_async, std::vector<WithItem*>& items,
                std::vector<Stmt*>& body, const Span& span);
Handler make_handler(ParseContext& ctx, bool star, Expr* type, Identifier name,
                     std::vector<Stmt*>& body, const Span& span);
Stmt* make_try(ParseContext& ctx, std::vector<Stmt*>& body, Handlers& handlers,
               std::vector<Stmt*>& orelse, std::vector<Stmt*>& finalbody, const Span& span);
Arg* make_arg(ParseContext& ctx, Identifier name, Expr* annotation, const Span& span);
Arguments* make_arguments(ParseContext& ctx, Parameters& params);
Stmt* make_function_def(ParseContext& ctx, Identifier name, Parameters& params, Expr* returns,
                        std::vector<Stmt*>& body, const Span& span);
Stmt* make_class_def(ParseContext& ctx, Identifier name, CallArguments& args, const Span& closing,
                     std::vector<Stmt*>& body, const Span& span);
Stmt* decorate(Stmt* definition, std::vector<Expr*>& decorators, Arena& arena);
Stmt* make_async(ParseContext& ctx, Stmt* statement, const Span& span);

// Appends a statement list to another (the statements of one line, or of
// one more line in a block).
void append(std::vector<Stmt*>& to, std::vector<Stmt*>& more);

}  // namespace eddy::parser

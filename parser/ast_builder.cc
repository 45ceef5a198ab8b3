// Building AST nodes for the grammar's actions, and the checks that the
// grammar leaves to them (see ast_builder.h).
#include "parser/ast_builder.h"

#include <string>

#include "parser/number_literal.h"
#include "parser/string_literal.h"
#include "parser/targets.h"

namespace eddy::parser {

namespace {

[[noreturn]] void raise_at(const Expr* expr, std::string message) {
  raise_syntax_error(span_of(expr->location), std::move(message));
}

// A span that starts at `begin` and ends where the last statement of
// `body` ends: compound statements end with their last block.
Span through(const Span& begin, const std::vector<Stmt*>& body) {
  Span span = begin;
  if (!body.empty()) {
    const Location& last = body.back()->location;
    span.end = {last.end_lineno, last.end_col_offset};
  }
  return span;
}

Span one_column(lexer::Position at) {
  return {at, {at.line, at.column + 1}};
}

}  // namespace

void append(std::vector<Stmt*>& to, std::vector<Stmt*>& more) {
  if (to.empty()) {
    to = std::move(more);
  } else {
    to.insert(to.end(), more.begin(), more.end());
  }
}

Module* make_module(ParseContext& ctx, std::vector<Stmt*>& body) {
  Module* module = ctx.arena.make<Module>();
  module->body = ctx.arena.list(body);
  return module;
}

Expression* make_expression(ParseContext& ctx, Expr* body) {
  Expression* expression = ctx.arena.make<Expression>();
  expression->body = body;
  return expression;
}

Interactive* make_interactive(ParseContext& ctx, std::vector<Stmt*> body) {
  Interactive* interactive = ctx.arena.make<Interactive>();
  interactive->body = ctx.arena.list(body);
  return interactive;
}

void check_single_statement(ParseContext&, const std::vector<Stmt*>& rest, const Span& first) {
  if (rest.empty()) return;
  lexer::Position newline{first.end.line, first.end.column - 1};
  raise_syntax_error({newline, newline},
                     "multiple statements found while compiling a single statement");
}

// ---------------------------------------------------------------------------
// Names and constants

Expr* make_name(ParseContext& ctx, Identifier id, const Span& span) {
  Name* name = node<Name>(ctx, span);
  name->id = id;
  return name;
}

Expr* make_constant(ParseContext& ctx, ConstantValue::Kind kind, const Span& span) {
  Constant* constant = node<Constant>(ctx, span);
  constant->value.kind = kind;
  return constant;
}

Expr* make_number(ParseContext& ctx, std::string_view text, const Span& span) {
  Constant* constant = node<Constant>(ctx, span);
  constant->value = parse_number(text, ctx.arena);
  return constant;
}

Expr* make_string(ParseContext& ctx, const std::vector<lexer::Token>& tokens, const Span& span) {
  const lexer::Source& source = ctx.source;
  Arena& arena = ctx.arena;
  Expr* string = build_string(tokens, arena, [&](std::string_view text, lexer::Position start) {
    return parse_fstring_expression(source, arena, text, start);
  });
  string->location = location_of(span);
  return string;
}

// ---------------------------------------------------------------------------
// Operators

Expr* make_bool_op(ParseContext& ctx, BoolOperator op, std::vector<Expr*>& values,
                   const Span& span) {
  BoolOp* bool_op = node<BoolOp>(ctx, span);
  bool_op->op = op;
  bool_op->values = ctx.arena.list(values);
  return bool_op;
}

Expr* make_bin_op(ParseContext& ctx, Expr* left, Operator op, Expr* right, const Span& span) {
  BinOp* bin_op = node<BinOp>(ctx, span);
  bin_op->left = left;
  bin_op->op = op;
  bin_op->right = right;
  return bin_op;
}

Expr* make_unary_op(ParseContext& ctx, UnaryOperator op, Expr* operand, const Span& span) {
  UnaryOp* unary = node<UnaryOp>(ctx, span);
  unary->op = op;
  unary->operand = operand;
  return unary;
}

Expr* make_compare(ParseContext& ctx, Expr* left, CompareChain& chain, const Span& span) {
  Compare* compare = node<Compare>(ctx, span);
  compare->left = left;
  compare->ops = ctx.arena.list(chain.ops);
  compare->comparators = ctx.arena.list(chain.comparators);
  return compare;
}

Expr* make_named_expr(ParseContext& ctx, Expr* target, Expr* value, const Span& span) {
  if (target->kind != ExprKind::Name) {
    raise_at(target,
             "cannot use assignment expressions with " + std::string(describe_expression(target)));
  }
  target->as<Name>()->ctx = ExprContext::Store;
  NamedExpr* named = node<NamedExpr>(ctx, span);
  named->target = target;
  named->value = value;
  return named;
}

Expr* make_if_exp(ParseContext& ctx, Expr* body, Expr* test, Expr* orelse, const Span& span) {
  IfExp* if_exp = node<IfExp>(ctx, span);
  if_exp->test = test;
  if_exp->body = body;
  if_exp->orelse = orelse;
  return if_exp;
}

Expr* make_lambda(ParseContext& ctx, Parameters& params, Expr* body, const Span& span) {
  Lambda* lambda = node<Lambda>(ctx, span);
  lambda->args = make_arguments(ctx, params);
  lambda->body = body;
  return lambda;
}

Expr* make_starred(ParseContext& ctx, Expr* value, const Span& span) {
  Starred* starred = node<Starred>(ctx, span);
  starred->value = value;
  return starred;
}

Expr* make_await(ParseContext& ctx, Expr* value, const Span& span) {
  Await* await = node<Await>(ctx, span);
  await->value = value;
  return await;
}

Expr* make_yield(ParseContext& ctx, Expr* value, const Span& span) {
  Yield* yield = node<Yield>(ctx, span);
  yield->value = value;
  return yield;
}

Expr* make_yield_from(ParseContext& ctx, Expr* value, const Span& span) {
  YieldFrom* yield = node<YieldFrom>(ctx, span);
  yield->value = value;
  return yield;
}

// ---------------------------------------------------------------------------
// Primaries

Expr* make_attribute(ParseContext& ctx, Expr* value, Identifier attr, const Span& span) {
  Attribute* attribute = node<Attribute>(ctx, span);
  attribute->value = value;
  attribute->attr = attr;
  return attribute;
}

Expr* make_subscript(ParseContext& ctx, Expr* value, Expr* slice, const Span& span) {
  Subscript* subscript = node<Subscript>(ctx, span);
  subscript->value = value;
  subscript->slice = slice;
  return subscript;
}

Expr* make_slice(ParseContext& ctx, Expr* lower, Expr* upper, Expr* step, const Span& colon,
                 const Span& span) {
  // Without a lower bound the slice starts at its first `:`, not where
  // the empty bound was "read".
  Span whole = span;
  if (lower == nullptr) whole.begin = colon.begin;
  Slice* slice = node<Slice>(ctx, whole);
  slice->lower = lower;
  slice->upper = upper;
  slice->step = step;
  return slice;
}

Expr* make_slices(ParseContext& ctx, ExprList& slices, const Span& span) {
  // `a[*b]` (3.11) subscripts with a one-element tuple.
  Expr* first = slices.items[0];
  if (slices.items.size() == 1 && !slices.trailing_comma && first->kind != ExprKind::Starred) {
    return first;
  }
  return make_tuple_expr(ctx, slices.items, span);
}

void build_call_arguments(ParseContext& ctx, CallArguments& args, const Span& closing,
                          List<Expr*>& positional, List<Keyword*>& keywords) {
  std::vector<Expr*> values;
  std::vector<Keyword*> named;
  bool seen_keyword = false;
  bool seen_double_star = false;
  for (CallArgument& arg : args) {
    if (arg.generator && args.size() > 1) {
      raise_syntax_error(arg.span, "Generator expression must be parenthesized");
    }
    switch (arg.kind) {
      case CallArgument::Kind::Positional:
        if (seen_double_star) {
          raise_syntax_error(closing, "positional argument follows keyword argument unpacking");
        }
        if (seen_keyword) {
          raise_syntax_error(closing, "positional argument follows keyword argument");
        }
        values.push_back(arg.value);
        break;
      case CallArgument::Kind::Starred:
        if (seen_double_star) {
          raise_syntax_error(one_column(arg.span.begin),
                             "iterable argument unpacking follows keyword argument unpacking");
        }
        values.push_back(arg.value);
        break;
      case CallArgument::Kind::Keyword:
      case CallArgument::Kind::DoubleStarred: {
        Keyword* keyword = ctx.arena.make<Keyword>();
        keyword->location = location_of(arg.span);
        if (arg.kind == CallArgument::Kind::Keyword) {
          Expr* name = arg.value;
          if (name->kind == ExprKind::Constant) {
            std::string_view what = describe_expression(name);
            if (what == "True" || what == "False" || what == "None") {
              raise_syntax_error(arg.name_span, "cannot assign to " + std::string(what));
            }
          }
          if (name->kind != ExprKind::Name) {
            raise_syntax_error(arg.name_span,
                               "expression cannot contain assignment, perhaps you meant \"==\"?");
          }
          keyword->arg = name->as<Name>()->id;
          keyword->value = arg.keyword_value;
          seen_keyword = true;
        } else {
          keyword->value = arg.value;
          seen_double_star = true;
        }
        named.push_back(keyword);
        break;
      }
    }
  }
  positional = ctx.arena.list(values);
  keywords = ctx.arena.list(named);
}

void reject_generator_with_comma(const CallArguments& args) {
  if (args.size() == 1 && args[0].generator) {
    raise_syntax_error(args[0].span, "Generator expression must be parenthesized");
  }
}

Expr* make_call(ParseContext& ctx, Expr* func, CallArguments& args, const Span& parens,
                const Span& span) {
  Call* call = node<Call>(ctx, span);
  call->func = func;
  // `f(x for x in y)`: the generator expression borrows the call's
  // parentheses, and its location covers them.
  if (args.size() == 1 && args[0].generator) args[0].value->location = location_of(parens);
  Span closing{{parens.end.line, parens.end.column - 1}, parens.end};
  build_call_arguments(ctx, args, closing, call->args, call->keywords);
  return call;
}

// ---------------------------------------------------------------------------
// Displays and comprehensions

Expr* make_tuple_or_expr(ParseContext& ctx, ExprList& list, const Span& span) {
  if (list.items.size() == 1 && !list.trailing_comma) return list.items[0];
  return make_tuple_expr(ctx, list.items, span);
}

Expr* make_tuple_expr(ParseContext& ctx, std::vector<Expr*>& elts, const Span& span) {
  Tuple* tuple = node<Tuple>(ctx, span);
  tuple->elts = ctx.arena.list(elts);
  return tuple;
}

Expr* make_parenthesized(ParseContext& ctx, ExprList& list, const Span& span) {
  if (list.items.size() > 1) return make_tuple_expr(ctx, list.items, span);
  Expr* inner = list.items[0];
  if (inner->kind == ExprKind::Starred) raise_at(inner, "cannot use starred expression here");
  return inner;
}

Expr* make_list(ParseContext& ctx, std::vector<Expr*>& elts, const Span& span) {
  ListExpr* list = node<ListExpr>(ctx, span);
  list->elts = ctx.arena.list(elts);
  return list;
}

// `{}` and `{k: v, **m}` are dicts, `{a, *b}` is a set; the first item
// decides, and a later item of the other kind is an error.
Expr* make_display(ParseContext& ctx, DisplayItems& items, const Span& span) {
  bool is_dict = items.empty() || items[0].key != nullptr || items[0].double_starred;
  if (is_dict) {
    std::vector<Expr*> keys;
    std::vector<Expr*> values;
    for (DisplayItem& item : items) {
      if (item.key == nullptr && !item.double_starred) {
        raise_syntax_error({item.span.begin, item.span.begin}, "':' expected after dictionary key");
      }
      keys.push_back(item.key);
      values.push_back(item.value);
    }
    Dict* dict = node<Dict>(ctx, span);
    dict->keys = ctx.arena.list(keys);
    dict->values = ctx.arena.list(values);
    return dict;
  }
  std::vector<Expr*> elts;
  for (DisplayItem& item : items) {
    if (item.key != nullptr) {
      lexer::Position colon = span_of(item.key->location).end;
      raise_syntax_error(one_column(colon), "invalid syntax");
    }
    if (item.double_starred) raise_syntax_error(one_column(item.span.begin), "invalid syntax");
    elts.push_back(item.value);
  }
  Set* set = node<Set>(ctx, span);
  set->elts = ctx.arena.list(elts);
  return set;
}

Comprehension* make_comprehension(ParseContext& ctx, Expr* target, Expr* iter,
                                  std::vector<Expr*>& ifs, bool is_async) {
  set_target_context(target, TargetKind::For);
  Comprehension* comprehension = ctx.arena.make<Comprehension>();
  comprehension->target = target;
  comprehension->iter = iter;
  comprehension->ifs = ctx.arena.list(ifs);
  comprehension->is_async = is_async ? 1 : 0;
  return comprehension;
}

void check_comprehension_element(Expr* elt) {
  if (elt->kind == ExprKind::Starred) {
    raise_at(elt, "iterable unpacking cannot be used in comprehension");
  }
}

Expr* make_dict_comp(ParseContext& ctx, Expr* key, Expr* value,
                     std::vector<Comprehension*>& generators, const Span& span) {
  DictComp* comp = node<DictComp>(ctx, span);
  comp->key = key;
  comp->value = value;
  comp->generators = ctx.arena.list(generators);
  return comp;
}

// ---------------------------------------------------------------------------
// Simple statements

Stmt* make_expr_stmt(ParseContext& ctx, Expr* value, const Span& span) {
  ExprStmt* stmt = node<ExprStmt>(ctx, span);
  stmt->value = value;
  return stmt;
}

Stmt* make_assign(ParseContext& ctx, std::vector<Expr*>& chain, const Span& span) {
  set_assignment_targets(ctx.source, chain);
  Assign* assign = node<Assign>(ctx, span);
  assign->value = chain.back();
  chain.pop_back();
  assign->targets = ctx.arena.list(chain);
  return assign;
}

Stmt* make_aug_assign(ParseContext& ctx, Expr* target, Operator op, Expr* value, const Span& span) {
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute &&
      target->kind != ExprKind::Subscript) {
    raise_at(target, "'" + std::string(describe_expression(target)) +
                         "' is an illegal expression for augmented assignment");
  }
  set_target_context(target, TargetKind::Assign);
  AugAssign* assign = node<AugAssign>(ctx, span);
  assign->target = target;
  assign->op = op;
  assign->value = value;
  return assign;
}

Stmt* make_ann_assign(ParseContext& ctx, Expr* target, const Span& target_span, Expr* annotation,
                      Expr* value, const Span& span) {
  switch (target->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      break;
    case ExprKind::Tuple:
      raise_at(target, "only single target (not tuple) can be annotated");
    case ExprKind::List:
      raise_at(target, "only single target (not list) can be annotated");
    default:
      raise_at(target, "illegal target for annotation");
  }
  set_target_context(target, TargetKind::Assign);
  AnnAssign* assign = node<AnnAssign>(ctx, span);
  assign->target = target;
  assign->annotation = annotation;
  assign->value = value;
  // `x: int` is simple; `(x): int` is not. A parenthesized name starts
  // after the statement does.
  bool parenthesized = target->location.col_offset != target_span.begin.column ||
                       target->location.lineno != target_span.begin.line;
  assign->simple = target->kind == ExprKind::Name && !parenthesized ? 1 : 0;
  return assign;
}

Stmt* make_delete(ParseContext& ctx, ExprList& targets, const Span& span) {
  for (Expr* target : targets.items)
    set_target_context(target, TargetKind::Delete);
  Delete* del = node<Delete>(ctx, span);
  del->targets = ctx.arena.list(targets.items);
  return del;
}

Stmt* make_return(ParseContext& ctx, Expr* value, const Span& span) {
  Return* ret = node<Return>(ctx, span);
  ret->value = value;
  return ret;
}

Stmt* make_raise(ParseContext& ctx, Expr* exc, Expr* cause, const Span& span) {
  Raise* raise = node<Raise>(ctx, span);
  raise->exc = exc;
  raise->cause = cause;
  return raise;
}

Stmt* make_assert(ParseContext& ctx, Expr* test, Expr* msg, const Span& span) {
  Assert* assert_stmt = node<Assert>(ctx, span);
  assert_stmt->test = test;
  assert_stmt->msg = msg;
  return assert_stmt;
}

Stmt* make_global(ParseContext& ctx, std::vector<Identifier>& names, bool nonlocal,
                  const Span& span) {
  if (nonlocal) {
    Nonlocal* stmt = node<Nonlocal>(ctx, span);
    stmt->names = ctx.arena.list(names);
    return stmt;
  }
  Global* stmt = node<Global>(ctx, span);
  stmt->names = ctx.arena.list(names);
  return stmt;
}

Alias* make_alias(ParseContext& ctx, Identifier name, Identifier asname, const Span& span) {
  Alias* alias = ctx.arena.make<Alias>();
  alias->location = location_of(span);
  alias->name = name;
  alias->asname = asname;
  return alias;
}

Stmt* make_import(ParseContext& ctx, std::vector<Alias*>& names, const Span& span) {
  Import* import = node<Import>(ctx, span);
  import->names = ctx.arena.list(names);
  return import;
}

Stmt* make_import_from(ParseContext& ctx, Identifier module, int level, std::vector<Alias*>& names,
                       const Span& span) {
  ImportFrom* import = node<ImportFrom>(ctx, span);
  import->module = module;
  import->names = ctx.arena.list(names);
  import->level = level;
  return import;
}

// ---------------------------------------------------------------------------
// Compound statements

Stmt* make_if(ParseContext& ctx, Expr* test, std::vector<Stmt*>& body, std::vector<Stmt*>& orelse,
              const Span& span) {
  If* stmt = node<If>(ctx, through(span, orelse.empty() ? body : orelse));
  stmt->test = test;
  stmt->body = ctx.arena.list(body);
  stmt->orelse = ctx.arena.list(orelse);
  return stmt;
}

Stmt* make_while(ParseContext& ctx, Expr* test, std::vector<Stmt*>& body,
                 std::vector<Stmt*>& orelse, const Span& span) {
  While* stmt = node<While>(ctx, through(span, orelse.empty() ? body : orelse));
  stmt->test = test;
  stmt->body = ctx.arena.list(body);
  stmt->orelse = ctx.arena.list(orelse);
  return stmt;
}

namespace {

template <class Loop>
Stmt* build_for(ParseContext& ctx, Expr* target, Expr* iter, std::vector<Stmt*>& body,
                std::vector<Stmt*>& orelse, const Span& span) {
  Loop* loop = node<Loop>(ctx, through(span, orelse.empty() ? body : orelse));
  loop->target = target;
  loop->iter = iter;
  loop->body = ctx.arena.list(body);
  loop->orelse = ctx.arena.list(orelse);
  return loop;
}

template <class WithStmt>
Stmt* build_with(ParseContext& ctx, std::vector<WithItem*>& items, std::vector<Stmt*>& body,
                 const Span& span) {
  WithStmt* with = node<WithStmt>(ctx, through(span, body));
  with->items = ctx.arena.list(items);
  with->body = ctx.arena.list(body);
  return with;
}

}  // namespace

Stmt* make_for(ParseContext& ctx, bool is_async, Expr* target, Expr* iter, std::vector<Stmt*>& body,
               std::vector<Stmt*>& orelse, const Span& span) {
  set_target_context(target, TargetKind::For);
  if (is_async) return build_for<AsyncFor>(ctx, target, iter, body, orelse, span);
  return build_for<For>(ctx, target, iter, body, orelse, span);
}

WithItem* make_with_item(ParseContext& ctx, Expr* context, Expr* vars) {
  if (vars != nullptr) set_target_context(vars, TargetKind::Assign);
  WithItem* item = ctx.arena.make<WithItem>();
  item->context_expr = context;
  item->optional_vars = vars;
  return item;
}

Stmt* make_with(ParseContext& ctx, bool is_async, std::vector<WithItem*>& items,
                std::vector<Stmt*>& body, const Span& span) {
  if (is_async) return build_with<AsyncWith>(ctx, items, body, span);
  return build_with<With>(ctx, items, body, span);
}

Handler make_handler(ParseContext& ctx, bool star, Expr* type, Identifier name,
                     std::vector<Stmt*>& body, const Span& span) {
  ExceptHandler* handler = ctx.arena.make<ExceptHandler>();
  handler->location = location_of(through(span, body));
  handler->type = type;
  handler->name = name;
  handler->body = ctx.arena.list(body);
  return {handler, star};
}

namespace {

template <class TryStmt>
Stmt* build_try(ParseContext& ctx, std::vector<Stmt*>& body, std::vector<ExceptHandler*>& handlers,
                std::vector<Stmt*>& orelse, std::vector<Stmt*>& finalbody, const Span& span) {
  Span whole = span;
  if (!finalbody.empty()) {
    whole = through(span, finalbody);
  } else if (!orelse.empty()) {
    whole = through(span, orelse);
  } else if (!handlers.empty()) {
    const Location& last = handlers.back()->location;
    whole.end = {last.end_lineno, last.end_col_offset};
  }
  TryStmt* stmt = node<TryStmt>(ctx, whole);
  stmt->body = ctx.arena.list(body);
  stmt->handlers = ctx.arena.list(handlers);
  stmt->orelse = ctx.arena.list(orelse);
  stmt->finalbody = ctx.arena.list(finalbody);
  return stmt;
}

}  // namespace

Stmt* make_try(ParseContext& ctx, std::vector<Stmt*>& body, Handlers& handlers,
               std::vector<Stmt*>& orelse, std::vector<Stmt*>& finalbody, const Span& span) {
  std::vector<ExceptHandler*> list;
  bool star = !handlers.empty() && handlers[0].star;
  for (const Handler& handler : handlers) {
    if (handler.star != star) {
      lexer::Position at{handler.handler->location.lineno, handler.handler->location.col_offset};
      int keyword_width = handler.star ? 7 : 6;  // `except*` or `except`
      raise_syntax_error({at, {at.line, at.column + keyword_width}},
                         "cannot have both 'except' and 'except*' on the same 'try'");
    }
    list.push_back(handler.handler);
  }
  if (star) return build_try<TryStar>(ctx, body, list, orelse, finalbody, span);
  return build_try<Try>(ctx, body, list, orelse, finalbody, span);
}

// ---------------------------------------------------------------------------
// Function and class definitions

Arg* make_arg(ParseContext& ctx, Identifier name, Expr* annotation, const Span& span) {
  Arg* arg = ctx.arena.make<Arg>();
  arg->location = location_of(span);
  arg->arg = name;
  arg->annotation = annotation;
  return arg;
}

// Sorts a flat parameter list into the fields of ast.arguments, in the
// order Python requires: positional-only, `/`, positional, `*args` or `*`,
// keyword-only, `**kwargs`.
Arguments* make_arguments(ParseContext& ctx, Parameters& params) {
  std::vector<Arg*> positional;
  std::vector<Arg*> posonly;
  std::vector<Expr*> defaults;
  std::vector<Arg*> kwonly;
  std::vector<Expr*> kw_defaults;
  Arguments* arguments = ctx.arena.make<Arguments>();
  bool seen_slash = false;
  bool seen_star = false;
  bool seen_double_star = false;
  for (size_t i = 0; i < params.size(); ++i) {
    const Parameter& param = params[i];
    if (seen_double_star) {
      raise_syntax_error(param.span, "arguments cannot follow var-keyword argument");
    }
    lexer::Position after_name = param.arg ? span_of(param.arg->location).end : param.span.end;
    switch (param.kind) {
      case Parameter::Kind::Slash:
        if (seen_star) raise_syntax_error(param.span, "/ must be ahead of *");
        if (seen_slash) raise_syntax_error(param.span, "/ may appear only once");
        if (positional.empty()) {
          raise_syntax_error(param.span, "at least one argument must precede /");
        }
        seen_slash = true;
        posonly = std::move(positional);
        positional.clear();
        break;
      case Parameter::Kind::Star:
        if (seen_star) {
          raise_syntax_error(one_column(param.span.begin), "* argument may appear only once");
        }
        if (param.default_value) {
          raise_syntax_error(one_column(after_name),
                             "var-positional argument cannot have default value");
        }
        if (param.arg == nullptr &&
            (i + 1 == params.size() || params[i + 1].kind != Parameter::Kind::Plain)) {
          raise_syntax_error(param.span, "named arguments must follow bare *");
        }
        seen_star = true;
        arguments->vararg = param.arg;
        break;
      case Parameter::Kind::DoubleStar:
        if (param.default_value) {
          raise_syntax_error(one_column(after_name),
                             "var-keyword argument cannot have default value");
        }
        seen_double_star = true;
        arguments->kwarg = param.arg;
        break;
      case Parameter::Kind::Plain:
        if (seen_star) {
          kwonly.push_back(param.arg);
          kw_defaults.push_back(param.default_value);
        } else {
          if (param.default_value) {
            defaults.push_back(param.default_value);
          } else if (!defaults.empty()) {
            raise_syntax_error(param.span, "non-default argument follows default argument");
          }
          positional.push_back(param.arg);
        }
        break;
    }
  }
  arguments->posonlyargs = ctx.arena.list(posonly);
  arguments->args = ctx.arena.list(positional);
  arguments->defaults = ctx.arena.list(defaults);
  arguments->kwonlyargs = ctx.arena.list(kwonly);
  arguments->kw_defaults = ctx.arena.list(kw_defaults);
  return arguments;
}

Stmt* make_function_def(ParseContext& ctx, Identifier name, Parameters& params, Expr* returns,
                        std::vector<Stmt*>& body, const Span& span) {
  FunctionDef* def = node<FunctionDef>(ctx, through(span, body));
  def->name = name;
  def->args = make_arguments(ctx, params);
  def->returns = returns;
  def->body = ctx.arena.list(body);
  return def;
}

Stmt* make_class_def(ParseContext& ctx, Identifier name, CallArguments& args, const Span& closing,
                     std::vector<Stmt*>& body, const Span& span) {
  for (const CallArgument& arg : args) {
    // `class C(x for x in y):` has no call parentheses to lend.
    if (arg.generator) raise_syntax_error(arg.span, "invalid syntax");
  }
  ClassDef* def = node<ClassDef>(ctx, through(span, body));
  def->name = name;
  build_call_arguments(ctx, args, closing, def->bases, def->keywords);
  def->body = ctx.arena.list(body);
  return def;
}

Stmt* decorate(Stmt* definition, std::vector<Expr*>& decorators, Arena& arena) {
  List<Expr*> list = arena.list(decorators);
  switch (definition->kind) {
    case StmtKind::FunctionDef:
      definition->as<FunctionDef>()->decorator_list = list;
      break;
    case StmtKind::AsyncFunctionDef:
      definition->as<AsyncFunctionDef>()->decorator_list = list;
      break;
    case StmtKind::ClassDef:
      definition->as<ClassDef>()->decorator_list = list;
      break;
    default:
      break;
  }
  return definition;
}

// `async def`, `async for`, `async with`: the same fields in the async
// node class, located from the `async` keyword.
Stmt* make_async(ParseContext& ctx, Stmt* statement, const Span& span) {
  Location location = statement->location;
  location.lineno = span.begin.line;
  location.col_offset = span.begin.column;
  Stmt* result = nullptr;
  switch (statement->kind) {
    case StmtKind::FunctionDef: {
      auto* def = statement->as<FunctionDef>();
      auto* async_def = ctx.arena.make<AsyncFunctionDef>();
      async_def->name = def->name;
      async_def->args = def->args;
      async_def->body = def->body;
      async_def->decorator_list = def->decorator_list;
      async_def->returns = def->returns;
      result = async_def;
      break;
    }
    case StmtKind::For: {
      auto* loop = statement->as<For>();
      auto* async_loop = ctx.arena.make<AsyncFor>();
      async_loop->target = loop->target;
      async_loop->iter = loop->iter;
      async_loop->body = loop->body;
      async_loop->orelse = loop->orelse;
      result = async_loop;
      break;
    }
    case StmtKind::With: {
      auto* with = statement->as<With>();
      auto* async_with = ctx.arena.make<AsyncWith>();
      async_with->items = with->items;
      async_with->body = with->body;
      result = async_with;
      break;
    }
    default:
      result = statement;
      break;
  }
  result->location = location;
  return result;
}

}  // namespace eddy::parser

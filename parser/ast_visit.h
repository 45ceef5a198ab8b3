// Dispatch from an Expr or Stmt to its concrete node class. Included by
// ast.h; generic walkers (the dumper, the symbol table) use these instead of
// writing their own switch over every kind.
#pragma once

namespace eddy::parser {

template <class Visitor>
decltype(auto) visit_expr(Expr* e, Visitor&& visit) {
  switch (e->kind) {
#define EDDY_EXPR_CASE(kind, cls) \
  case ExprKind::kind:            \
    return visit(e->as<cls>());
    EDDY_EXPR_CASE(BoolOp, BoolOp)
    EDDY_EXPR_CASE(NamedExpr, NamedExpr)
    EDDY_EXPR_CASE(BinOp, BinOp)
    EDDY_EXPR_CASE(UnaryOp, UnaryOp)
    EDDY_EXPR_CASE(Lambda, Lambda)
    EDDY_EXPR_CASE(IfExp, IfExp)
    EDDY_EXPR_CASE(Dict, Dict)
    EDDY_EXPR_CASE(Set, Set)
    EDDY_EXPR_CASE(ListComp, ListComp)
    EDDY_EXPR_CASE(SetComp, SetComp)
    EDDY_EXPR_CASE(DictComp, DictComp)
    EDDY_EXPR_CASE(GeneratorExp, GeneratorExp)
    EDDY_EXPR_CASE(Await, Await)
    EDDY_EXPR_CASE(Yield, Yield)
    EDDY_EXPR_CASE(YieldFrom, YieldFrom)
    EDDY_EXPR_CASE(Compare, Compare)
    EDDY_EXPR_CASE(Call, Call)
    EDDY_EXPR_CASE(FormattedValue, FormattedValue)
    EDDY_EXPR_CASE(JoinedStr, JoinedStr)
    EDDY_EXPR_CASE(Constant, Constant)
    EDDY_EXPR_CASE(Attribute, Attribute)
    EDDY_EXPR_CASE(Subscript, Subscript)
    EDDY_EXPR_CASE(Starred, Starred)
    EDDY_EXPR_CASE(Name, Name)
    EDDY_EXPR_CASE(List, ListExpr)
    EDDY_EXPR_CASE(Tuple, Tuple)
    EDDY_EXPR_CASE(Slice, Slice)
#undef EDDY_EXPR_CASE
  }
  __builtin_unreachable();
}

template <class Visitor>
decltype(auto) visit_stmt(Stmt* s, Visitor&& visit) {
  switch (s->kind) {
#define EDDY_STMT_CASE(kind, cls) \
  case StmtKind::kind:            \
    return visit(s->as<cls>());
    EDDY_STMT_CASE(FunctionDef, FunctionDef)
    EDDY_STMT_CASE(AsyncFunctionDef, AsyncFunctionDef)
    EDDY_STMT_CASE(ClassDef, ClassDef)
    EDDY_STMT_CASE(Return, Return)
    EDDY_STMT_CASE(Delete, Delete)
    EDDY_STMT_CASE(Assign, Assign)
    EDDY_STMT_CASE(AugAssign, AugAssign)
    EDDY_STMT_CASE(AnnAssign, AnnAssign)
    EDDY_STMT_CASE(For, For)
    EDDY_STMT_CASE(AsyncFor, AsyncFor)
    EDDY_STMT_CASE(While, While)
    EDDY_STMT_CASE(If, If)
    EDDY_STMT_CASE(With, With)
    EDDY_STMT_CASE(AsyncWith, AsyncWith)
    EDDY_STMT_CASE(Raise, Raise)
    EDDY_STMT_CASE(Try, Try)
    EDDY_STMT_CASE(TryStar, TryStar)
    EDDY_STMT_CASE(Assert, Assert)
    EDDY_STMT_CASE(Import, Import)
    EDDY_STMT_CASE(ImportFrom, ImportFrom)
    EDDY_STMT_CASE(Global, Global)
    EDDY_STMT_CASE(Nonlocal, Nonlocal)
    EDDY_STMT_CASE(Expr, ExprStmt)
    EDDY_STMT_CASE(Pass, Pass)
    EDDY_STMT_CASE(Break, Break)
    EDDY_STMT_CASE(Continue, Continue)
#undef EDDY_STMT_CASE
  }
  __builtin_unreachable();
}

}  // namespace eddy::parser

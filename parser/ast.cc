// The out-of-line parts of the AST: copying text into an Arena, and the
// ast-module class name of every node kind and enumeration value.
#include "parser/ast.h"

#include <cstring>

namespace eddy::parser {

std::string_view Arena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* data = static_cast<char*>(resource_.allocate(text.size(), 1));
  std::memcpy(data, text.data(), text.size());
  return {data, text.size()};
}

std::string_view name_of(ExprContext value) {
  switch (value) {
    case ExprContext::Load:
      return "Load";
    case ExprContext::Store:
      return "Store";
    case ExprContext::Del:
      return "Del";
  }
  __builtin_unreachable();
}

std::string_view name_of(BoolOperator value) {
  switch (value) {
    case BoolOperator::And:
      return "And";
    case BoolOperator::Or:
      return "Or";
  }
  __builtin_unreachable();
}

std::string_view name_of(Operator value) {
  switch (value) {
    case Operator::Add:
      return "Add";
    case Operator::Sub:
      return "Sub";
    case Operator::Mult:
      return "Mult";
    case Operator::MatMult:
      return "MatMult";
    case Operator::Div:
      return "Div";
    case Operator::Mod:
      return "Mod";
    case Operator::Pow:
      return "Pow";
    case Operator::LShift:
      return "LShift";
    case Operator::RShift:
      return "RShift";
    case Operator::BitOr:
      return "BitOr";
    case Operator::BitXor:
      return "BitXor";
    case Operator::BitAnd:
      return "BitAnd";
    case Operator::FloorDiv:
      return "FloorDiv";
  }
  __builtin_unreachable();
}

std::string_view name_of(UnaryOperator value) {
  switch (value) {
    case UnaryOperator::Invert:
      return "Invert";
    case UnaryOperator::Not:
      return "Not";
    case UnaryOperator::UAdd:
      return "UAdd";
    case UnaryOperator::USub:
      return "USub";
  }
  __builtin_unreachable();
}

std::string_view name_of(CompareOperator value) {
  switch (value) {
    case CompareOperator::Eq:
      return "Eq";
    case CompareOperator::NotEq:
      return "NotEq";
    case CompareOperator::Lt:
      return "Lt";
    case CompareOperator::LtE:
      return "LtE";
    case CompareOperator::Gt:
      return "Gt";
    case CompareOperator::GtE:
      return "GtE";
    case CompareOperator::Is:
      return "Is";
    case CompareOperator::IsNot:
      return "IsNot";
    case CompareOperator::In:
      return "In";
    case CompareOperator::NotIn:
      return "NotIn";
  }
  __builtin_unreachable();
}

std::string_view name_of(ExprKind kind) {
  switch (kind) {
    case ExprKind::BoolOp:
      return "BoolOp";
    case ExprKind::NamedExpr:
      return "NamedExpr";
    case ExprKind::BinOp:
      return "BinOp";
    case ExprKind::UnaryOp:
      return "UnaryOp";
    case ExprKind::Lambda:
      return "Lambda";
    case ExprKind::IfExp:
      return "IfExp";
    case ExprKind::Dict:
      return "Dict";
    case ExprKind::Set:
      return "Set";
    case ExprKind::ListComp:
      return "ListComp";
    case ExprKind::SetComp:
      return "SetComp";
    case ExprKind::DictComp:
      return "DictComp";
    case ExprKind::GeneratorExp:
      return "GeneratorExp";
    case ExprKind::Await:
      return "Await";
    case ExprKind::Yield:
      return "Yield";
    case ExprKind::YieldFrom:
      return "YieldFrom";
    case ExprKind::Compare:
      return "Compare";
    case ExprKind::Call:
      return "Call";
    case ExprKind::FormattedValue:
      return "FormattedValue";
    case ExprKind::JoinedStr:
      return "JoinedStr";
    case ExprKind::Constant:
      return "Constant";
    case ExprKind::Attribute:
      return "Attribute";
    case ExprKind::Subscript:
      return "Subscript";
    case ExprKind::Starred:
      return "Starred";
    case ExprKind::Name:
      return "Name";
    case ExprKind::List:
      return "List";
    case ExprKind::Tuple:
      return "Tuple";
    case ExprKind::Slice:
      return "Slice";
  }
  __builtin_unreachable();
}

std::string_view name_of(StmtKind kind) {
  switch (kind) {
    case StmtKind::FunctionDef:
      return "FunctionDef";
    case StmtKind::AsyncFunctionDef:
      return "AsyncFunctionDef";
    case StmtKind::ClassDef:
      return "ClassDef";
    case StmtKind::Return:
      return "Return";
    case StmtKind::Delete:
      return "Delete";
    case StmtKind::Assign:
      return "Assign";
    case StmtKind::AugAssign:
      return "AugAssign";
    case StmtKind::AnnAssign:
      return "AnnAssign";
    case StmtKind::For:
      return "For";
    case StmtKind::AsyncFor:
      return "AsyncFor";
    case StmtKind::While:
      return "While";
    case StmtKind::If:
      return "If";
    case StmtKind::With:
      return "With";
    case StmtKind::AsyncWith:
      return "AsyncWith";
    case StmtKind::Raise:
      return "Raise";
    case StmtKind::Try:
      return "Try";
    case StmtKind::TryStar:
      return "TryStar";
    case StmtKind::Assert:
      return "Assert";
    case StmtKind::Import:
      return "Import";
    case StmtKind::ImportFrom:
      return "ImportFrom";
    case StmtKind::Global:
      return "Global";
    case StmtKind::Nonlocal:
      return "Nonlocal";
    case StmtKind::Expr:
      return "Expr";
    case StmtKind::Pass:
      return "Pass";
    case StmtKind::Break:
      return "Break";
    case StmtKind::Continue:
      return "Continue";
  }
  __builtin_unreachable();
}

}  // namespace eddy::parser

// The SyntaxWarnings CPython 3.11's compiler issues for code that is valid
// but almost certainly wrong (`x is 1`, `assert (x, "msg")`, `(a, b)(c)`,
// `[1]["a"]`). They are collected in CompileOptions::warnings; the VM shows
// them. The conditions follow compile.c, after constant folding as there.
#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

namespace {

// The type a constant's value has at run time.
std::string_view constant_type_name(const Constant& constant) {
  struct Namer {
    std::string_view operator()(const Constant::None&) const { return "NoneType"; }
    std::string_view operator()(const Constant::Ellipsis&) const { return "ellipsis"; }
    std::string_view operator()(bool) const { return "bool"; }
    std::string_view operator()(int64_t) const { return "int"; }
    std::string_view operator()(const Constant::BigInt&) const { return "int"; }
    std::string_view operator()(double) const { return "float"; }
    std::string_view operator()(const Constant::Imaginary&) const { return "complex"; }
    std::string_view operator()(const std::string&) const { return "str"; }
    std::string_view operator()(const Constant::Bytes&) const { return "bytes"; }
    std::string_view operator()(const Constant::Tuple&) const { return "tuple"; }
    std::string_view operator()(const Constant::FrozenSet&) const { return "frozenset"; }
    std::string_view operator()(const std::shared_ptr<CodeUnit>&) const { return "code"; }
  };
  return std::visit(Namer{}, constant.value);
}

// The type an expression's value is known to have from its form alone
// (compile.c's infer_type); empty when it is not known.
std::string_view inferred_type_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
      return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
      return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
      return "set";
    case ExprKind::GeneratorExp:
      return "generator";
    case ExprKind::Lambda:
      return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "str";
    default:
      return {};
  }
}

// What the AST optimizer would turn `e` into, when it is a constant.
const Constant* folded(const Expr* e, Constant& storage) {
  return CodeGenerator::fold_constant(e, storage) ? &storage : nullptr;
}

std::string_view type_name(const Expr* e) {
  Constant storage;
  if (const Constant* constant = folded(e, storage)) return constant_type_name(*constant);
  return inferred_type_name(e);
}

// An operand `is` may sensibly compare: anything but a constant, or one of
// the singletons.
bool is_identity_operand(const Expr* e) {
  Constant storage;
  const Constant* constant = folded(e, storage);
  if (!constant) return true;
  return std::holds_alternative<Constant::None>(constant->value) ||
         std::holds_alternative<Constant::Ellipsis>(constant->value) ||
         std::holds_alternative<bool>(constant->value);
}

}  // namespace

void CodeGenerator::warn(int line, std::string message) {
  if (options_.warnings) options_.warnings->push_back(CompileWarning{line, std::move(message)});
}

void CodeGenerator::warn_literal_identity(const Compare* node) {
  const Expr* left = node->left;
  for (size_t i = 0; i < node->ops.size(); ++i) {
    CompareOperator op = node->ops[i];
    const Expr* right = node->comparators[i];
    if ((op == CompareOperator::Is || op == CompareOperator::IsNot) &&
        (!is_identity_operand(left) || !is_identity_operand(right))) {
      warn(node->location.lineno, op == CompareOperator::Is
                                      ? "\"is\" with a literal. Did you mean \"==\"?"
                                      : "\"is not\" with a literal. Did you mean \"!=\"?");
    }
    left = right;
  }
}

// Calling a constant (after folding), a display or a comprehension always
// fails.
void CodeGenerator::warn_uncallable(const Expr* function, int line) {
  std::string_view name = type_name(function);
  bool uncallable = !name.empty() && function->kind != ExprKind::Lambda;
  if (uncallable) {
    warn(line, "'" + std::string(name) + "' object is not callable; perhaps you missed a comma?");
  }
}

// `value[slice]` that always fails: a value that has no items, or a
// sequence indexed by something that is neither an int nor a slice.
void CodeGenerator::warn_bad_subscript(const Subscript* node) {
  int line = node->location.lineno;
  const Expr* value = node->value;
  Constant storage;
  const Constant* constant = folded(value, storage);
  bool unsubscriptable = false;
  if (constant) {
    const auto& v = constant->value;
    unsubscriptable =
        std::holds_alternative<Constant::None>(v) ||
        std::holds_alternative<Constant::Ellipsis>(v) || std::holds_alternative<int64_t>(v) ||
        std::holds_alternative<Constant::BigInt>(v) || std::holds_alternative<bool>(v) ||
        std::holds_alternative<double>(v) || std::holds_alternative<Constant::Imaginary>(v) ||
        std::holds_alternative<Constant::FrozenSet>(v);
  } else {
    unsubscriptable = value->kind == ExprKind::Set || value->kind == ExprKind::SetComp ||
                      value->kind == ExprKind::GeneratorExp || value->kind == ExprKind::Lambda;
  }
  if (unsubscriptable) {
    warn(line, "'" + std::string(type_name(value)) +
                   "' object is not subscriptable; perhaps you missed a comma?");
  }

  std::string_view index_type = type_name(node->slice);
  if (index_type.empty() || index_type == "int" || index_type == "bool") return;
  bool sequence = false;
  if (constant) {
    const auto& v = constant->value;
    sequence = std::holds_alternative<std::string>(v) ||
               std::holds_alternative<Constant::Bytes>(v) ||
               std::holds_alternative<Constant::Tuple>(v);
  } else {
    sequence = value->kind == ExprKind::Tuple || value->kind == ExprKind::List ||
               value->kind == ExprKind::ListComp || value->kind == ExprKind::JoinedStr ||
               value->kind == ExprKind::FormattedValue;
  }
  if (sequence) {
    warn(line, std::string(type_name(value)) + " indices must be integers or slices, not " +
                   std::string(index_type) + "; perhaps you missed a comma?");
  }
}

// `assert (test, "message")` tests a non-empty tuple, which is always true.
void CodeGenerator::warn_assert_on_tuple(const Assert* node) {
  Constant storage;
  const Constant* constant = folded(node->test, storage);
  bool non_empty_tuple =
      constant ? std::holds_alternative<Constant::Tuple>(constant->value) &&
                     !std::get<Constant::Tuple>(constant->value).empty()
               : node->test->kind == ExprKind::Tuple && !node->test->as<Tuple>()->elts.empty();
  if (non_empty_tuple) {
    warn(node->location.lineno, "assertion is always true, perhaps remove parentheses?");
  }
}

}  // namespace eddy::compiler

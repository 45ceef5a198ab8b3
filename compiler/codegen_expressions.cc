// Code for expressions: operators, containers, calls, f-strings, and the
// conditional jumps that `if`, `while`, `and`/`or` and comprehension
// filters compile to. Yield and await are in codegen_coroutines.cc,
// comprehensions in codegen_comprehensions.cc.
#include "compiler/codegen.h"
#include "vm/operators.h"

namespace eddy::compiler {

using namespace parser;

namespace {

// CPython falls back to building big containers and calls one item at a
// time beyond this many stack entries (STACK_USE_GUIDELINE).
constexpr size_t kStackUseGuideline = 30;

vm::BinaryOp plain_binary_op(Operator op) {
  switch (op) {
    case Operator::Add:
      return vm::BinaryOp::Add;
    case Operator::Sub:
      return vm::BinaryOp::Subtract;
    case Operator::Mult:
      return vm::BinaryOp::Multiply;
    case Operator::MatMult:
      return vm::BinaryOp::MatrixMultiply;
    case Operator::Div:
      return vm::BinaryOp::TrueDivide;
    case Operator::Mod:
      return vm::BinaryOp::Remainder;
    case Operator::Pow:
      return vm::BinaryOp::Power;
    case Operator::LShift:
      return vm::BinaryOp::LShift;
    case Operator::RShift:
      return vm::BinaryOp::RShift;
    case Operator::BitOr:
      return vm::BinaryOp::Or;
    case Operator::BitXor:
      return vm::BinaryOp::Xor;
    case Operator::BitAnd:
      return vm::BinaryOp::And;
    case Operator::FloorDiv:
      return vm::BinaryOp::FloorDivide;
  }
  return vm::BinaryOp::Add;
}

}  // namespace

uint32_t binary_op_argument(Operator op, bool inplace) {
  uint32_t plain = static_cast<uint32_t>(plain_binary_op(op));
  return inplace ? plain + vm::kBinaryOpCount : plain;
}

namespace {

bool is_starred(const Expr* e) {
  return e->kind == ExprKind::Starred;
}

bool is_none_constant(const Expr* e) {
  return e->kind == ExprKind::Constant &&
         e->as<parser::Constant>()->value.kind == ConstantValue::Kind::None;
}

}  // namespace

// ---------------------------------------------------------------------------
// Constants

Constant CodeGenerator::constant_of(const ConstantValue& value) {
  using Kind = ConstantValue::Kind;
  switch (value.kind) {
    case Kind::None:
      return Constant{Constant::None{}};
    case Kind::True:
      return Constant{true};
    case Kind::False:
      return Constant{false};
    case Kind::Ellipsis:
      return Constant{Constant::Ellipsis{}};
    case Kind::Int:
      return Constant{value.integer};
    case Kind::BigInt:
      return Constant{Constant::BigInt{std::string(value.text)}};
    case Kind::Float:
      return Constant{value.number};
    case Kind::Imaginary:
      return Constant{Constant::Imaginary{value.number}};
    case Kind::Str:
      return Constant{std::string(value.text)};
    case Kind::Bytes:
      return Constant{Constant::Bytes{std::string(value.text)}};
  }
  return Constant{Constant::None{}};
}

void CodeGenerator::compile_constant(const ConstantValue& value) {
  emit_constant(constant_of(value));
}

bool CodeGenerator::constant_truth(const Constant& value) {
  struct Truth {
    bool operator()(Constant::None) const { return false; }
    bool operator()(Constant::Ellipsis) const { return true; }
    bool operator()(bool b) const { return b; }
    bool operator()(int64_t i) const { return i != 0; }
    bool operator()(const Constant::BigInt&) const { return true; }
    bool operator()(double d) const { return d != 0.0; }
    bool operator()(const Constant::Imaginary& i) const { return i.imag != 0.0; }
    bool operator()(const std::string& s) const { return !s.empty(); }
    bool operator()(const Constant::Bytes& b) const { return !b.bytes.empty(); }
    bool operator()(const Constant::Tuple& t) const { return !t.empty(); }
    bool operator()(const Constant::FrozenSet& s) const { return !s.items.empty(); }
    bool operator()(const std::shared_ptr<CodeUnit>&) const { return true; }
  };
  return std::visit(Truth{}, value.value);
}

// ---------------------------------------------------------------------------
// Dispatch

void CodeGenerator::compile_expressions(const List<Expr*>& expressions) {
  for (Expr* e : expressions)
    compile_expression(e);
}

void CodeGenerator::compile_expression(Expr* e) {
  LocationScope at(*this, e->location);
  Constant folded;
  if (e->kind != ExprKind::Constant && fold_constant(e, folded)) {
    emit_constant(std::move(folded));
    return;
  }
  switch (e->kind) {
    case ExprKind::BoolOp:
      compile_bool_op(e->as<BoolOp>());
      break;
    case ExprKind::NamedExpr:
      compile_named_expression(e->as<NamedExpr>());
      break;
    case ExprKind::BinOp:
      compile_binary_op(e->as<BinOp>());
      break;
    case ExprKind::UnaryOp:
      compile_unary_op(e->as<UnaryOp>());
      break;
    case ExprKind::Lambda:
      compile_lambda(e->as<Lambda>());
      break;
    case ExprKind::IfExp:
      compile_if_expression(e->as<IfExp>());
      break;
    case ExprKind::Dict:
      compile_dict(e->as<Dict>());
      break;
    case ExprKind::Set:
      compile_sequence(e->as<Set>()->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
                       Opcode::SET_UPDATE, false);
      break;
    case ExprKind::ListComp: {
      auto* node = e->as<ListComp>();
      compile_comprehension(e, ComprehensionType::List, "<listcomp>", node->generators, node->elt,
                            nullptr);
      break;
    }
    case ExprKind::SetComp: {
      auto* node = e->as<SetComp>();
      compile_comprehension(e, ComprehensionType::Set, "<setcomp>", node->generators, node->elt,
                            nullptr);
      break;
    }
    case ExprKind::DictComp: {
      auto* node = e->as<DictComp>();
      compile_comprehension(e, ComprehensionType::Dict, "<dictcomp>", node->generators, node->key,
                            node->value);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* node = e->as<GeneratorExp>();
      compile_comprehension(e, ComprehensionType::Generator, "<genexpr>", node->generators,
                            node->elt, nullptr);
      break;
    }
    case ExprKind::Await:
      compile_await(e->as<Await>());
      break;
    case ExprKind::Yield:
      compile_yield(e->as<Yield>());
      break;
    case ExprKind::YieldFrom:
      compile_yield_from(e->as<YieldFrom>());
      break;
    case ExprKind::Compare:
      compile_compare(e->as<Compare>());
      break;
    case ExprKind::Call:
      compile_call(e->as<Call>());
      break;
    case ExprKind::FormattedValue:
      compile_formatted_value(e->as<FormattedValue>());
      break;
    case ExprKind::JoinedStr:
      compile_joined_string(e->as<JoinedStr>());
      break;
    case ExprKind::Constant:
      compile_constant(e->as<parser::Constant>()->value);
      break;
    case ExprKind::Attribute:
      compile_attribute(e->as<Attribute>());
      break;
    case ExprKind::Subscript:
      compile_subscript(e->as<Subscript>());
      break;
    case ExprKind::Starred:
      error("can't use starred expression here");
    case ExprKind::Name:
      compile_name(e->as<Name>());
      break;
    case ExprKind::List:
      compile_sequence(e->as<ListExpr>()->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                       Opcode::LIST_EXTEND, false);
      break;
    case ExprKind::Tuple:
      compile_sequence(e->as<Tuple>()->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                       Opcode::LIST_EXTEND, true);
      break;
    case ExprKind::Slice:
      compile_slice(e->as<Slice>());
      break;
  }
}

// ---------------------------------------------------------------------------
// Names, attributes, subscripts

void CodeGenerator::compile_name(Name* node) {
  if (node->id == "__debug__") {
    emit_constant(Constant{true});  // CPython folds it: there is no -O here
    return;
  }
  load_name(node->id);
}

void CodeGenerator::compile_attribute(Attribute* node) {
  compile_expression(node->value);
  match_attribute_start(node);
  emit_name(Opcode::LOAD_ATTR, node->attr);
}

void CodeGenerator::compile_subscript(Subscript* node) {
  warn_bad_subscript(node);
  compile_expression(node->value);
  compile_expression(node->slice);
  emit(Opcode::BINARY_SUBSCR);
}

void CodeGenerator::compile_slice(Slice* node) {
  uint32_t count = 2;
  if (node->lower) {
    compile_expression(node->lower);
  } else {
    emit_none();
  }
  if (node->upper) {
    compile_expression(node->upper);
  } else {
    emit_none();
  }
  if (node->step) {
    compile_expression(node->step);
    count = 3;
  }
  emit(Opcode::BUILD_SLICE, count);
}

// ---------------------------------------------------------------------------
// Operators

// `a and b` leaves a if it is false, else b: each operand but the last
// jumps to the end keeping itself when it decides the result.
void CodeGenerator::compile_bool_op(BoolOp* node) {
  Label end = new_label();
  Opcode jump =
      node->op == BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < node->values.size(); ++i) {
    compile_expression(node->values[i]);
    emit_jump(jump, end);
  }
  compile_expression(node->values.back());
  bind(end);
}

void CodeGenerator::compile_binary_op(BinOp* node) {
  if (try_compile_percent_format(node)) return;
  compile_expression(node->left);
  compile_expression(node->right);
  emit(Opcode::BINARY_OP, binary_op_argument(node->op, false));
}

void CodeGenerator::compile_unary_op(UnaryOp* node) {
  compile_expression(node->operand);
  switch (node->op) {
    case UnaryOperator::Invert:
      emit(Opcode::UNARY_INVERT);
      break;
    case UnaryOperator::Not:
      emit(Opcode::UNARY_NOT);
      break;
    case UnaryOperator::UAdd:
      emit(Opcode::UNARY_POSITIVE);
      break;
    case UnaryOperator::USub:
      emit(Opcode::UNARY_NEGATIVE);
      break;
  }
}

void CodeGenerator::emit_comparison(CompareOperator op) {
  switch (op) {
    case CompareOperator::Is:
      emit(Opcode::IS_OP, 0);
      return;
    case CompareOperator::IsNot:
      emit(Opcode::IS_OP, 1);
      return;
    case CompareOperator::In:
      emit(Opcode::CONTAINS_OP, 0);
      return;
    case CompareOperator::NotIn:
      emit(Opcode::CONTAINS_OP, 1);
      return;
    case CompareOperator::Eq:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Equal));
      return;
    case CompareOperator::NotEq:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::NotEqual));
      return;
    case CompareOperator::Lt:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Less));
      return;
    case CompareOperator::LtE:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::LessEqual));
      return;
    case CompareOperator::Gt:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Greater));
      return;
    case CompareOperator::GtE:
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::GreaterEqual));
      return;
  }
}

// `a < b < c` evaluates b once: each link but the last keeps a copy of its
// right operand for the next one, and a false link jumps to a cleanup that
// drops that copy.
void CodeGenerator::compile_compare(Compare* node) {
  warn_literal_identity(node);
  compile_expression(node->left);
  size_t links = node->ops.size();
  if (links == 1) {
    compile_expression(node->comparators[0]);
    emit_comparison(node->ops[0]);
    return;
  }
  Label cleanup = new_label();
  for (size_t i = 0; i + 1 < links; ++i) {
    compile_expression(node->comparators[i]);
    emit(Opcode::SWAP, 2);
    emit(Opcode::COPY, 2);
    emit_comparison(node->ops[i]);
    emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_expression(node->comparators[links - 1]);
  emit_comparison(node->ops[links - 1]);
  Label end = new_label();
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, end);
  bind(cleanup);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  bind(end);
}

void CodeGenerator::compile_if_expression(IfExp* node) {
  Label otherwise = new_label();
  Label end = new_label();
  compile_jump_if(node->test, otherwise, false);
  compile_expression(node->body);
  emit_jump(Opcode::JUMP_FORWARD, end);
  bind(otherwise);
  compile_expression(node->orelse);
  bind(end);
}

void CodeGenerator::compile_named_expression(NamedExpr* node) {
  compile_expression(node->value);
  emit(Opcode::COPY, 1);
  compile_store(node->target);
}

// ---------------------------------------------------------------------------
// Conditional jumps

// The jumps take the position of the statement or expression that tests,
// not of the operand, as in CPython.
void CodeGenerator::compile_jump_if(Expr* e, Label target, bool jump_if_true) {
  Constant folded;
  if (fold_constant(e, folded)) {
    // The test is decided now: an unconditional jump, or nothing. The NOP
    // keeps the test's line, as CPython's folded LOAD_CONST does.
    {
      LocationScope at(*this, e->location);
      emit(Opcode::NOP);
    }
    if (constant_truth(folded) == jump_if_true) emit_jump(Opcode::JUMP_FORWARD, target);
    return;
  }
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (e->as<UnaryOp>()->op == UnaryOperator::Not) {
        compile_jump_if(e->as<UnaryOp>()->operand, target, !jump_if_true);
        return;
      }
      break;
    case ExprKind::BoolOp: {
      // `a or b` jumps when true as soon as one operand is true; to jump
      // when false it needs a label after itself for the true case.
      auto* node = e->as<BoolOp>();
      bool operands_jump_if_true = node->op == BoolOperator::Or;
      Label operands_target = target;
      if (operands_jump_if_true != jump_if_true) operands_target = new_label();
      for (size_t i = 0; i + 1 < node->values.size(); ++i) {
        compile_jump_if(node->values[i], operands_target, operands_jump_if_true);
      }
      compile_jump_if(node->values.back(), target, jump_if_true);
      if (operands_target.id != target.id) bind(operands_target);
      return;
    }
    case ExprKind::IfExp: {
      auto* node = e->as<IfExp>();
      Label end = new_label();
      Label otherwise = new_label();
      compile_jump_if(node->test, otherwise, false);
      compile_jump_if(node->body, target, jump_if_true);
      unset_location();
      emit_jump(Opcode::JUMP_FORWARD, end);
      bind(otherwise);
      compile_jump_if(node->orelse, target, jump_if_true);
      bind(end);
      return;
    }
    case ExprKind::Compare: {
      auto* node = e->as<Compare>();
      size_t links = node->ops.size();
      if (links == 1) {
        CompareOperator op = node->ops[0];
        if ((op == CompareOperator::Is || op == CompareOperator::IsNot) &&
            is_none_constant(node->comparators[0])) {
          // `x is None` tests and jumps in one instruction.
          warn_literal_identity(node);
          compile_expression(node->left);
          bool jump_if_none = (op == CompareOperator::Is) == jump_if_true;
          emit_jump(jump_if_none ? Opcode::POP_JUMP_FORWARD_IF_NONE
                                 : Opcode::POP_JUMP_FORWARD_IF_NOT_NONE,
                    target);
          return;
        }
        break;
      }
      warn_literal_identity(node);
      Label cleanup = new_label();
      compile_expression(node->left);
      for (size_t i = 0; i + 1 < links; ++i) {
        compile_expression(node->comparators[i]);
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        emit_comparison(node->ops[i]);
        emit_jump(Opcode::POP_JUMP_FORWARD_IF_FALSE, cleanup);
      }
      compile_expression(node->comparators[links - 1]);
      emit_comparison(node->ops[links - 1]);
      emit_jump(jump_if_true ? Opcode::POP_JUMP_FORWARD_IF_TRUE : Opcode::POP_JUMP_FORWARD_IF_FALSE,
                target);
      Label end = new_label();
      unset_location();
      emit_jump(Opcode::JUMP_FORWARD, end);
      bind(cleanup);
      emit(Opcode::POP_TOP);
      if (!jump_if_true) emit_jump(Opcode::JUMP_FORWARD, target);
      bind(end);
      return;
    }
    default:
      break;
  }
  compile_expression(e);
  emit_jump(jump_if_true ? Opcode::POP_JUMP_FORWARD_IF_TRUE : Opcode::POP_JUMP_FORWARD_IF_FALSE,
            target);
}

// ---------------------------------------------------------------------------
// Containers

// Builds a list, set or tuple (a tuple via a list when it has starred
// items) from `items`, on top of `pushed` entries already on the stack
// that become its first items (CPython's starunpack_helper). Three or more
// constant items are folded into one constant, a frozenset for a set: the
// set then takes its items in the frozenset's order, as in CPython.
void CodeGenerator::compile_sequence(const List<Expr*>& items, uint32_t pushed, Opcode build,
                                     Opcode add, Opcode extend, bool as_tuple) {
  size_t count = items.size();
  if (count > 2) {
    Constant::Tuple folded;
    bool all_constant = true;
    for (Expr* item : items) {
      Constant value;
      if (!fold_constant(item, value)) {
        all_constant = false;
        break;
      }
      folded.push_back(std::move(value));
    }
    if (all_constant) {
      if (as_tuple && pushed == 0) {
        emit_constant(Constant{std::move(folded)});
      } else {
        emit(build, pushed);
        if (build == Opcode::BUILD_SET) {
          emit_constant(Constant{Constant::FrozenSet{std::move(folded)}});
        } else {
          emit_constant(Constant{std::move(folded)});
        }
        emit(extend, 1);
        if (as_tuple) emit(Opcode::LIST_TO_TUPLE);
      }
      return;
    }
  }
  bool big = count + pushed > kStackUseGuideline;
  bool has_star = false;
  for (Expr* item : items)
    has_star = has_star || is_starred(item);
  if (!has_star && !big) {
    compile_expressions(items);
    uint32_t total = static_cast<uint32_t>(count) + pushed;
    if (as_tuple) {
      emit_build_tuple(total);
    } else {
      emit(build, total);
    }
    return;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < count; ++i) {
    Expr* item = items[i];
    if (is_starred(item)) {
      if (!built) {
        emit(build, static_cast<uint32_t>(i) + pushed);
        built = true;
      }
      compile_expression(item->as<Starred>()->value);
      emit(extend, 1);
    } else {
      compile_expression(item);
      if (built) emit(add, 1);
    }
  }
  if (as_tuple) emit(Opcode::LIST_TO_TUPLE);
}

void CodeGenerator::compile_dict(Dict* node) {
  size_t count = node->values.size();
  size_t pending = 0;  // key/value pairs compiled but not yet in a dict
  bool have_dict = false;
  auto flush = [&](size_t end) {
    compile_dict_items(node, end - pending, end);
    if (have_dict) emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (size_t i = 0; i < count; ++i) {
    if (node->keys[i] == nullptr) {  // **mapping
      if (pending) flush(i);
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      compile_expression(node->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else if (pending * 2 > kStackUseGuideline) {
      ++pending;
      flush(i + 1);
    } else {
      ++pending;
    }
  }
  if (pending) flush(count);
  if (!have_dict) emit(Opcode::BUILD_MAP, 0);
}

// One dict from items [begin, end): BUILD_CONST_KEY_MAP when the keys are
// constants, else BUILD_MAP (or MAP_ADD one by one when there are many).
void CodeGenerator::compile_dict_items(Dict* node, size_t begin, size_t end) {
  size_t count = end - begin;
  bool big = count * 2 > kStackUseGuideline;
  if (count > 1 && !big) {
    Constant::Tuple keys;
    bool constant_keys = true;
    for (size_t i = begin; i < end && constant_keys; ++i) {
      Constant key;
      constant_keys = fold_constant(node->keys[i], key);
      keys.push_back(std::move(key));
    }
    if (constant_keys) {
      for (size_t i = begin; i < end; ++i)
        compile_expression(node->values[i]);
      emit_constant(Constant{std::move(keys)});
      emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(count));
      return;
    }
  }
  if (big) emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    compile_expression(node->keys[i]);
    compile_expression(node->values[i]);
    if (big) emit(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, static_cast<uint32_t>(count));
}

// ---------------------------------------------------------------------------
// Calls

void CodeGenerator::check_keywords(const List<Keyword*>& keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (keywords[i]->arg.empty()) continue;
    check_forbidden_name(keywords[i]->arg, Access::Store);
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      if (keywords[j]->arg == keywords[i]->arg) {
        set_location(keywords[j]->location);
        error("keyword argument repeated: " + std::string(keywords[i]->arg));
      }
    }
  }
}

void CodeGenerator::compile_call(Call* node) {
  check_keywords(node->keywords);
  if (try_compile_method_call(node)) return;
  warn_uncallable(node->func, node->location.lineno);
  {
    LocationScope at(*this, node->func->location);
    emit(Opcode::PUSH_NULL);  // merged into a following LOAD_GLOBAL
  }
  compile_expression(node->func);
  compile_call_arguments(0, node->args, node->keywords);
}

// `obj.name(args)` without * or ** arguments: LOAD_METHOD pushes the
// function and obj (or NULL and the bound attribute), saving the bound
// method object.
bool CodeGenerator::try_compile_method_call(Call* node) {
  if (node->func->kind != ExprKind::Attribute) return false;
  // CPython 3.11 calls functions of imported modules (`re.compile(...)`)
  // through LOAD_ATTR: it recognizes a name the module imports.
  Expr* object = node->func->as<Attribute>()->value;
  if (object->kind == ExprKind::Name) {
    const Symbol* symbol = symbols_.module_scope()->lookup(object->as<Name>()->id);
    if (symbol && (symbol->flags & kDefImport)) return false;
  }
  size_t positional = node->args.size();
  size_t keywords = node->keywords.size();
  if (positional + keywords + (keywords != 0) >= kStackUseGuideline) return false;
  for (Expr* arg : node->args) {
    if (is_starred(arg)) return false;
  }
  for (Keyword* keyword : node->keywords) {
    if (keyword->arg.empty()) return false;
  }
  auto* method = node->func->as<Attribute>();
  compile_expression(method->value);
  {
    LocationScope at(*this, method->location);
    match_attribute_start(method);
    emit_name(Opcode::LOAD_METHOD, method->attr);
  }
  compile_expressions(node->args);
  if (keywords) {
    for (Keyword* keyword : node->keywords)
      compile_expression(keyword->value);
    emit_keyword_names(node->keywords);
  }
  SourceSpan call_location = location_;
  match_attribute_start(method);
  emit(Opcode::CALL, static_cast<uint32_t>(positional + keywords));
  location_ = call_location;
  return true;
}

void CodeGenerator::emit_keyword_names(const List<Keyword*>& keywords) {
  Constant::Tuple names;
  for (Keyword* keyword : keywords)
    names.push_back(Constant{std::string(keyword->arg)});
  emit(Opcode::KW_NAMES, constant_index(Constant{std::move(names)}));
}

// The arguments of a call whose callable (and NULL) are pushed, plus
// `pushed` leading positional arguments already on the stack. Plain
// arguments go on the stack for CALL; with * or ** (or too many) they are
// collected into a tuple and a dict for CALL_FUNCTION_EX.
void CodeGenerator::compile_call_arguments(uint32_t pushed, const List<Expr*>& args,
                                           const List<Keyword*>& keywords) {
  check_keywords(keywords);
  bool extended = args.size() + keywords.size() * 2 > kStackUseGuideline;
  for (Expr* arg : args)
    extended = extended || is_starred(arg);
  for (Keyword* keyword : keywords)
    extended = extended || keyword->arg.empty();
  if (!extended) {
    compile_expressions(args);
    if (!keywords.empty()) {
      for (Keyword* keyword : keywords)
        compile_expression(keyword->value);
      emit_keyword_names(keywords);
    }
    emit(Opcode::CALL, pushed + static_cast<uint32_t>(args.size() + keywords.size()));
    return;
  }

  if (pushed == 0 && args.size() == 1 && is_starred(args[0])) {
    compile_expression(args[0]->as<Starred>()->value);
  } else {
    compile_sequence(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
                     true);
  }
  if (!keywords.empty()) {
    bool have_dict = false;
    size_t pending = 0;  // plain keywords not yet in a dict
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (!keywords[i]->arg.empty()) {
        ++pending;
        continue;
      }
      if (pending) {
        compile_keyword_dict(keywords, i - pending, i);
        if (have_dict) emit(Opcode::DICT_MERGE, 1);
        have_dict = true;
        pending = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      compile_expression(keywords[i]->value);
      emit(Opcode::DICT_MERGE, 1);
    }
    if (pending) {
      compile_keyword_dict(keywords, keywords.size() - pending, keywords.size());
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
}

void CodeGenerator::compile_keyword_dict(const List<Keyword*>& keywords, size_t begin, size_t end) {
  size_t count = end - begin;
  bool big = count * 2 > kStackUseGuideline;
  if (count > 1 && !big) {
    Constant::Tuple names;
    for (size_t i = begin; i < end; ++i) {
      compile_expression(keywords[i]->value);
      names.push_back(Constant{std::string(keywords[i]->arg)});
    }
    emit_constant(Constant{std::move(names)});
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(count));
    return;
  }
  if (big) emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    emit_constant(Constant{std::string(keywords[i]->arg)});
    compile_expression(keywords[i]->value);
    if (big) emit(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, static_cast<uint32_t>(count));
}

// ---------------------------------------------------------------------------
// f-strings

void CodeGenerator::compile_joined_string(JoinedStr* node) {
  size_t count = node->values.size();
  if (count > kStackUseGuideline) {
    // "".join([...]) one piece at a time.
    emit_constant(Constant{std::string()});
    emit_name(Opcode::LOAD_METHOD, "join");
    emit(Opcode::BUILD_LIST, 0);
    for (Expr* value : node->values) {
      compile_expression(value);
      emit(Opcode::LIST_APPEND, 1);
    }
    emit(Opcode::CALL, 1);
    return;
  }
  compile_expressions(node->values);
  if (count != 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(count));
}

// FORMAT_VALUE's argument: the conversion (0 none, 1 !s, 2 !r, 3 !a), plus
// 4 when a format spec is on the stack.
void CodeGenerator::compile_formatted_value(FormattedValue* node) {
  compile_expression(node->value);
  uint32_t arg = 0;
  switch (node->conversion) {
    case 's':
      arg = 1;
      break;
    case 'r':
      arg = 2;
      break;
    case 'a':
      arg = 3;
      break;
    default:
      break;
  }
  if (node->format_spec) {
    compile_expression(node->format_spec);
    arg |= 4;
  }
  emit(Opcode::FORMAT_VALUE, arg);
}

}  // namespace eddy::compiler

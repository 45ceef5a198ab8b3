// Constant folding: the part of CPython's AST optimizer (Python/ast_opt.c)
// that changes the bytecode. Literal tuples, operators on constants and
// `"..." % (a, b)` with simple %s/%r/%a conversions are turned into what
// CPython compiles them to. Folding never changes what a program does:
// anything that could raise, or whose result would be big, is left to run.
#include <cmath>
#include <cstring>

#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

namespace {

// The limits of ast_opt.c: results of folding stay small.
constexpr int kMaxIntBits = 128;
constexpr size_t kMaxStringSize = 4096;

using Int128 = __int128;

std::string decimal(Int128 value) {
  if (value == 0) return "0";
  bool negative = value < 0;
  unsigned __int128 magnitude = negative ? -static_cast<unsigned __int128>(value) : value;
  std::string digits;
  while (magnitude) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
    magnitude /= 10;
  }
  return negative ? "-" + digits : digits;
}

Constant int_constant(Int128 value) {
  if (value >= INT64_MIN && value <= INT64_MAX) return Constant{static_cast<int64_t>(value)};
  return Constant{Constant::BigInt{decimal(value)}};
}

int bit_length(Int128 value) {
  unsigned __int128 magnitude = value < 0 ? -static_cast<unsigned __int128>(value) : value;
  int bits = 0;
  while (magnitude) {
    ++bits;
    magnitude >>= 1;
  }
  return bits;
}

// An int or bool constant as a number (Python's bools are ints).
bool as_integer(const Constant& constant, Int128& out) {
  if (auto* integer = std::get_if<int64_t>(&constant.value)) {
    out = *integer;
    return true;
  }
  if (auto* boolean = std::get_if<bool>(&constant.value)) {
    out = *boolean ? 1 : 0;
    return true;
  }
  return false;
}

// A number as a double, when the conversion is exact.
bool as_double(const Constant& constant, double& out) {
  if (auto* number = std::get_if<double>(&constant.value)) {
    out = *number;
    return true;
  }
  Int128 integer;
  constexpr Int128 kExactLimit = Int128{1} << 53;
  if (as_integer(constant, integer) && integer <= kExactLimit && integer >= -kExactLimit) {
    out = static_cast<double>(integer);
    return true;
  }
  return false;
}

Int128 floor_divide(Int128 a, Int128 b) {
  Int128 quotient = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --quotient;
  return quotient;
}

bool fold_integers(Operator op, Int128 a, Int128 b, Constant& value) {
  switch (op) {
    case Operator::Add:
      value = int_constant(a + b);
      return true;
    case Operator::Sub:
      value = int_constant(a - b);
      return true;
    case Operator::Mult:
      if (bit_length(a) + bit_length(b) > kMaxIntBits - 1) return false;
      value = int_constant(a * b);
      return true;
    case Operator::FloorDiv:
      if (b == 0) return false;
      value = int_constant(floor_divide(a, b));
      return true;
    case Operator::Mod:
      if (b == 0) return false;
      value = int_constant(a - floor_divide(a, b) * b);
      return true;
    case Operator::Pow: {
      if (b < 0 || (a != 0 && b > 0 && bit_length(a) * b > kMaxIntBits - 1)) return false;
      Int128 result = 1;
      for (Int128 i = 0; i < b; ++i)
        result *= a;
      value = int_constant(result);
      return true;
    }
    case Operator::LShift:
      if (b < 0 || b >= kMaxIntBits || bit_length(a) + b > kMaxIntBits - 1) return false;
      value = int_constant(a * (Int128{1} << static_cast<int>(b)));
      return true;
    case Operator::RShift:
      if (b < 0) return false;
      value = int_constant(b >= kMaxIntBits ? (a < 0 ? -1 : 0) : a >> static_cast<int>(b));
      return true;
    case Operator::BitAnd:
      value = int_constant(a & b);
      return true;
    case Operator::BitOr:
      value = int_constant(a | b);
      return true;
    case Operator::BitXor:
      value = int_constant(a ^ b);
      return true;
    case Operator::Div: {
      double x, y;
      if (b == 0 || !as_double(int_constant(a), x) || !as_double(int_constant(b), y)) return false;
      value = Constant{x / y};
      return true;
    }
    case Operator::MatMult:
      return false;
  }
  return false;
}

// +, -, * and / of floats give the same IEEE result here as in CPython;
// //, % and ** have Python-specific rules and are left to run.
bool fold_floats(Operator op, double a, double b, Constant& value) {
  switch (op) {
    case Operator::Add:
      value = Constant{a + b};
      return true;
    case Operator::Sub:
      value = Constant{a - b};
      return true;
    case Operator::Mult:
      value = Constant{a * b};
      return true;
    case Operator::Div:
      if (b == 0.0) return false;
      value = Constant{a / b};
      return true;
    default:
      return false;
  }
}

// str and bytes: concatenation, and repetition up to kMaxStringSize.
bool fold_text(Operator op, const Constant& left, const Constant& right, Constant& value) {
  auto text_of = [](const Constant& constant) -> const std::string* {
    if (auto* str = std::get_if<std::string>(&constant.value)) return str;
    if (auto* bytes = std::get_if<Constant::Bytes>(&constant.value)) return &bytes->bytes;
    return nullptr;
  };
  auto make = [&](const Constant& like, std::string text) {
    if (std::holds_alternative<std::string>(like.value)) return Constant{std::move(text)};
    return Constant{Constant::Bytes{std::move(text)}};
  };
  const std::string* left_text = text_of(left);
  const std::string* right_text = text_of(right);
  if (op == Operator::Add && left_text && right_text && left.value.index() == right.value.index()) {
    value = make(left, *left_text + *right_text);
    return true;
  }
  if (op != Operator::Mult) return false;
  const Constant& sequence = left_text ? left : right;
  const std::string* text = left_text ? left_text : right_text;
  Int128 count;
  if (!text || !as_integer(left_text ? right : left, count)) return false;
  if (count < 0) count = 0;
  if (!text->empty() && count > static_cast<Int128>(kMaxStringSize / text->size())) return false;
  std::string repeated;
  for (Int128 i = 0; i < count; ++i)
    repeated += *text;
  value = make(sequence, std::move(repeated));
  return true;
}

}  // namespace

// -x for a folded number; false if it cannot be negated exactly here.
static bool negate(Constant& value) {
  if (auto* integer = std::get_if<int64_t>(&value.value)) {
    if (*integer == INT64_MIN) {
      value.value = Constant::BigInt{"9223372036854775808"};
    } else {
      *integer = -*integer;
    }
    return true;
  }
  if (auto* big = std::get_if<Constant::BigInt>(&value.value)) {
    if (big->decimal == "9223372036854775808") {
      value.value = int64_t{INT64_MIN};
    } else if (big->decimal.starts_with("-")) {
      big->decimal.erase(0, 1);
    } else {
      big->decimal.insert(0, "-");
    }
    return true;
  }
  if (auto* number = std::get_if<double>(&value.value)) {
    *number = -*number;
    return true;
  }
  if (auto* imaginary = std::get_if<Constant::Imaginary>(&value.value)) {
    // -(0+1j) is (-0-1j): a complex constant Eddy's constants cannot hold.
    (void)imaginary;
    return false;
  }
  return false;
}

bool CodeGenerator::fold_unary(const UnaryOp* node, Constant& value) {
  Constant operand;
  if (!fold_constant(node->operand, operand)) return false;
  Int128 integer;
  switch (node->op) {
    case UnaryOperator::Not:
      value = Constant{!constant_truth(operand)};
      return true;
    case UnaryOperator::Invert:
      if (!as_integer(operand, integer)) return false;
      value = int_constant(~integer);
      return true;
    case UnaryOperator::UAdd:
    case UnaryOperator::USub:
      if (as_integer(operand, integer)) {
        value = int_constant(node->op == UnaryOperator::USub ? -integer : integer);
        return true;
      }
      if (std::holds_alternative<double>(operand.value) ||
          std::holds_alternative<Constant::BigInt>(operand.value)) {
        if (node->op == UnaryOperator::USub && !negate(operand)) return false;
        value = std::move(operand);
        return true;
      }
      return false;
  }
  return false;
}

bool CodeGenerator::fold_binary(const BinOp* node, Constant& value) {
  Constant left, right;
  if (!fold_constant(node->left, left) || !fold_constant(node->right, right)) return false;
  // & | ^ between two bools give a bool, as bool's own operators do.
  auto* p = std::get_if<bool>(&left.value);
  auto* q = std::get_if<bool>(&right.value);
  if (p && q && (node->op == Operator::BitAnd || node->op == Operator::BitOr ||
                 node->op == Operator::BitXor)) {
    value.value = node->op == Operator::BitAnd ? (*p && *q)
                  : node->op == Operator::BitOr ? (*p || *q)
                                                : *p != *q;
    return true;
  }
  Int128 a, b;
  if (as_integer(left, a) && as_integer(right, b)) return fold_integers(node->op, a, b, value);
  double x, y;
  if ((std::holds_alternative<double>(left.value) || std::holds_alternative<double>(right.value)) &&
      as_double(left, x) && as_double(right, y)) {
    return fold_floats(node->op, x, y, value);
  }
  return fold_text(node->op, left, right, value);
}

// What CPython's AST optimizer turns into a constant before compiling:
// literals, tuples of constants, and operators applied to constants when
// the result is small.
bool CodeGenerator::fold_constant(const Expr* e, Constant& value) {
  switch (e->kind) {
    case ExprKind::Constant:
      value = constant_of(e->as<parser::Constant>()->value);
      return true;
    case ExprKind::Tuple: {
      auto* tuple = e->as<Tuple>();
      if (tuple->ctx != ExprContext::Load) return false;
      Constant::Tuple items;
      for (Expr* item : tuple->elts) {
        Constant folded;
        if (!fold_constant(item, folded)) return false;
        items.push_back(std::move(folded));
      }
      value = Constant{std::move(items)};
      return true;
    }
    case ExprKind::UnaryOp:
      return fold_unary(e->as<UnaryOp>(), value);
    case ExprKind::BinOp:
      return fold_binary(e->as<BinOp>(), value);
    default:
      return false;
  }
}

// `"a%sb%r" % (x, y)` compiles as f"a{x!s}b{y!r}" (ast_opt.c's
// optimize_format), when every conversion is a plain %s, %r or %a (with
// optional width and precision) and the counts match.
bool CodeGenerator::try_compile_percent_format(BinOp* node) {
  if (node->op != Operator::Mod || node->left->kind != ExprKind::Constant ||
      node->right->kind != ExprKind::Tuple) {
    return false;
  }
  const ConstantValue& format = node->left->as<parser::Constant>()->value;
  const List<Expr*>& items = node->right->as<Tuple>()->elts;
  if (format.kind != ConstantValue::Kind::Str) return false;
  for (Expr* item : items) {
    if (item->kind == ExprKind::Starred) return false;
  }
  struct Piece {
    std::string literal;  // when `item` is null
    Expr* item = nullptr;
    int conversion = 0;
    std::string spec;
  };
  std::vector<Piece> pieces;
  std::string_view text = format.text;
  size_t position = 0;
  size_t used = 0;
  while (true) {
    std::string literal;
    while (position < text.size()) {
      if (text[position] != '%') {
        literal += text[position++];
      } else if (position + 1 < text.size() && text[position + 1] == '%') {
        literal += '%';
        position += 2;
      } else {
        break;
      }
    }
    if (!literal.empty()) pieces.push_back(Piece{std::move(literal), nullptr, 0, {}});
    if (position >= text.size()) break;
    if (used >= items.size()) return false;  // more conversions than items
    ++position;                              // the '%'
    bool left_justify = false;
    while (position < text.size() && std::strchr("-+ #0", text[position])) {
      left_justify = left_justify || text[position] == '-';
      ++position;
    }
    std::string width, precision;
    while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position]))) {
      width += text[position++];
    }
    if (position < text.size() && text[position] == '.') {
      ++position;
      precision = "0";
      while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position]))) {
        precision += text[position++];
      }
    }
    if (position >= text.size()) return false;
    char conversion = text[position++];
    if (conversion != 's' && conversion != 'r' && conversion != 'a') return false;
    std::string spec;
    if (!width.empty()) {
      int width_value = std::stoi(width);
      if (!left_justify && width_value > 0) spec += ">";
      spec += std::to_string(width_value);
    }
    if (!precision.empty()) spec += "." + std::to_string(std::stoi(precision));
    pieces.push_back(Piece{{}, items[used++], conversion, std::move(spec)});
  }
  if (used < items.size()) return false;  // more items than conversions

  for (const Piece& piece : pieces) {
    if (!piece.item) {
      emit_constant(Constant{piece.literal});
      continue;
    }
    LocationScope at(*this, piece.item->location);
    compile_expression(piece.item);
    uint32_t arg = piece.conversion == 's' ? 1 : piece.conversion == 'r' ? 2 : 3;
    if (!piece.spec.empty()) {
      emit_constant(Constant{piece.spec});
      arg |= 4;
    }
    emit(Opcode::FORMAT_VALUE, arg);
  }
  if (pieces.size() != 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(pieces.size()));
  return true;
}

}  // namespace eddy::compiler

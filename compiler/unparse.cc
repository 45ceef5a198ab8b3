// Expressions back to source text, following CPython's ast_unparse.c:
// each node is written at a precedence level and parenthesized only when
// the context binds tighter than the node.
#include "compiler/unparse.h"

#include "parser/python_repr.h"

namespace eddy::compiler {

using namespace parser;

namespace {

// Precedence levels, loosest first (CPython's PR_*).
enum Precedence : int {
  kTuple,
  kTest,
  kOr,
  kAnd,
  kNot,
  kCompare,
  kBitOr,
  kBitXor,
  kBitAnd,
  kShift,
  kArith,
  kTerm,
  kFactor,
  kPower,
  kAwait,
  kAtom
};

class Unparser {
 public:
  std::string text;

  void expression(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* node = e->as<BoolOp>();
        int precedence = node->op == BoolOperator::And ? kAnd : kOr;
        open_if(level > precedence);
        for (size_t i = 0; i < node->values.size(); ++i) {
          if (i > 0) text += node->op == BoolOperator::And ? " and " : " or ";
          expression(node->values[i], precedence + 1);
        }
        close_if(level > precedence);
        break;
      }
      case ExprKind::NamedExpr:
        open_if(level > kTuple);
        expression(e->as<NamedExpr>()->target, kAtom);
        text += " := ";
        expression(e->as<NamedExpr>()->value, kAtom);
        close_if(level > kTuple);
        break;
      case ExprKind::BinOp:
        binary(e->as<BinOp>(), level);
        break;
      case ExprKind::UnaryOp: {
        auto* node = e->as<UnaryOp>();
        static constexpr const char* kSymbols[] = {"~", "not ", "+", "-"};
        int precedence = node->op == UnaryOperator::Not ? kNot : kFactor;
        open_if(level > precedence);
        text += kSymbols[static_cast<int>(node->op)];
        expression(node->operand, precedence);
        close_if(level > precedence);
        break;
      }
      case ExprKind::Lambda: {
        auto* node = e->as<Lambda>();
        open_if(level > kTest);
        text += "lambda";
        std::string saved = std::move(text);
        text.clear();
        arguments(node->args);
        std::string args = std::move(text);
        text = std::move(saved);
        if (!args.empty()) text += " " + args;
        text += ": ";
        expression(node->body, kTest);
        close_if(level > kTest);
        break;
      }
      case ExprKind::IfExp: {
        auto* node = e->as<IfExp>();
        open_if(level > kTest);
        expression(node->body, kTest + 1);
        text += " if ";
        expression(node->test, kTest + 1);
        text += " else ";
        expression(node->orelse, kTest);
        close_if(level > kTest);
        break;
      }
      case ExprKind::Dict: {
        auto* node = e->as<Dict>();
        text += "{";
        for (size_t i = 0; i < node->values.size(); ++i) {
          if (i > 0) text += ", ";
          if (node->keys[i]) {
            expression(node->keys[i], kTest);
            text += ": ";
            expression(node->values[i], kTest);
          } else {
            text += "**";
            expression(node->values[i], kBitOr);
          }
        }
        text += "}";
        break;
      }
      case ExprKind::Set:
        if (e->as<Set>()->elts.empty()) {
          text += "{*()}";
        } else {
          items("{", e->as<Set>()->elts, "}");
        }
        break;
      case ExprKind::ListComp:
        comprehension("[", e->as<ListComp>()->elt, nullptr, e->as<ListComp>()->generators, "]");
        break;
      case ExprKind::SetComp:
        comprehension("{", e->as<SetComp>()->elt, nullptr, e->as<SetComp>()->generators, "}");
        break;
      case ExprKind::DictComp:
        comprehension("{", e->as<DictComp>()->key, e->as<DictComp>()->value,
                      e->as<DictComp>()->generators, "}");
        break;
      case ExprKind::GeneratorExp:
        comprehension("(", e->as<GeneratorExp>()->elt, nullptr, e->as<GeneratorExp>()->generators,
                      ")");
        break;
      case ExprKind::Await:
        open_if(level > kAwait);
        text += "await ";
        expression(e->as<Await>()->value, kAtom);
        close_if(level > kAwait);
        break;
      case ExprKind::Yield:
        open_if(level > kTuple);
        text += "yield";
        if (e->as<Yield>()->value) {
          text += " ";
          expression(e->as<Yield>()->value, kTest);
        }
        close_if(level > kTuple);
        break;
      case ExprKind::YieldFrom:
        open_if(level > kTuple);
        text += "yield from ";
        expression(e->as<YieldFrom>()->value, kTest);
        close_if(level > kTuple);
        break;
      case ExprKind::Compare: {
        auto* node = e->as<Compare>();
        static constexpr const char* kSymbols[] = {" == ", " != ", " < ",      " <= ", " > ",
                                                   " >= ", " is ", " is not ", " in ", " not in "};
        open_if(level > kCompare);
        expression(node->left, kCompare + 1);
        for (size_t i = 0; i < node->ops.size(); ++i) {
          text += kSymbols[static_cast<int>(node->ops[i])];
          expression(node->comparators[i], kCompare + 1);
        }
        close_if(level > kCompare);
        break;
      }
      case ExprKind::Call:
        call(e->as<Call>());
        break;
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr:
        text += "f" + repr_str(fstring_body(e));
        break;
      case ExprKind::Constant:
        constant(e->as<parser::Constant>()->value);
        break;
      case ExprKind::Attribute: {
        auto* node = e->as<Attribute>();
        expression(node->value, kAtom);
        // `1 .real`: a dot right after an int would read as a float.
        if (node->value->kind == ExprKind::Constant) {
          auto kind = node->value->as<parser::Constant>()->value.kind;
          if (kind == ConstantValue::Kind::Int || kind == ConstantValue::Kind::BigInt) text += " ";
        }
        text += ".";
        text += node->attr;
        break;
      }
      case ExprKind::Subscript:
        expression(e->as<Subscript>()->value, kAtom);
        text += "[";
        expression(e->as<Subscript>()->slice, kTuple);
        text += "]";
        break;
      case ExprKind::Starred:
        text += "*";
        expression(e->as<Starred>()->value, kBitOr);
        break;
      case ExprKind::Name:
        text += e->as<Name>()->id;
        break;
      case ExprKind::List:
        items("[", e->as<ListExpr>()->elts, "]");
        break;
      case ExprKind::Tuple: {
        auto& elts = e->as<Tuple>()->elts;
        if (elts.empty()) {
          text += "()";
          break;
        }
        open_if(level > kTuple);
        for (size_t i = 0; i < elts.size(); ++i) {
          if (i > 0) text += ", ";
          expression(elts[i], kTest);
        }
        if (elts.size() == 1) text += ",";
        close_if(level > kTuple);
        break;
      }
      case ExprKind::Slice: {
        auto* node = e->as<Slice>();
        if (node->lower) expression(node->lower, kTest);
        text += ":";
        if (node->upper) expression(node->upper, kTest);
        if (node->step) {
          text += ":";
          expression(node->step, kTest);
        }
        break;
      }
    }
  }

 private:
  void open_if(bool condition) {
    if (condition) text += "(";
  }
  void close_if(bool condition) {
    if (condition) text += ")";
  }

  void items(const char* open, const List<Expr*>& elts, const char* close) {
    text += open;
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i > 0) text += ", ";
      expression(elts[i], kTest);
    }
    text += close;
  }

  void binary(const BinOp* node, int level) {
    static constexpr const char* kSymbols[] = {" + ",  " - ",  " * ", " @ ", " / ", " % ", " ** ",
                                               " << ", " >> ", " | ", " ^ ", " & ", " // "};
    static constexpr int kPrecedence[] = {kArith, kArith, kTerm,  kTerm,   kTerm,   kTerm, kPower,
                                          kShift, kShift, kBitOr, kBitXor, kBitAnd, kTerm};
    int op = static_cast<int>(node->op);
    int precedence = kPrecedence[op];
    bool right_associative = node->op == Operator::Pow;
    open_if(level > precedence);
    expression(node->left, precedence + (right_associative ? 1 : 0));
    text += kSymbols[op];
    expression(node->right, precedence + (right_associative ? 0 : 1));
    close_if(level > precedence);
  }

  void comprehension(const char* open, const Expr* element, const Expr* value,
                     const List<Comprehension*>& generators, const char* close) {
    text += open;
    expression(element, kTest);
    if (value) {
      text += ": ";
      expression(value, kTest);
    }
    for (const Comprehension* generator : generators) {
      text += generator->is_async ? " async for " : " for ";
      expression(generator->target, kTuple);
      text += " in ";
      expression(generator->iter, kTest + 1);
      for (const Expr* condition : generator->ifs) {
        text += " if ";
        expression(condition, kTest + 1);
      }
    }
    text += close;
  }

  void call(const Call* node) {
    expression(node->func, kAtom);
    // f(x for x in y) needs no second pair of parentheses.
    if (node->args.size() == 1 && node->keywords.empty() &&
        node->args[0]->kind == ExprKind::GeneratorExp) {
      expression(node->args[0], kTest);
      return;
    }
    text += "(";
    bool first = true;
    for (const Expr* arg : node->args) {
      if (!first) text += ", ";
      first = false;
      expression(arg, kTest);
    }
    for (const Keyword* keyword : node->keywords) {
      if (!first) text += ", ";
      first = false;
      if (keyword->arg.empty()) {
        text += "**";
      } else {
        text += keyword->arg;
        text += "=";
      }
      expression(keyword->value, kTest);
    }
    text += ")";
  }

  void arguments(const Arguments* args) {
    bool first = true;
    auto separator = [&] {
      if (!first) text += ", ";
      first = false;
    };
    auto parameter = [&](const Arg* arg, const Expr* default_value) {
      separator();
      text += arg->arg;
      if (default_value) {
        text += "=";
        expression(default_value, kTest);
      }
    };
    size_t positional = args->posonlyargs.size() + args->args.size();
    size_t first_default = positional - args->defaults.size();
    for (size_t i = 0; i < positional; ++i) {
      const Arg* arg = i < args->posonlyargs.size() ? args->posonlyargs[i]
                                                    : args->args[i - args->posonlyargs.size()];
      parameter(arg, i >= first_default ? args->defaults[i - first_default] : nullptr);
      if (i + 1 == args->posonlyargs.size()) {
        separator();
        text += "/";
      }
    }
    if (args->vararg || !args->kwonlyargs.empty()) {
      separator();
      text += "*";
      if (args->vararg) text += args->vararg->arg;
    }
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      parameter(args->kwonlyargs[i], args->kw_defaults[i]);
    }
    if (args->kwarg) {
      separator();
      text += "**";
      text += args->kwarg->arg;
    }
  }

  // The text between the quotes of an f-string, braces doubled.
  std::string fstring_body(const Expr* e) {
    std::string body;
    auto literal = [&](std::string_view piece) {
      for (char c : piece) {
        body += c;
        if (c == '{' || c == '}') body += c;
      }
    };
    auto replacement = [&](const FormattedValue* node) {
      Unparser inner;
      inner.expression(node->value, kTest + 1);
      body += inner.text.starts_with("{") ? "{ " : "{";
      body += inner.text;
      if (node->conversion > 0) {
        body += "!";
        body += static_cast<char>(node->conversion);
      }
      if (node->format_spec) body += ":" + fstring_body(node->format_spec);
      body += "}";
    };
    if (e->kind == ExprKind::FormattedValue) {
      replacement(e->as<FormattedValue>());
      return body;
    }
    for (const Expr* value : e->as<JoinedStr>()->values) {
      if (value->kind == ExprKind::Constant) {
        literal(value->as<parser::Constant>()->value.text);
      } else {
        replacement(value->as<FormattedValue>());
      }
    }
    return body;
  }

  // Infinite floats are written 1e309 so that the text evaluates back.
  static std::string finite_spelling(std::string repr) {
    for (size_t at = repr.find("inf"); at != std::string::npos; at = repr.find("inf", at)) {
      repr.replace(at, 3, "1e309");
    }
    return repr;
  }

  void constant(const ConstantValue& value) {
    using Kind = ConstantValue::Kind;
    switch (value.kind) {
      case Kind::None:
        text += "None";
        break;
      case Kind::True:
        text += "True";
        break;
      case Kind::False:
        text += "False";
        break;
      case Kind::Ellipsis:
        text += "...";
        break;
      case Kind::Int:
        text += std::to_string(value.integer);
        break;
      case Kind::BigInt:
        text += value.text;
        break;
      case Kind::Float:
        text += finite_spelling(repr_float(value.number));
        break;
      case Kind::Imaginary:
        text += finite_spelling(repr_imaginary(value.number));
        break;
      case Kind::Str:
        text += repr_str(value.text);
        break;
      case Kind::Bytes:
        text += repr_bytes(value.text);
        break;
    }
  }
};

}  // namespace

std::string unparse_expression(const Expr* e) {
  Unparser unparser;
  unparser.expression(e, kTest);
  return std::move(unparser.text);
}

}  // namespace eddy::compiler

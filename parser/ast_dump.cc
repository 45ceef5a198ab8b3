// Renders a tree the way CPython 3.11's ast.dump() does with its default
// arguments: `ClassName(field=value, ...)`, fields in ASDL order, optional
// fields left out when absent, lists always shown, no locations.
#include "parser/ast_dump.h"

#include <string>
#include <type_traits>

#include "parser/python_repr.h"

namespace eddy::parser {
namespace {

std::string repr_constant(const ConstantValue& value) {
  switch (value.kind) {
    case ConstantValue::Kind::None:
      return "None";
    case ConstantValue::Kind::True:
      return "True";
    case ConstantValue::Kind::False:
      return "False";
    case ConstantValue::Kind::Ellipsis:
      return "Ellipsis";
    case ConstantValue::Kind::Int:
      return std::to_string(value.integer);
    case ConstantValue::Kind::BigInt:
      return std::string(value.text);
    case ConstantValue::Kind::Float:
      return repr_float(value.number);
    case ConstantValue::Kind::Imaginary:
      return repr_imaginary(value.number);
    case ConstantValue::Kind::Str:
      return repr_str(value.text);
    case ConstantValue::Kind::Bytes:
      return repr_bytes(value.text);
  }
  __builtin_unreachable();
}

// ast.dump leaves out a field whose value is None when the field is
// optional (`?` in the ASDL). Here "None" is a null node pointer or an
// empty identifier / type comment / Constant kind; no required field of
// those types is ever empty, so emptiness alone decides.
template <class Value>
bool is_absent(const Value& value) {
  if constexpr (std::is_pointer_v<Value>) {
    return value == nullptr;
  } else if constexpr (std::is_same_v<Value, std::string_view>) {
    return value.empty();
  } else {
    return false;
  }
}

class TreeDumper {
 public:
  std::string take() { return std::move(out_); }

  void write(Module* module) { write_node("Module", module); }
  void write(Expression* expression) { write_node("Expression", expression); }
  void write(Interactive* interactive) { write_node("Interactive", interactive); }
  void write(Expr* expr) {
    visit_expr(expr, [&](auto* node) { write_node(name_of(expr->kind), node); });
  }
  void write(Stmt* stmt) {
    visit_stmt(stmt, [&](auto* node) { write_node(name_of(stmt->kind), node); });
  }
  void write(Arguments* node) { write_node("arguments", node); }
  void write(Arg* node) { write_node("arg", node); }
  void write(Keyword* node) { write_node("keyword", node); }
  void write(Alias* node) { write_node("alias", node); }
  void write(WithItem* node) { write_node("withitem", node); }
  void write(Comprehension* node) { write_node("comprehension", node); }
  void write(ExceptHandler* node) { write_node("ExceptHandler", node); }

  void write(ExprContext value) { write_enum(name_of(value)); }
  void write(BoolOperator value) { write_enum(name_of(value)); }
  void write(Operator value) { write_enum(name_of(value)); }
  void write(UnaryOperator value) { write_enum(name_of(value)); }
  void write(CompareOperator value) { write_enum(name_of(value)); }

  void write(int value) { out_ += std::to_string(value); }
  void write(std::string_view identifier) { out_ += repr_str(identifier); }
  void write(const ConstantValue& value) { out_ += repr_constant(value); }

  // A list prints every element; a null element (a `**` key in Dict.keys,
  // a missing default in kw_defaults) prints as None.
  template <class T>
  void write(const List<T>& items) {
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ", ";
      if constexpr (std::is_pointer_v<T>) {
        if (items[i] == nullptr) {
          out_ += "None";
          continue;
        }
      }
      write(items[i]);
    }
    out_ += ']';
  }

 private:
  template <class Node>
  void write_node(std::string_view class_name, Node* node) {
    out_ += class_name;
    out_ += '(';
    bool first = true;
    node->for_each_field([&](std::string_view field, const auto& value) {
      if (is_absent(value)) return;
      if (!first) out_ += ", ";
      first = false;
      out_ += field;
      out_ += '=';
      write(value);
    });
    out_ += ')';
  }

  void write_enum(std::string_view name) {
    out_ += name;
    out_ += "()";
  }

  std::string out_;
};

}  // namespace

std::string dump(Module* module) {
  TreeDumper dumper;
  dumper.write(module);
  return dumper.take();
}

std::string dump(Expression* expression) {
  TreeDumper dumper;
  dumper.write(expression);
  return dumper.take();
}

std::string dump(Interactive* interactive) {
  TreeDumper dumper;
  dumper.write(interactive);
  return dumper.take();
}

std::string dump(Expr* expr) {
  TreeDumper dumper;
  dumper.write(expr);
  return dumper.take();
}

}  // namespace eddy::parser

// The abstract syntax tree. Node classes and fields mirror CPython 3.11's
// `ast` module one for one (Parser/Python.asdl), so that `eddy --ast` can
// print exactly what `ast.dump(ast.parse(src))` prints.
//
// Every node lives in an Arena and is never freed on its own: the whole tree
// goes away with its arena. Each node class lists its fields, in ASDL order,
// in `for_each_field`; the dumper (ast_dump.cc) and other generic walkers use
// that list, while the compiler reads the members directly.
#pragma once

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <string_view>
#include <vector>

namespace eddy::parser {

// ---------------------------------------------------------------------------
// Storage

// A fixed sequence of T stored in an Arena: what an ASDL `T*` field holds.
template <class T>
class List {
 public:
  List() = default;
  List(T* data, size_t size) : data_(data), size_(size) {}
  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) const { return data_[i]; }
  T& back() const { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

// Owns every node, list and string of one tree (a bump allocator).
class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    void* memory = resource_.allocate(sizeof(T), alignof(T));
    return new (memory) T(std::forward<Args>(args)...);
  }
  // Copies `text` into the arena; the view stays valid as long as the arena.
  std::string_view copy(std::string_view text);
  // Copies `items` into the arena as a List.
  template <class T>
  List<T> list(const std::vector<T>& items) {
    if (items.empty()) return {};
    T* data = static_cast<T*>(resource_.allocate(sizeof(T) * items.size(), alignof(T)));
    std::uninitialized_copy(items.begin(), items.end(), data);
    return List<T>(data, items.size());
  }
  std::pmr::memory_resource* resource() { return &resource_; }

 private:
  std::pmr::monotonic_buffer_resource resource_{64 * 1024};
};

using Identifier = std::string_view;  // empty means "absent" where optional

// ---------------------------------------------------------------------------
// Enumerations (ASDL sums without fields). Dumped as `Load()`, `Add()`, ...

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CompareOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

std::string_view name_of(ExprContext value);
std::string_view name_of(BoolOperator value);
std::string_view name_of(Operator value);
std::string_view name_of(UnaryOperator value);
std::string_view name_of(CompareOperator value);

// The value of a Constant node. Ints that fit 64 bits are kept in
// `integer`; larger ones as decimal digits in `text`. Str constants are
// UTF-8 in `text` (a lone surrogate from an escape such as "\ud800" is kept
// in its 3-byte generalized UTF-8 form); bytes are raw in `text`.
struct ConstantValue {
  enum class Kind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    BigInt,
    Float,
    Imaginary,
    Str,
    Bytes
  };
  Kind kind = Kind::None;
  int64_t integer = 0;
  double number = 0.0;  // Float, and the imaginary part of Imaginary
  std::string_view text;
};

// ---------------------------------------------------------------------------
// Source locations, as CPython's lineno/col_offset/end_lineno/end_col_offset
// (columns in UTF-8 bytes).

struct Location {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// ---------------------------------------------------------------------------
// Expressions

enum class ExprKind : uint8_t {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice
};

struct Expr {
  ExprKind kind;
  Location location;
  explicit Expr(ExprKind kind) : kind(kind) {}
  // Downcast to the node class whose kind this is: `e->as<Name>()`.
  template <class Node>
  Node* as() {
    return static_cast<Node*>(this);
  }
  template <class Node>
  const Node* as() const {
    return static_cast<const Node*>(this);
  }
};

struct Arguments;
struct Keyword;
struct Comprehension;

// Helper base that stamps the kind; `Derived::kKind` names it.
template <ExprKind K>
struct ExprNode : Expr {
  static constexpr ExprKind kKind = K;
  ExprNode() : Expr(K) {}
};

struct BoolOp : ExprNode<ExprKind::BoolOp> {
  BoolOperator op{};
  List<Expr*> values;
  template <class F>
  void for_each_field(F&& f) {
    f("op", op);
    f("values", values);
  }
};
struct NamedExpr : ExprNode<ExprKind::NamedExpr> {
  Expr* target = nullptr;
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("target", target);
    f("value", value);
  }
};
struct BinOp : ExprNode<ExprKind::BinOp> {
  Expr* left = nullptr;
  Operator op{};
  Expr* right = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("left", left);
    f("op", op);
    f("right", right);
  }
};
struct UnaryOp : ExprNode<ExprKind::UnaryOp> {
  UnaryOperator op{};
  Expr* operand = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("op", op);
    f("operand", operand);
  }
};
struct Lambda : ExprNode<ExprKind::Lambda> {
  Arguments* args = nullptr;
  Expr* body = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("args", args);
    f("body", body);
  }
};
struct IfExp : ExprNode<ExprKind::IfExp> {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("test", test);
    f("body", body);
    f("orelse", orelse);
  }
};
struct Dict : ExprNode<ExprKind::Dict> {
  List<Expr*> keys;  // a null key stands for `**mapping`
  List<Expr*> values;
  template <class F>
  void for_each_field(F&& f) {
    f("keys", keys);
    f("values", values);
  }
};
struct Set : ExprNode<ExprKind::Set> {
  List<Expr*> elts;
  template <class F>
  void for_each_field(F&& f) {
    f("elts", elts);
  }
};
struct ListComp : ExprNode<ExprKind::ListComp> {
  Expr* elt = nullptr;
  List<Comprehension*> generators;
  template <class F>
  void for_each_field(F&& f) {
    f("elt", elt);
    f("generators", generators);
  }
};
struct SetComp : ExprNode<ExprKind::SetComp> {
  Expr* elt = nullptr;
  List<Comprehension*> generators;
  template <class F>
  void for_each_field(F&& f) {
    f("elt", elt);
    f("generators", generators);
  }
};
struct DictComp : ExprNode<ExprKind::DictComp> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  List<Comprehension*> generators;
  template <class F>
  void for_each_field(F&& f) {
    f("key", key);
    f("value", value);
    f("generators", generators);
  }
};
struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> {
  Expr* elt = nullptr;
  List<Comprehension*> generators;
  template <class F>
  void for_each_field(F&& f) {
    f("elt", elt);
    f("generators", generators);
  }
};
struct Await : ExprNode<ExprKind::Await> {
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
  }
};
struct Yield : ExprNode<ExprKind::Yield> {
  Expr* value = nullptr;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
  }
};
struct YieldFrom : ExprNode<ExprKind::YieldFrom> {
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
  }
};
struct Compare : ExprNode<ExprKind::Compare> {
  Expr* left = nullptr;
  List<CompareOperator> ops;
  List<Expr*> comparators;
  template <class F>
  void for_each_field(F&& f) {
    f("left", left);
    f("ops", ops);
    f("comparators", comparators);
  }
};
struct Call : ExprNode<ExprKind::Call> {
  Expr* func = nullptr;
  List<Expr*> args;
  List<Keyword*> keywords;
  template <class F>
  void for_each_field(F&& f) {
    f("func", func);
    f("args", args);
    f("keywords", keywords);
  }
};
struct FormattedValue : ExprNode<ExprKind::FormattedValue> {
  Expr* value = nullptr;
  int conversion = -1;          // -1, or 's', 'r', 'a'
  Expr* format_spec = nullptr;  // optional; a JoinedStr
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
    f("conversion", conversion);
    f("format_spec", format_spec);
  }
};
struct JoinedStr : ExprNode<ExprKind::JoinedStr> {
  List<Expr*> values;  // Constant str and FormattedValue nodes
  template <class F>
  void for_each_field(F&& f) {
    f("values", values);
  }
};
struct Constant : ExprNode<ExprKind::Constant> {
  ConstantValue value;
  std::string_view string_kind;  // "u" for u"..." literals, else empty (ASDL: kind)
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
    f("kind", string_kind);
  }
};
struct Attribute : ExprNode<ExprKind::Attribute> {
  Expr* value = nullptr;
  Identifier attr;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
    f("attr", attr);
    f("ctx", ctx);
  }
};
struct Subscript : ExprNode<ExprKind::Subscript> {
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
    f("slice", slice);
    f("ctx", ctx);
  }
};
struct Starred : ExprNode<ExprKind::Starred> {
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
    f("ctx", ctx);
  }
};
struct Name : ExprNode<ExprKind::Name> {
  Identifier id;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("id", id);
    f("ctx", ctx);
  }
};
struct ListExpr : ExprNode<ExprKind::List> {  // ast.List
  List<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("elts", elts);
    f("ctx", ctx);
  }
};
struct Tuple : ExprNode<ExprKind::Tuple> {
  List<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
  template <class F>
  void for_each_field(F&& f) {
    f("elts", elts);
    f("ctx", ctx);
  }
};
struct Slice : ExprNode<ExprKind::Slice> {
  Expr* lower = nullptr;  // all three optional
  Expr* upper = nullptr;
  Expr* step = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("lower", lower);
    f("upper", upper);
    f("step", step);
  }
};

// ---------------------------------------------------------------------------
// Product types (ASDL records without a kind)

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  List<Expr*> ifs;
  int is_async = 0;
  template <class F>
  void for_each_field(F&& f) {
    f("target", target);
    f("iter", iter);
    f("ifs", ifs);
    f("is_async", is_async);
  }
};

struct Arg {
  Location location;
  Identifier arg;
  Expr* annotation = nullptr;     // optional
  std::string_view type_comment;  // optional; empty means None
  template <class F>
  void for_each_field(F&& f) {
    f("arg", arg);
    f("annotation", annotation);
    f("type_comment", type_comment);
  }
};

struct Arguments {
  List<Arg*> posonlyargs;
  List<Arg*> args;
  Arg* vararg = nullptr;  // optional
  List<Arg*> kwonlyargs;
  List<Expr*> kw_defaults;  // one per kwonlyarg; null where it has no default
  Arg* kwarg = nullptr;     // optional
  List<Expr*> defaults;     // for the last len(defaults) positional parameters
  template <class F>
  void for_each_field(F&& f) {
    f("posonlyargs", posonlyargs);
    f("args", args);
    f("vararg", vararg);
    f("kwonlyargs", kwonlyargs);
    f("kw_defaults", kw_defaults);
    f("kwarg", kwarg);
    f("defaults", defaults);
  }
};

struct Keyword {
  Location location;
  Identifier arg;  // empty for `**mapping`
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("arg", arg);
    f("value", value);
  }
};

struct Alias {
  Location location;
  Identifier name;    // dotted name, or "*"
  Identifier asname;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("name", name);
    f("asname", asname);
  }
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("context_expr", context_expr);
    f("optional_vars", optional_vars);
  }
};

// ---------------------------------------------------------------------------
// Statements

enum class StmtKind : uint8_t {
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Raise,
  Try,
  TryStar,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue
};

struct Stmt {
  StmtKind kind;
  Location location;
  explicit Stmt(StmtKind kind) : kind(kind) {}
  template <class Node>
  Node* as() {
    return static_cast<Node*>(this);
  }
  template <class Node>
  const Node* as() const {
    return static_cast<const Node*>(this);
  }
};

template <StmtKind K>
struct StmtNode : Stmt {
  static constexpr StmtKind kKind = K;
  StmtNode() : Stmt(K) {}
};

struct ExceptHandler {
  Location location;
  Expr* type = nullptr;  // optional
  Identifier name;       // optional
  List<Stmt*> body;
  template <class F>
  void for_each_field(F&& f) {
    f("type", type);
    f("name", name);
    f("body", body);
  }
};

// FunctionDef and AsyncFunctionDef share their fields.
template <StmtKind K>
struct FunctionDefNode : StmtNode<K> {
  Identifier name;
  Arguments* args = nullptr;
  List<Stmt*> body;
  List<Expr*> decorator_list;
  Expr* returns = nullptr;        // optional
  std::string_view type_comment;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("name", name);
    f("args", args);
    f("body", body);
    f("decorator_list", decorator_list);
    f("returns", returns);
    f("type_comment", type_comment);
  }
};
using FunctionDef = FunctionDefNode<StmtKind::FunctionDef>;
using AsyncFunctionDef = FunctionDefNode<StmtKind::AsyncFunctionDef>;

struct ClassDef : StmtNode<StmtKind::ClassDef> {
  Identifier name;
  List<Expr*> bases;
  List<Keyword*> keywords;
  List<Stmt*> body;
  List<Expr*> decorator_list;
  template <class F>
  void for_each_field(F&& f) {
    f("name", name);
    f("bases", bases);
    f("keywords", keywords);
    f("body", body);
    f("decorator_list", decorator_list);
  }
};
struct Return : StmtNode<StmtKind::Return> {
  Expr* value = nullptr;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
  }
};
struct Delete : StmtNode<StmtKind::Delete> {
  List<Expr*> targets;
  template <class F>
  void for_each_field(F&& f) {
    f("targets", targets);
  }
};
struct Assign : StmtNode<StmtKind::Assign> {
  List<Expr*> targets;
  Expr* value = nullptr;
  std::string_view type_comment;
  template <class F>
  void for_each_field(F&& f) {
    f("targets", targets);
    f("value", value);
    f("type_comment", type_comment);
  }
};
struct AugAssign : StmtNode<StmtKind::AugAssign> {
  Expr* target = nullptr;
  Operator op{};
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("target", target);
    f("op", op);
    f("value", value);
  }
};
struct AnnAssign : StmtNode<StmtKind::AnnAssign> {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // optional
  int simple = 0;         // 1 for a bare name target without parentheses
  template <class F>
  void for_each_field(F&& f) {
    f("target", target);
    f("annotation", annotation);
    f("value", value);
    f("simple", simple);
  }
};
// For and AsyncFor share their fields.
template <StmtKind K>
struct ForNode : StmtNode<K> {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  List<Stmt*> body;
  List<Stmt*> orelse;
  std::string_view type_comment;
  template <class F>
  void for_each_field(F&& f) {
    f("target", target);
    f("iter", iter);
    f("body", body);
    f("orelse", orelse);
    f("type_comment", type_comment);
  }
};
using For = ForNode<StmtKind::For>;
using AsyncFor = ForNode<StmtKind::AsyncFor>;

struct While : StmtNode<StmtKind::While> {
  Expr* test = nullptr;
  List<Stmt*> body;
  List<Stmt*> orelse;
  template <class F>
  void for_each_field(F&& f) {
    f("test", test);
    f("body", body);
    f("orelse", orelse);
  }
};
struct If : StmtNode<StmtKind::If> {
  Expr* test = nullptr;
  List<Stmt*> body;
  List<Stmt*> orelse;
  template <class F>
  void for_each_field(F&& f) {
    f("test", test);
    f("body", body);
    f("orelse", orelse);
  }
};
// With and AsyncWith share their fields.
template <StmtKind K>
struct WithNode : StmtNode<K> {
  List<WithItem*> items;
  List<Stmt*> body;
  std::string_view type_comment;
  template <class F>
  void for_each_field(F&& f) {
    f("items", items);
    f("body", body);
    f("type_comment", type_comment);
  }
};
using With = WithNode<StmtKind::With>;
using AsyncWith = WithNode<StmtKind::AsyncWith>;

struct Raise : StmtNode<StmtKind::Raise> {
  Expr* exc = nullptr;    // optional
  Expr* cause = nullptr;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("exc", exc);
    f("cause", cause);
  }
};
// Try and TryStar (except*) share their fields.
template <StmtKind K>
struct TryNode : StmtNode<K> {
  List<Stmt*> body;
  List<ExceptHandler*> handlers;
  List<Stmt*> orelse;
  List<Stmt*> finalbody;
  template <class F>
  void for_each_field(F&& f) {
    f("body", body);
    f("handlers", handlers);
    f("orelse", orelse);
    f("finalbody", finalbody);
  }
};
using Try = TryNode<StmtKind::Try>;
using TryStar = TryNode<StmtKind::TryStar>;

struct Assert : StmtNode<StmtKind::Assert> {
  Expr* test = nullptr;
  Expr* msg = nullptr;  // optional
  template <class F>
  void for_each_field(F&& f) {
    f("test", test);
    f("msg", msg);
  }
};
struct Import : StmtNode<StmtKind::Import> {
  List<Alias*> names;
  template <class F>
  void for_each_field(F&& f) {
    f("names", names);
  }
};
struct ImportFrom : StmtNode<StmtKind::ImportFrom> {
  Identifier module;  // optional (`from . import x`)
  List<Alias*> names;
  int level = 0;
  template <class F>
  void for_each_field(F&& f) {
    f("module", module);
    f("names", names);
    f("level", level);
  }
};
struct Global : StmtNode<StmtKind::Global> {
  List<Identifier> names;
  template <class F>
  void for_each_field(F&& f) {
    f("names", names);
  }
};
struct Nonlocal : StmtNode<StmtKind::Nonlocal> {
  List<Identifier> names;
  template <class F>
  void for_each_field(F&& f) {
    f("names", names);
  }
};
struct ExprStmt : StmtNode<StmtKind::Expr> {  // ast.Expr
  Expr* value = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("value", value);
  }
};
struct Pass : StmtNode<StmtKind::Pass> {
  template <class F>
  void for_each_field(F&&) {}
};
struct Break : StmtNode<StmtKind::Break> {
  template <class F>
  void for_each_field(F&&) {}
};
struct Continue : StmtNode<StmtKind::Continue> {
  template <class F>
  void for_each_field(F&&) {}
};

// ---------------------------------------------------------------------------
// Modules

struct Module {
  List<Stmt*> body;
  template <class F>
  void for_each_field(F&& f) {
    f("body", body);
    f("type_ignores", kNoTypeIgnores);
  }
  // ast.Module.type_ignores is always empty here: Eddy does not parse
  // type comments (neither does ast.parse by default).
  static inline const List<Stmt*> kNoTypeIgnores{};
};

// What compile(..., 'eval') parses: one expression.
struct Expression {
  Expr* body = nullptr;
  template <class F>
  void for_each_field(F&& f) {
    f("body", body);
  }
};

// What compile(..., 'single') parses: one interactive statement (a line of
// simple statements, or one compound statement).
struct Interactive {
  List<Stmt*> body;
  template <class F>
  void for_each_field(F&& f) {
    f("body", body);
  }
};

// The node class name as the ast module spells it ("BinOp", "List", ...).
std::string_view name_of(ExprKind kind);
std::string_view name_of(StmtKind kind);

// Calls `visit(node)` with `node` cast to its concrete class.
template <class Visitor>
decltype(auto) visit_expr(Expr* e, Visitor&& visit);
template <class Visitor>
decltype(auto) visit_stmt(Stmt* s, Visitor&& visit);

}  // namespace eddy::parser

#include "parser/ast_visit.h"

// The code generator: from the AST and its symbol table to one CodeUnit per
// module, function, lambda, class body and comprehension. It emits what
// CPython 3.11 emits for every construct, so that each opcode can be
// implemented with 3.11's semantics and `eddy --dis` reads beside
// `python3.11 -m dis`. It is split by concept:
//
//   codegen.cc                 units (one per code object), names, constants,
//                              functions, lambdas, classes, closures
//   codegen_expressions.cc     expressions, calls, conditional jumps
//   codegen_statements.cc      assignments, loops, imports, return/break/continue
//   codegen_exceptions.cc      try/except/finally, except*, with
//   codegen_coroutines.cc      yield, yield from, await, async for/with
//   codegen_comprehensions.cc  list/set/dict comprehensions, generator expressions
//   constant_folding.cc        what CPython's AST optimizer folds before compiling
//
// Conventions the VM relies on (beyond vm/opcodes.def):
//
// - Frame slots are co_varnames, then co_cellvars, then co_freevars. A Local
//   operand indexes varnames; a Cell operand indexes cellvars followed by
//   freevars (the VM adds len(varnames)). cellvars and freevars are sorted,
//   as in CPython; a class body that needs `__class__` has it as its only
//   cellvar.
// - Prologue, in this order: COPY_FREE_VARS n (code with free variables),
//   MAKE_CELL i for each cellvar (an empty cell), then for each parameter
//   that is also a cell, LOAD_FAST param; STORE_DEREF cell; then
//   RETURN_GENERATOR; POP_TOP for generators, coroutines and async
//   generators; then RESUME 0. None of these has a source position.
// - Calls: [NULL | method] callable|self args... [KW_NAMES] CALL n. Like
//   3.11, several sequences rely on CALL treating a non-NULL entry below
//   the callable as a method to call with the entry above it as `self`:
//   decorators ([decorator, function] CALL 0), comprehensions ([function,
//   iterator] CALL 0), assert messages ([AssertionError, message] CALL 0)
//   and `with` exits ([__exit__, None, None, None] CALL 2).
// - Jumps are relative, in instructions. Exception-table offsets are
//   instruction indices; `end` is exclusive.
// - A SourceSpan with line -1 means "no position" (artificial code); the
//   module's RESUME is on line 0, as in CPython.
// - PEP 479 (StopIteration leaving a generator becomes RuntimeError) is the
//   VM's job when a generator frame raises, as in 3.11: there is no handler
//   for it in the code.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/assembler.h"
#include "compiler/code_unit.h"
#include "compiler/symtable.h"
#include "lexer/source.h"
#include "parser/ast.h"

namespace eddy::compiler {

// What `from __future__ import ...` turned on.
struct FutureFeatures {
  bool annotations = false;  // PEP 563: annotations are kept as strings
  int last_line = -1;        // the line of the last future import (-1: none)
};

// A SyntaxWarning the compiler found (CPython's compiler_warn), for the VM
// to show through its warnings before the code runs.
struct CompileWarning {
  int line;
  std::string message;
};

struct CompileOptions {
  bool interactive = false;                         // the REPL: expression statements are printed
  bool allow_top_level_await = false;               // the REPL: `await` at module level
  std::vector<CompileWarning>* warnings = nullptr;  // where warnings go (none kept if null)
};

class CodeGenerator {
 public:
  CodeGenerator(const lexer::Source& source, const SymbolTable& symbols,
                const FutureFeatures& future, const CompileOptions& options);

  // Throws lexer::SyntaxError for compile-time errors.
  std::shared_ptr<CodeUnit> compile_module(const parser::Module* module);
  // compile(..., 'eval'): a module-level code object that returns the
  // expression's value.
  std::shared_ptr<CodeUnit> compile_expression_module(const parser::Expression* expression);

  // What CPython's AST optimizer makes of `e` when it is a constant
  // (constant_folding.cc); the compile-time warnings look at it too.
  static bool fold_constant(const parser::Expr* e, Constant& value);

 private:
  // The kind of code object being generated (CPython's COMPILER_SCOPE_*).
  enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

  // The statically known blocks around the code being generated, for
  // `break`, `continue` and `return` to unwind (CPython's fblocks).
  enum class FrameBlockKind : uint8_t {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator
  };
  struct FrameBlock {
    FrameBlockKind kind;
    Label start;                                                // loops: where `continue` goes
    Label exit;                                                 // loops: where `break` goes
    const parser::List<parser::Stmt*>* finally_body = nullptr;  // FinallyTry
    const parser::Stmt* with_statement = nullptr;               // With, AsyncWith
    std::string_view handler_name;  // HandlerCleanup: `except E as name`
  };

  // One code object under construction.
  struct Unit {
    UnitKind kind;
    Scope* scope;
    std::shared_ptr<CodeUnit> code;
    Assembler assembler;
    std::string private_name;  // the enclosing class, for name mangling
    std::vector<FrameBlock> blocks;
    std::unordered_map<std::string, uint32_t> names;
    std::unordered_map<std::string, uint32_t> varnames;
    std::unordered_map<std::string, uint32_t> cells;  // cellvars, then freevars
    std::map<std::string, uint32_t> constants;        // by constant_key()
    SourceSpan saved_location;  // the enclosing unit's position, restored on leaving
  };

  // --- Units, names and constants (codegen.cc) ------------------------------
  Unit& unit() { return *units_.back(); }
  void enter_unit(UnitKind kind, Scope* scope, std::string_view name, int first_line);
  // Ends the code with `return None` if it can fall off its end (or a bare
  // RETURN_VALUE when `return_none` is false), and assembles it.
  std::shared_ptr<CodeUnit> leave_unit(bool return_none = true);
  void emit_prologue(int first_line);
  std::string qualified_name(std::string_view name, UnitKind kind) const;
  uint32_t code_flags() const;

  uint32_t constant_index(Constant value);
  uint32_t name_index(std::string_view name);  // mangled
  uint32_t varname_index(const std::string& name);
  uint32_t cell_index(const std::string& name) const;
  std::string mangled(std::string_view name) const;

  enum class Access : uint8_t { Load, Store, Delete };
  void name_op(std::string_view name, Access access);
  void load_name(std::string_view name) { name_op(name, Access::Load); }
  void store_name(std::string_view name) { name_op(name, Access::Store); }

  // --- Emission helpers -----------------------------------------------------
  void emit(Opcode op, uint32_t arg = 0) { unit().assembler.emit(op, arg, location_); }
  void emit_jump(Opcode op, Label target) { unit().assembler.emit_jump(op, target, location_); }
  void emit_constant(Constant value) { emit(Opcode::LOAD_CONST, constant_index(std::move(value))); }
  void emit_none() { emit_constant(Constant{Constant::None{}}); }
  void emit_name(Opcode op, std::string_view name) { emit(op, name_index(name)); }
  Label new_label() { return unit().assembler.new_label(); }
  void bind(Label label) { unit().assembler.bind(label); }
  // BUILD_TUPLE n, folded into one constant when its items are constants.
  void emit_build_tuple(uint32_t count);

  // The source position instructions get: the node being compiled.
  class LocationScope {
   public:
    LocationScope(CodeGenerator& generator, const parser::Location& location);
    ~LocationScope() { generator_.location_ = saved_; }

   private:
    CodeGenerator& generator_;
    SourceSpan saved_;
  };
  void set_location(const parser::Location& location);
  // For an instruction of attribute `node` (LOAD_ATTR, LOAD_METHOD, the
  // method CALL, ...): when the current position starts on an earlier line
  // than the attribute's end, it starts at the attribute name instead, as
  // CPython 3.11's update_start_location_to_match_attr does.
  void match_attribute_start(parser::Attribute* node);
  void unset_location() { location_ = kNoLocation; }
  [[noreturn]] void error(std::string message) const;

  // --- Compile-time warnings (syntax_warnings.cc) -----------------------------
  void warn(int line, std::string message);
  void warn_literal_identity(const parser::Compare* node);
  void warn_uncallable(const parser::Expr* function, int line);
  void warn_bad_subscript(const parser::Subscript* node);
  void warn_assert_on_tuple(const parser::Assert* node);

  // --- Functions and classes (codegen.cc) -------------------------------------
  template <class FunctionNode>
  void compile_function(FunctionNode* node, bool is_async);
  void apply_decorators(const parser::List<parser::Expr*>& decorators);
  void compile_lambda(parser::Lambda* node);
  void compile_class(parser::ClassDef* node);
  void compile_body(const parser::List<parser::Stmt*>& body);
  uint32_t compile_defaults(parser::Arguments* args);
  bool compile_annotations(parser::Arguments* args, parser::Expr* returns);
  void compile_annotation_value(parser::Expr* annotation);
  void make_closure(std::shared_ptr<CodeUnit> code, uint32_t flags);
  void set_argument_counts(parser::Arguments* args);
  void check_parameter_names(parser::Arguments* args);

  // --- Statements (codegen_statements.cc) --------------------------------------
  void compile_statements(const parser::List<parser::Stmt*>& statements);
  void compile_statement(parser::Stmt* statement);
  void compile_assign(parser::Assign* node);
  bool try_compile_swap_assign(parser::Assign* node);
  void compile_augmented_assign(parser::AugAssign* node);
  void compile_annotated_assign(parser::AnnAssign* node);
  void compile_store(parser::Expr* target);
  void compile_delete(parser::Expr* target);
  void compile_annotation_check(parser::Expr* e);  // evaluated for errors, then dropped
  void compile_unpack(const parser::List<parser::Expr*>& targets);
  void compile_if(parser::If* node);
  void compile_while(parser::While* node);
  void compile_for(parser::For* node);
  // The iterable of `for`, of a comprehension, or of `in`: a list display
  // is built as a tuple, which is a constant when its items are.
  void compile_iterable(parser::Expr* iterable);
  void compile_return(parser::Return* node);
  void compile_break();
  void compile_continue();
  void compile_import(parser::Import* node);
  void compile_import_from(parser::ImportFrom* node);
  void compile_assert(parser::Assert* node);
  void compile_raise(parser::Raise* node);
  void compile_expression_statement(parser::ExprStmt* node);

  void push_block(FrameBlockKind kind, Label start = {}, Label exit = {});
  void pop_block() { unit().blocks.pop_back(); }
  // Emits the clean-up of every block from the innermost out, stopping at
  // the innermost loop if `stop_at_loop` (returning whether there is one,
  // in `loop`); see the .cc.
  bool unwind_blocks(bool preserve_top, bool stop_at_loop, FrameBlock* loop);
  void unwind_block(const FrameBlock& block, bool preserve_top);

  // --- Exceptions and with (codegen_exceptions.cc) ---------------------------------
  void compile_try(parser::Try* node);
  void compile_try_except(parser::Try* node);
  void compile_try_finally(parser::Try* node, bool star);
  void compile_try_star_except(parser::Try* node);
  void compile_with(parser::With* node, size_t item_index, bool is_async);
  void finish_with_exceptional_exit(Label cleanup);
  void call_exit_with_nones();
  void emit_pop_except_and_reraise();
  void clear_handler_name(std::string_view name);

  // --- Generators and coroutines (codegen_coroutines.cc) ---------------------------
  void compile_yield(parser::Yield* node);
  void compile_yield_from(parser::YieldFrom* node);
  void compile_await(parser::Await* node);
  void emit_yield();
  void emit_send_loop(bool is_await);
  void compile_async_for(parser::AsyncFor* node);
  bool is_top_level_await() const;

  // --- Comprehensions (codegen_comprehensions.cc) -----------------------------------
  enum class ComprehensionType : uint8_t { List, Set, Dict, Generator };
  void compile_comprehension(parser::Expr* node, ComprehensionType type, std::string_view name,
                             const parser::List<parser::Comprehension*>& generators,
                             parser::Expr* element, parser::Expr* value);
  void compile_comprehension_loop(const parser::List<parser::Comprehension*>& generators,
                                  size_t index, int depth, parser::Expr* element,
                                  parser::Expr* value, ComprehensionType type);
  void compile_async_comprehension_loop(const parser::List<parser::Comprehension*>& generators,
                                        size_t index, int depth, parser::Expr* element,
                                        parser::Expr* value, ComprehensionType type);
  void compile_comprehension_element(parser::Expr* element, parser::Expr* value,
                                     ComprehensionType type, int depth);

  // --- Expressions (codegen_expressions.cc) -----------------------------------------
  void compile_expression(parser::Expr* e);
  void compile_expressions(const parser::List<parser::Expr*>& expressions);
  void compile_constant(const parser::ConstantValue& value);
  static Constant constant_of(const parser::ConstantValue& value);
  void compile_name(parser::Name* node);
  void compile_attribute(parser::Attribute* node);
  void compile_subscript(parser::Subscript* node);
  void compile_slice(parser::Slice* node);
  void compile_bool_op(parser::BoolOp* node);
  void compile_binary_op(parser::BinOp* node);
  void compile_unary_op(parser::UnaryOp* node);
  void compile_compare(parser::Compare* node);
  void emit_comparison(parser::CompareOperator op);
  void compile_if_expression(parser::IfExp* node);
  void compile_named_expression(parser::NamedExpr* node);
  void compile_dict(parser::Dict* node);
  void compile_dict_items(parser::Dict* node, size_t begin, size_t end);
  void compile_sequence(const parser::List<parser::Expr*>& items, uint32_t pushed, Opcode build,
                        Opcode add, Opcode extend, bool as_tuple);
  void compile_call(parser::Call* node);
  bool try_compile_method_call(parser::Call* node);
  void compile_call_arguments(uint32_t pushed, const parser::List<parser::Expr*>& args,
                              const parser::List<parser::Keyword*>& keywords);
  void compile_keyword_dict(const parser::List<parser::Keyword*>& keywords, size_t begin,
                            size_t end);
  void emit_keyword_names(const parser::List<parser::Keyword*>& keywords);
  void check_keywords(const parser::List<parser::Keyword*>& keywords);
  void compile_joined_string(parser::JoinedStr* node);
  void compile_formatted_value(parser::FormattedValue* node);
  // Jumps to `target` if `e` is true (`jump_if_true`) or false; falls
  // through otherwise. Short-circuits and comparisons without building bools.
  void compile_jump_if(parser::Expr* e, Label target, bool jump_if_true);
  // The value of an expression CPython folds into a constant (literals,
  // tuples of them, signed numbers), if `e` is one.
  static bool fold_unary(const parser::UnaryOp* node, Constant& value);
  static bool fold_binary(const parser::BinOp* node, Constant& value);
  bool try_compile_percent_format(parser::BinOp* node);
  static bool constant_truth(const Constant& value);
  void check_forbidden_name(std::string_view name, Access access) const;

  const lexer::Source& source_;
  const SymbolTable& symbols_;
  const FutureFeatures future_;
  const CompileOptions options_;
  std::vector<std::unique_ptr<Unit>> units_;
  SourceSpan location_ = kNoLocation;
};

// BINARY_OP's argument for an operator (vm/operators.h numbering).
uint32_t binary_op_argument(parser::Operator op, bool inplace);

// The key two constants share when CPython would merge them into one entry
// of co_consts: same type and same value (so 1, 1.0 and True stay apart).
std::string constant_key(const Constant& constant);

}  // namespace eddy::compiler

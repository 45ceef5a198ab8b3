// Code for statements: assignments and their targets, if/while/for,
// imports, assert/raise, and how return, break and continue leave the
// blocks around them. try/with are in codegen_exceptions.cc.
#include <climits>

#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

namespace {

constexpr size_t kMaxStaticBlocks = 20;  // CPython's CO_MAXBLOCKS

bool is_list_without_starred(const Expr* e) {
  if (e->kind != ExprKind::List) return false;
  for (Expr* item : e->as<ListExpr>()->elts) {
    if (item->kind == ExprKind::Starred) return false;
  }
  return true;
}

}  // namespace

void CodeGenerator::compile_statements(const List<Stmt*>& statements) {
  for (Stmt* statement : statements)
    compile_statement(statement);
}

// As in CPython, a statement's position stays current after it (until the
// next statement sets its own): code that follows a body without a
// position of its own belongs to the body's last statement.
void CodeGenerator::compile_statement(Stmt* s) {
  set_location(s->location);
  switch (s->kind) {
    case StmtKind::FunctionDef:
      compile_function(s->as<FunctionDef>(), false);
      break;
    case StmtKind::AsyncFunctionDef:
      compile_function(s->as<AsyncFunctionDef>(), true);
      break;
    case StmtKind::ClassDef:
      compile_class(s->as<ClassDef>());
      break;
    case StmtKind::Return:
      compile_return(s->as<Return>());
      break;
    case StmtKind::Delete:
      for (Expr* target : s->as<Delete>()->targets)
        compile_delete(target);
      break;
    case StmtKind::Assign:
      compile_assign(s->as<Assign>());
      break;
    case StmtKind::AugAssign:
      compile_augmented_assign(s->as<AugAssign>());
      break;
    case StmtKind::AnnAssign:
      compile_annotated_assign(s->as<AnnAssign>());
      break;
    case StmtKind::For:
      compile_for(s->as<For>());
      break;
    case StmtKind::AsyncFor:
      compile_async_for(s->as<AsyncFor>());
      break;
    case StmtKind::While:
      compile_while(s->as<While>());
      break;
    case StmtKind::If:
      compile_if(s->as<If>());
      break;
    case StmtKind::With:
      compile_with(s->as<With>(), 0, false);
      break;
    case StmtKind::AsyncWith:
      if (!is_top_level_await() && unit().kind != UnitKind::AsyncFunction) {
        error("'async with' outside async function");
      }
      compile_with(s->as<With>(), 0, true);
      break;
    case StmtKind::Raise:
      compile_raise(s->as<Raise>());
      break;
    case StmtKind::Try:
      compile_try(s->as<Try>());
      break;
    case StmtKind::TryStar: {
      auto* node = s->as<Try>();
      if (node->finalbody.empty()) {
        compile_try_star_except(node);
      } else {
        compile_try_finally(node, true);
      }
      break;
    }
    case StmtKind::Assert:
      compile_assert(s->as<Assert>());
      break;
    case StmtKind::Import:
      compile_import(s->as<Import>());
      break;
    case StmtKind::ImportFrom:
      compile_import_from(s->as<ImportFrom>());
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      break;
    case StmtKind::Expr:
      compile_expression_statement(s->as<ExprStmt>());
      break;
    case StmtKind::Pass:
      emit(Opcode::NOP);
      break;
    case StmtKind::Break:
      compile_break();
      break;
    case StmtKind::Continue:
      compile_continue();
      break;
  }
}

void CodeGenerator::compile_expression_statement(ExprStmt* node) {
  if (options_.interactive && units_.size() == 1) {
    compile_expression(node->value);
    emit(Opcode::PRINT_EXPR);
    return;
  }
  if (node->value->kind == ExprKind::Constant) {
    emit(Opcode::NOP);  // keeps the line visible to tracing
    return;
  }
  compile_expression(node->value);
  unset_location();
  emit(Opcode::POP_TOP);
}

// ---------------------------------------------------------------------------
// Assignment

void CodeGenerator::compile_assign(Assign* node) {
  if (try_compile_swap_assign(node)) return;
  compile_expression(node->value);
  for (size_t i = 0; i < node->targets.size(); ++i) {
    if (i + 1 < node->targets.size()) emit(Opcode::COPY, 1);
    compile_store(node->targets[i]);
  }
}

// `a, b = b, a` builds no tuple (CPython's peephole turns BUILD_TUPLE n;
// UNPACK_SEQUENCE n into SWAP n for n <= 3, and then drops the SWAP when
// the stores are to distinct fast locals by storing in reverse order).
bool CodeGenerator::try_compile_swap_assign(Assign* node) {
  if (node->targets.size() != 1) return false;
  auto items_of = [](Expr* e) -> const List<Expr*>* {
    if (e->kind == ExprKind::Tuple) return &e->as<Tuple>()->elts;
    if (e->kind == ExprKind::List) return &e->as<ListExpr>()->elts;
    return nullptr;
  };
  const List<Expr*>* targets = items_of(node->targets[0]);
  const List<Expr*>* values = items_of(node->value);
  if (!targets || !values || targets->size() != values->size() || targets->size() > 3) return false;
  Constant folded;
  if (fold_constant(node->value, folded)) return false;
  for (const List<Expr*>* list : {targets, values}) {
    for (Expr* item : *list) {
      if (item->kind == ExprKind::Starred) return false;
    }
  }
  {
    LocationScope at(*this, node->value->location);
    compile_expressions(*values);
  }
  size_t count = targets->size();
  bool fast_locals = unit().scope->is_function();
  for (size_t i = 0; i < count && fast_locals; ++i) {
    Expr* target = (*targets)[i];
    fast_locals = target->kind == ExprKind::Name &&
                  unit().scope->scope_of(mangled(target->as<Name>()->id)) == NameScope::Local;
    for (size_t j = 0; j < i && fast_locals; ++j) {
      fast_locals = (*targets)[j]->as<Name>()->id != target->as<Name>()->id;
    }
  }
  if (fast_locals || count == 1) {
    for (size_t i = count; i-- > 0;)
      compile_store((*targets)[i]);
    return true;
  }
  emit(Opcode::SWAP, static_cast<uint32_t>(count));
  for (Expr* target : *targets)
    compile_store(target);
  return true;
}

// Stores the value on top of the stack into `target`.
void CodeGenerator::compile_store(Expr* target) {
  LocationScope at(*this, target->location);
  switch (target->kind) {
    case ExprKind::Name:
      store_name(target->as<Name>()->id);
      break;
    case ExprKind::Attribute: {
      auto* node = target->as<Attribute>();
      check_forbidden_name(node->attr, Access::Store);
      compile_expression(node->value);
      match_attribute_start(node);
      emit_name(Opcode::STORE_ATTR, node->attr);
      break;
    }
    case ExprKind::Subscript: {
      auto* node = target->as<Subscript>();
      compile_expression(node->value);
      compile_expression(node->slice);
      emit(Opcode::STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      compile_unpack(target->as<Tuple>()->elts);
      break;
    case ExprKind::List:
      compile_unpack(target->as<ListExpr>()->elts);
      break;
    case ExprKind::Starred:
      error("starred assignment target must be in a list or tuple");
    default:
      error("cannot assign to expression");
  }
}

// `a, *b, c = x`: UNPACK_EX's argument counts the targets before the star
// (low byte) and after it (the rest).
void CodeGenerator::compile_unpack(const List<Expr*>& targets) {
  size_t count = targets.size();
  bool seen_star = false;
  for (size_t i = 0; i < count; ++i) {
    if (targets[i]->kind != ExprKind::Starred) continue;
    if (seen_star) error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || (count - i - 1) >= (INT_MAX >> 8)) {
      error("too many expressions in star-unpacking assignment");
    }
    emit(Opcode::UNPACK_EX, static_cast<uint32_t>(i + ((count - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(count));
  for (Expr* target : targets) {
    compile_store(target->kind == ExprKind::Starred ? target->as<Starred>()->value : target);
  }
}

void CodeGenerator::compile_delete(Expr* target) {
  LocationScope at(*this, target->location);
  switch (target->kind) {
    case ExprKind::Name:
      name_op(target->as<Name>()->id, Access::Delete);
      break;
    case ExprKind::Attribute: {
      auto* node = target->as<Attribute>();
      check_forbidden_name(node->attr, Access::Delete);
      compile_expression(node->value);
      match_attribute_start(node);
      emit_name(Opcode::DELETE_ATTR, node->attr);
      break;
    }
    case ExprKind::Subscript: {
      auto* node = target->as<Subscript>();
      compile_expression(node->value);
      compile_expression(node->slice);
      emit(Opcode::DELETE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      for (Expr* item : target->as<Tuple>()->elts)
        compile_delete(item);
      break;
    case ExprKind::List:
      for (Expr* item : target->as<ListExpr>()->elts)
        compile_delete(item);
      break;
    default:
      error("cannot delete expression");
  }
}

// `x.a += v` reads and writes x.a evaluating x once: COPY keeps the object
// (or object and key) for the store, SWAPs put the result under them.
void CodeGenerator::compile_augmented_assign(AugAssign* node) {
  Expr* target = node->target;
  SourceSpan statement_location = location_;
  set_location(target->location);
  switch (target->kind) {
    case ExprKind::Attribute:
      compile_expression(target->as<Attribute>()->value);
      emit(Opcode::COPY, 1);
      match_attribute_start(target->as<Attribute>());
      emit_name(Opcode::LOAD_ATTR, target->as<Attribute>()->attr);
      break;
    case ExprKind::Subscript:
      compile_expression(target->as<Subscript>()->value);
      compile_expression(target->as<Subscript>()->slice);
      emit(Opcode::COPY, 2);
      emit(Opcode::COPY, 2);
      emit(Opcode::BINARY_SUBSCR);
      break;
    case ExprKind::Name:
      load_name(target->as<Name>()->id);
      break;
    default:
      error("'" + std::string(name_of(target->kind)) +
            "' is an illegal expression for augmented assignment");
  }
  location_ = statement_location;
  compile_expression(node->value);
  emit(Opcode::BINARY_OP, binary_op_argument(node->op, true));
  set_location(target->location);
  switch (target->kind) {
    case ExprKind::Attribute:
      match_attribute_start(target->as<Attribute>());
      emit(Opcode::SWAP, 2);
      emit_name(Opcode::STORE_ATTR, target->as<Attribute>()->attr);
      break;
    case ExprKind::Subscript:
      emit(Opcode::SWAP, 3);
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_SUBSCR);
      break;
    default:
      store_name(target->as<Name>()->id);
      break;
  }
}

void CodeGenerator::compile_annotation_check(Expr* e) {
  compile_expression(e);
  emit(Opcode::POP_TOP);
}

// `x: T = v` assigns first; then, in a module or class, a simple name's
// annotation is stored in __annotations__. Complex targets (`a.b: T`) only
// have their parts evaluated, and in functions annotations are not
// evaluated at all.
void CodeGenerator::compile_annotated_assign(AnnAssign* node) {
  Expr* target = node->target;
  bool module_or_class = unit().kind == UnitKind::Module || unit().kind == UnitKind::Class;
  if (node->value) {
    compile_expression(node->value);
    compile_store(target);
  }
  switch (target->kind) {
    case ExprKind::Name:
      check_forbidden_name(target->as<Name>()->id, Access::Store);
      if (node->simple && module_or_class) {
        compile_annotation_value(node->annotation);
        emit_name(Opcode::LOAD_NAME, "__annotations__");
        emit_constant(Constant{mangled(target->as<Name>()->id)});
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    case ExprKind::Attribute:
      check_forbidden_name(target->as<Attribute>()->attr, Access::Store);
      if (!node->value) compile_annotation_check(target->as<Attribute>()->value);
      break;
    case ExprKind::Subscript:
      if (!node->value) {
        compile_annotation_check(target->as<Subscript>()->value);
        Expr* slice = target->as<Subscript>()->slice;
        auto check_index = [&](Expr* index) {
          if (index->kind == ExprKind::Slice) {
            auto* range = index->as<Slice>();
            for (Expr* part : {range->lower, range->upper, range->step}) {
              if (part) compile_annotation_check(part);
            }
          } else {
            compile_annotation_check(index);
          }
        };
        if (slice->kind == ExprKind::Tuple) {
          for (Expr* item : slice->as<Tuple>()->elts)
            check_index(item);
        } else {
          check_index(slice);
        }
      }
      break;
    default:
      break;
  }
  if (!node->simple && !future_.annotations && module_or_class) {
    compile_annotation_check(node->annotation);
  }
}

// ---------------------------------------------------------------------------
// Control flow

void CodeGenerator::compile_if(If* node) {
  Label end = new_label();
  Label otherwise = node->orelse.empty() ? end : new_label();
  compile_jump_if(node->test, otherwise, false);
  compile_statements(node->body);
  if (!node->orelse.empty()) {
    unset_location();
    emit_jump(Opcode::JUMP_FORWARD, end);
    bind(otherwise);
    compile_statements(node->orelse);
  }
  bind(end);
}

// The test is compiled twice, as CPython does: once before the loop and
// once at the bottom, so each iteration takes one conditional jump back.
void CodeGenerator::compile_while(While* node) {
  Label loop = new_label();
  Label body = new_label();
  Label anchor = new_label();
  Label exit = new_label();
  bind(loop);
  push_block(FrameBlockKind::WhileLoop, loop, exit);
  compile_jump_if(node->test, anchor, false);
  bind(body);
  compile_statements(node->body);
  set_location(node->location);
  compile_jump_if(node->test, body, true);
  pop_block();
  bind(anchor);
  compile_statements(node->orelse);
  bind(exit);
}

void CodeGenerator::compile_iterable(Expr* iterable) {
  if (!is_list_without_starred(iterable)) {
    compile_expression(iterable);
    return;
  }
  LocationScope at(*this, iterable->location);
  const List<Expr*>& items = iterable->as<ListExpr>()->elts;
  compile_expressions(items);
  emit_build_tuple(static_cast<uint32_t>(items.size()));
}

void CodeGenerator::compile_for(For* node) {
  Label start = new_label();
  Label cleanup = new_label();
  Label end = new_label();
  push_block(FrameBlockKind::ForLoop, start, end);
  compile_iterable(node->iter);
  emit(Opcode::GET_ITER);
  bind(start);
  emit_jump(Opcode::FOR_ITER, cleanup);
  compile_store(node->target);
  compile_statements(node->body);
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, start);
  bind(cleanup);
  pop_block();
  compile_statements(node->orelse);
  bind(end);
}

void CodeGenerator::push_block(FrameBlockKind kind, Label start, Label exit) {
  if (unit().blocks.size() >= kMaxStaticBlocks) error("too many statically nested blocks");
  FrameBlock block;
  block.kind = kind;
  block.start = start;
  block.exit = exit;
  unit().blocks.push_back(block);
}

// return, break and continue leave every block between them and their
// destination, running what those blocks do on the way out (pop a loop's
// iterator, run a finally body, call a with's __exit__, ...). A block is
// taken off the stack while its exit code is generated, so that a
// `return` inside a finally body does not run that same finally again;
// the handler stack is restored by the caller once the jump is emitted,
// since the code after the jump is still inside those blocks.
bool CodeGenerator::unwind_blocks(bool preserve_top, bool stop_at_loop, FrameBlock* loop) {
  std::vector<FrameBlock>& blocks = unit().blocks;
  if (blocks.empty()) return false;
  FrameBlock top = blocks.back();
  if (top.kind == FrameBlockKind::ExceptionGroupHandler) {
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (stop_at_loop &&
      (top.kind == FrameBlockKind::WhileLoop || top.kind == FrameBlockKind::ForLoop)) {
    *loop = top;
    return true;
  }
  blocks.pop_back();
  unwind_block(top, preserve_top);
  bool found = unwind_blocks(preserve_top, stop_at_loop, loop);
  unit().blocks.push_back(top);
  return found;
}

// What leaving one block early takes. `preserve_top` keeps the value on
// top of the stack (a return value) above whatever is popped.
void CodeGenerator::unwind_block(const FrameBlock& block, bool preserve_top) {
  Assembler& assembler = unit().assembler;
  switch (block.kind) {
    case FrameBlockKind::WhileLoop:
    case FrameBlockKind::ExceptionHandler:
    case FrameBlockKind::ExceptionGroupHandler:
    case FrameBlockKind::AsyncComprehensionGenerator:
      return;
    case FrameBlockKind::ForLoop:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the iterator
      return;
    case FrameBlockKind::TryExcept:
      assembler.pop_handler();
      return;
    case FrameBlockKind::FinallyTry:
      assembler.pop_handler();
      if (preserve_top) push_block(FrameBlockKind::PopValue);
      compile_statements(*block.finally_body);
      if (preserve_top) pop_block();
      // The finally body runs after the statement that left the block.
      unset_location();
      return;
    case FrameBlockKind::FinallyEnd:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the exception
      if (preserve_top) emit(Opcode::SWAP, 2);
      assembler.pop_handler();
      emit(Opcode::POP_EXCEPT);
      return;
    case FrameBlockKind::With:
    case FrameBlockKind::AsyncWith:
      set_location(block.with_statement->location);
      assembler.pop_handler();
      if (preserve_top) emit(Opcode::SWAP, 2);
      call_exit_with_nones();
      if (block.kind == FrameBlockKind::AsyncWith) {
        emit(Opcode::GET_AWAITABLE, 2);
        emit_none();
        emit_send_loop(true);
      }
      emit(Opcode::POP_TOP);
      unset_location();
      return;
    case FrameBlockKind::HandlerCleanup:
      if (!block.handler_name.empty()) assembler.pop_handler();
      if (preserve_top) emit(Opcode::SWAP, 2);
      assembler.pop_handler();
      emit(Opcode::POP_EXCEPT);
      if (!block.handler_name.empty()) clear_handler_name(block.handler_name);
      return;
    case FrameBlockKind::PopValue:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return;
  }
}

void CodeGenerator::compile_return(Return* node) {
  Constant constant;
  bool is_constant = node->value && fold_constant(node->value, constant);
  bool preserve_top = node->value && !is_constant;
  const Scope* scope = unit().scope;
  if (!scope->is_function()) error("'return' outside function");
  if (node->value && scope->is_async_generator()) error("'return' with value in async generator");
  if (preserve_top) {
    compile_expression(node->value);
  } else if (node->value) {
    set_location(node->value->location);  // the constant's line, for tracing
    emit(Opcode::NOP);
  }
  if (!node->value || node->value->location.lineno != node->location.lineno) {
    set_location(node->location);
    emit(Opcode::NOP);
  }
  std::vector<int> handlers = unit().assembler.handler_stack();
  unwind_blocks(preserve_top, false, nullptr);
  if (!node->value) {
    emit_none();
  } else if (is_constant) {
    emit_constant(std::move(constant));
  }
  emit(Opcode::RETURN_VALUE);
  unit().assembler.restore_handler_stack(std::move(handlers));
}

void CodeGenerator::compile_break() {
  SourceSpan statement_location = location_;
  emit(Opcode::NOP);
  std::vector<int> handlers = unit().assembler.handler_stack();
  FrameBlock loop{};
  if (!unwind_blocks(false, true, &loop)) {
    location_ = statement_location;
    error("'break' outside loop");
  }
  unwind_block(loop, false);
  emit_jump(Opcode::JUMP_FORWARD, loop.exit);
  unit().assembler.restore_handler_stack(std::move(handlers));
}

void CodeGenerator::compile_continue() {
  SourceSpan statement_location = location_;
  emit(Opcode::NOP);
  std::vector<int> handlers = unit().assembler.handler_stack();
  FrameBlock loop{};
  if (!unwind_blocks(false, true, &loop)) {
    location_ = statement_location;
    error("'continue' not properly in loop");
  }
  emit_jump(Opcode::JUMP_FORWARD, loop.start);
  unit().assembler.restore_handler_stack(std::move(handlers));
}

// ---------------------------------------------------------------------------
// Imports

// `import a.b.c` binds a; `import a.b.c as d` walks down to c with
// IMPORT_FROM and binds that.
void CodeGenerator::compile_import(Import* node) {
  for (Alias* alias : node->names) {
    std::string_view name = alias->name;
    emit_constant(Constant{int64_t{0}});
    emit_none();
    emit_name(Opcode::IMPORT_NAME, name);
    size_t dot = name.find('.');
    if (alias->asname.empty()) {
      store_name(name.substr(0, dot));
      continue;
    }
    if (dot == std::string_view::npos) {
      store_name(alias->asname);
      continue;
    }
    while (true) {
      size_t start = dot + 1;
      dot = name.find('.', start);
      emit_name(Opcode::IMPORT_FROM,
                name.substr(start, dot == std::string_view::npos ? dot : dot - start));
      if (dot == std::string_view::npos) break;
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
    }
    store_name(alias->asname);
    emit(Opcode::POP_TOP);
  }
}

void CodeGenerator::compile_import_from(ImportFrom* node) {
  if (node->module == "__future__" && node->location.lineno > future_.last_line) {
    error("from __future__ imports must occur at the beginning of the file");
  }
  emit_constant(Constant{int64_t{node->level}});
  Constant::Tuple names;
  for (Alias* alias : node->names)
    names.push_back(Constant{std::string(alias->name)});
  emit_constant(Constant{std::move(names)});
  emit_name(Opcode::IMPORT_NAME, node->module);
  for (Alias* alias : node->names) {
    if (alias->name == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    emit_name(Opcode::IMPORT_FROM, alias->name);
    store_name(alias->asname.empty() ? alias->name : alias->asname);
  }
  emit(Opcode::POP_TOP);  // the module
}

// ---------------------------------------------------------------------------
// assert and raise

// The comparison whose position CPython 3.11 leaves behind after testing
// `e` for a jump: the last one tested, looking through `not`, `and`/`or`
// and conditional expressions. Null if there is none.
static Expr* last_tested_comparison(Expr* e) {
  switch (e->kind) {
    case ExprKind::Compare:
      return e;
    case ExprKind::UnaryOp:
      return e->as<UnaryOp>()->op == UnaryOperator::Not
                 ? last_tested_comparison(e->as<UnaryOp>()->operand)
                 : nullptr;
    case ExprKind::BoolOp: {
      Expr* found = nullptr;
      for (Expr* value : e->as<BoolOp>()->values) {
        if (Expr* comparison = last_tested_comparison(value)) found = comparison;
      }
      return found;
    }
    case ExprKind::IfExp: {
      Expr* found = nullptr;
      for (Expr* part : {e->as<IfExp>()->test, e->as<IfExp>()->body, e->as<IfExp>()->orelse}) {
        if (Expr* comparison = last_tested_comparison(part)) found = comparison;
      }
      return found;
    }
    default:
      return nullptr;
  }
}

void CodeGenerator::compile_assert(Assert* node) {
  warn_assert_on_tuple(node);
  Label end = new_label();
  compile_jump_if(node->test, end, true);
  // The failure is raised at that comparison's position (CPython's
  // tracebacks put carets under `x == y` in `assert x == y`).
  if (Expr* comparison = last_tested_comparison(node->test)) set_location(comparison->location);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (node->msg) {
    compile_expression(node->msg);
    emit(Opcode::CALL, 0);  // AssertionError(msg), called as a method
  }
  emit(Opcode::RAISE_VARARGS, 1);
  bind(end);
}

void CodeGenerator::compile_raise(Raise* node) {
  uint32_t count = 0;
  if (node->exc) {
    compile_expression(node->exc);
    ++count;
    if (node->cause) {
      compile_expression(node->cause);
      ++count;
    }
  }
  emit(Opcode::RAISE_VARARGS, count);
}

}  // namespace eddy::compiler

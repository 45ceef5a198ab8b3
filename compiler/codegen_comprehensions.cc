// Code for comprehensions and generator expressions. As in CPython 3.11,
// each is a function of its own (<listcomp>, <setcomp>, <dictcomp>,
// <genexpr>) called at once with the iterator of its first `for` as the
// only argument, `.0`. The result is built on the stack under the loop
// iterators: LIST_APPEND/SET_ADD/MAP_ADD reach it by depth; a generator
// expression yields each element instead.
#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

void CodeGenerator::compile_comprehension(Expr* node, ComprehensionType type, std::string_view name,
                                          const List<Comprehension*>& generators, Expr* element,
                                          Expr* value) {
  UnitKind enclosing = unit().kind;
  bool top_level_await = is_top_level_await();
  Scope* scope = symbols_.scope_of(node);
  enter_unit(UnitKind::Comprehension, scope, name, node->location.lineno);
  set_location(node->location);
  bool is_async = scope->is_coroutine;
  if (is_async && type != ComprehensionType::Generator && enclosing != UnitKind::AsyncFunction &&
      enclosing != UnitKind::Comprehension && !top_level_await) {
    error("asynchronous comprehension outside of an asynchronous function");
  }
  unit().code->argcount = 1;
  switch (type) {
    case ComprehensionType::List:
      emit(Opcode::BUILD_LIST, 0);
      break;
    case ComprehensionType::Set:
      emit(Opcode::BUILD_SET, 0);
      break;
    case ComprehensionType::Dict:
      emit(Opcode::BUILD_MAP, 0);
      break;
    case ComprehensionType::Generator:
      break;
  }
  compile_comprehension_loop(generators, 0, 0, element, value, type);
  if (type != ComprehensionType::Generator) emit(Opcode::RETURN_VALUE);
  make_closure(leave_unit(), 0);

  compile_iterable(generators[0]->iter);
  emit(generators[0]->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::CALL, 0);  // [function, iterator]: function(iterator)
  if (is_async && type != ComprehensionType::Generator) {
    emit(Opcode::GET_AWAITABLE, 0);
    emit_none();
    emit_send_loop(true);
  }
}

// One `for` clause and everything inside it. `depth` counts the iterators
// on the stack above the result.
void CodeGenerator::compile_comprehension_loop(const List<Comprehension*>& generators, size_t index,
                                               int depth, Expr* element, Expr* value,
                                               ComprehensionType type) {
  Comprehension* generator = generators[index];
  if (generator->is_async) {
    compile_async_comprehension_loop(generators, index, depth, element, value, type);
    return;
  }
  Label start = new_label();
  Label if_cleanup = new_label();
  Label anchor = new_label();
  bool loops = true;
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);  // .0
  } else {
    // `for y in [expr]` just assigns: no iterator, no loop.
    Expr* iterable = generator->iter;
    const List<Expr*>* items = nullptr;
    if (iterable->kind == ExprKind::List) items = &iterable->as<ListExpr>()->elts;
    if (iterable->kind == ExprKind::Tuple) items = &iterable->as<Tuple>()->elts;
    if (items && items->size() == 1 && (*items)[0]->kind != ExprKind::Starred) {
      compile_expression((*items)[0]);
      loops = false;
    } else {
      compile_iterable(iterable);
      emit(Opcode::GET_ITER);
    }
  }
  if (loops) {
    ++depth;
    bind(start);
    emit_jump(Opcode::FOR_ITER, anchor);
  }
  compile_store(generator->target);
  for (Expr* condition : generator->ifs)
    compile_jump_if(condition, if_cleanup, false);
  if (index + 1 < generators.size()) {
    compile_comprehension_loop(generators, index + 1, depth, element, value, type);
  } else {
    compile_comprehension_element(element, value, type, depth);
  }
  bind(if_cleanup);
  if (loops) {
    emit_jump(Opcode::JUMP_FORWARD, start);
    bind(anchor);
  }
}

// `async for` in a comprehension: the same loop as the statement's (see
// compile_async_for), with the async iterator kept on the stack.
void CodeGenerator::compile_async_comprehension_loop(const List<Comprehension*>& generators,
                                                     size_t index, int depth, Expr* element,
                                                     Expr* value, ComprehensionType type) {
  Comprehension* generator = generators[index];
  Assembler& assembler = unit().assembler;
  Label start = new_label();
  Label stop = new_label();
  Label if_cleanup = new_label();
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);  // .0
  } else {
    compile_expression(generator->iter);
    emit(Opcode::GET_AITER);
  }
  bind(start);
  push_block(FrameBlockKind::AsyncComprehensionGenerator, start);
  assembler.push_handler(HandlerKind::Finally, stop, location_);
  emit(Opcode::GET_ANEXT);
  emit_none();
  emit_send_loop(true);
  assembler.pop_handler();
  compile_store(generator->target);
  for (Expr* condition : generator->ifs)
    compile_jump_if(condition, if_cleanup, false);
  ++depth;
  if (index + 1 < generators.size()) {
    compile_comprehension_loop(generators, index + 1, depth, element, value, type);
  } else {
    compile_comprehension_element(element, value, type, depth);
  }
  bind(if_cleanup);
  emit_jump(Opcode::JUMP_FORWARD, start);
  pop_block();
  bind(stop);
  emit(Opcode::END_ASYNC_FOR);
}

void CodeGenerator::compile_comprehension_element(Expr* element, Expr* value,
                                                  ComprehensionType type, int depth) {
  uint32_t result_depth = static_cast<uint32_t>(depth) + 1;
  switch (type) {
    case ComprehensionType::Generator:
      compile_expression(element);
      emit_yield();
      emit(Opcode::POP_TOP);
      break;
    case ComprehensionType::List:
      compile_expression(element);
      emit(Opcode::LIST_APPEND, result_depth);
      break;
    case ComprehensionType::Set:
      compile_expression(element);
      emit(Opcode::SET_ADD, result_depth);
      break;
    case ComprehensionType::Dict:
      compile_expression(element);
      compile_expression(value);
      emit(Opcode::MAP_ADD, result_depth);
      break;
  }
}

}  // namespace eddy::compiler

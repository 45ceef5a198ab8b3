// Code for try/except/else/finally, except* and with, in CPython 3.11's
// zero-cost model: entering a `try` executes nothing (a handler setup only
// marks where protection starts, see assembler.h); the exception table
// sends an exception to its handler with the stack cut back.
//
// Every handler that runs Python code is itself protected by a "cleanup"
// handler (COPY 3; POP_EXCEPT; RERAISE 1) that restores the exception
// being handled before the new one propagates: PUSH_EXC_INFO saved it
// under the new exception on entry.
#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

void CodeGenerator::emit_pop_except_and_reraise() {
  emit(Opcode::COPY, 3);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 1);
}

// `except E as name` deletes name when the handler ends, whichever way.
void CodeGenerator::clear_handler_name(std::string_view name) {
  emit_none();
  store_name(name);
  name_op(name, Access::Delete);
}

void CodeGenerator::compile_try(Try* node) {
  if (node->finalbody.empty()) {
    compile_try_except(node);
  } else {
    compile_try_finally(node, false);
  }
}

// The finally body is compiled twice: once on the normal path after the
// body, and once as the handler that runs it with the exception saved and
// re-raises. (A third and further copies come from return, break and
// continue leaving the body: see unwind_block.) Duplicating the code keeps
// every path free of run-time bookkeeping about why the finally runs.
void CodeGenerator::compile_try_finally(Try* node, bool star) {
  Assembler& assembler = unit().assembler;
  Label handler = new_label();
  Label exit = new_label();
  Label cleanup = new_label();

  assembler.push_handler(HandlerKind::Finally, handler, location_);
  push_block(FrameBlockKind::FinallyTry);
  unit().blocks.back().finally_body = &node->finalbody;
  if (node->handlers.empty()) {
    compile_statements(node->body);
  } else if (star) {
    compile_try_star_except(node);
  } else {
    compile_try_except(node);
  }
  assembler.pop_handler();
  pop_block();
  compile_statements(node->finalbody);
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, exit);

  // The exceptional path: [..., exception] on entry.
  bind(handler);
  unset_location();
  assembler.push_handler(HandlerKind::Cleanup, cleanup, location_);
  emit(Opcode::PUSH_EXC_INFO);
  push_block(FrameBlockKind::FinallyEnd);
  compile_statements(node->finalbody);
  pop_block();
  emit(Opcode::RERAISE, 0);
  assembler.pop_handler();
  bind(cleanup);
  emit_pop_except_and_reraise();
  bind(exit);
}

// try: body / except E as e: ... / else: ...
//
// The body jumps to the handlers with [..., exception]. They run after
// PUSH_EXC_INFO ([..., previous, exception]), each testing its type with
// CHECK_EXC_MATCH; a named handler's body runs inside its own cleanup so
// that `e` is deleted even if the body raises. With no match, RERAISE 0.
void CodeGenerator::compile_try_except(Try* node) {
  Assembler& assembler = unit().assembler;
  Label handlers = new_label();
  Label end = new_label();
  Label cleanup = new_label();

  assembler.push_handler(HandlerKind::Finally, handlers, location_);
  push_block(FrameBlockKind::TryExcept);
  compile_statements(node->body);
  pop_block();
  assembler.pop_handler();
  compile_statements(node->orelse);
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, end);

  bind(handlers);
  unset_location();
  assembler.push_handler(HandlerKind::Cleanup, cleanup, location_);
  emit(Opcode::PUSH_EXC_INFO);
  push_block(FrameBlockKind::ExceptionHandler);
  std::vector<int> in_handler = assembler.handler_stack();
  size_t count = node->handlers.size();
  for (size_t i = 0; i < count; ++i) {
    ExceptHandler* handler = node->handlers[i];
    set_location(handler->location);
    if (!handler->type && i + 1 < count) error("default 'except:' must be last");
    Label next_handler = new_label();
    if (handler->type) {
      compile_expression(handler->type);
      emit(Opcode::CHECK_EXC_MATCH);
      emit_jump(Opcode::POP_JUMP_FORWARD_IF_FALSE, next_handler);
    }
    if (!handler->name.empty()) {
      Label name_cleanup = new_label();
      store_name(handler->name);
      assembler.push_handler(HandlerKind::Cleanup, name_cleanup, location_);
      push_block(FrameBlockKind::HandlerCleanup);
      unit().blocks.back().handler_name = handler->name;
      compile_statements(handler->body);
      pop_block();
      unset_location();
      assembler.pop_handler();
      assembler.pop_handler();
      emit(Opcode::POP_EXCEPT);
      clear_handler_name(handler->name);
      emit_jump(Opcode::JUMP_FORWARD, end);
      assembler.restore_handler_stack(in_handler);

      // The handler body raised: [..., previous, lasti, new exception].
      bind(name_cleanup);
      unset_location();
      clear_handler_name(handler->name);
      emit(Opcode::RERAISE, 1);
    } else {
      emit(Opcode::POP_TOP);  // the exception
      push_block(FrameBlockKind::HandlerCleanup);
      compile_statements(handler->body);
      pop_block();
      unset_location();
      assembler.pop_handler();
      emit(Opcode::POP_EXCEPT);
      emit_jump(Opcode::JUMP_FORWARD, end);
      assembler.restore_handler_stack(in_handler);
    }
    bind(next_handler);
  }
  unset_location();
  pop_block();
  emit(Opcode::RERAISE, 0);  // no handler matched
  assembler.pop_handler();
  bind(cleanup);
  emit_pop_except_and_reraise();
  bind(end);
}

// try: body / except* E as e: ...
//
// Each except* clause splits what is left of the exception group with
// CHECK_EG_MATCH into the part it handles and the rest. What the clauses
// raise, and the unhandled rest, are collected in a list that
// PREP_RERAISE_STAR turns into the exception to re-raise (or None).
// Stack in the handlers: [..., previous, original, list, rest].
void CodeGenerator::compile_try_star_except(Try* node) {
  Assembler& assembler = unit().assembler;
  Label handlers = new_label();
  Label orelse = new_label();
  Label end = new_label();
  Label cleanup = new_label();
  Label reraise_star = new_label();

  assembler.push_handler(HandlerKind::Finally, handlers, location_);
  push_block(FrameBlockKind::TryExcept);
  compile_statements(node->body);
  pop_block();
  assembler.pop_handler();
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, orelse);

  bind(handlers);
  unset_location();
  assembler.push_handler(HandlerKind::Cleanup, cleanup, location_);
  emit(Opcode::PUSH_EXC_INFO);
  push_block(FrameBlockKind::ExceptionGroupHandler);
  std::vector<int> in_handler = assembler.handler_stack();
  size_t count = node->handlers.size();
  for (size_t i = 0; i < count; ++i) {
    ExceptHandler* handler = node->handlers[i];
    set_location(handler->location);
    Label handled = new_label();
    Label with_error = new_label();
    Label no_match = new_label();
    Label name_cleanup = new_label();
    if (i == 0) {
      emit(Opcode::COPY, 1);  // the original group, kept for PREP_RERAISE_STAR
      emit(Opcode::BUILD_LIST, 0);
      emit(Opcode::SWAP, 2);
    }
    if (handler->type) {
      compile_expression(handler->type);
      emit(Opcode::CHECK_EG_MATCH);
      emit(Opcode::COPY, 1);
      emit_jump(Opcode::POP_JUMP_FORWARD_IF_NONE, no_match);
    }
    if (!handler->name.empty()) {
      store_name(handler->name);
    } else {
      emit(Opcode::POP_TOP);  // the matched part
    }
    assembler.push_handler(HandlerKind::Cleanup, name_cleanup, location_);
    push_block(FrameBlockKind::HandlerCleanup);
    unit().blocks.back().handler_name = handler->name;
    compile_statements(handler->body);
    pop_block();
    assembler.pop_handler();
    if (!handler->name.empty()) clear_handler_name(handler->name);
    emit_jump(Opcode::JUMP_FORWARD, handled);

    // The clause raised: add its exception to the list.
    bind(name_cleanup);
    unset_location();
    if (!handler->name.empty()) clear_handler_name(handler->name);
    emit(Opcode::LIST_APPEND, 3);
    emit(Opcode::POP_TOP);  // lasti
    emit_jump(Opcode::JUMP_FORWARD, with_error);

    bind(handled);
    emit(Opcode::NOP);
    emit_jump(Opcode::JUMP_FORWARD, with_error);

    bind(no_match);
    emit(Opcode::POP_TOP);  // the None match

    bind(with_error);
    if (i + 1 == count) {
      emit(Opcode::LIST_APPEND, 1);  // the unhandled rest
      emit_jump(Opcode::JUMP_FORWARD, reraise_star);
    }
  }
  unset_location();
  pop_block();
  Label reraise = new_label();
  bind(reraise_star);
  emit(Opcode::PREP_RERAISE_STAR);
  emit(Opcode::COPY, 1);
  emit_jump(Opcode::POP_JUMP_FORWARD_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  emit(Opcode::POP_TOP);
  assembler.pop_handler();
  emit(Opcode::POP_EXCEPT);
  emit_jump(Opcode::JUMP_FORWARD, end);
  assembler.restore_handler_stack(in_handler);

  bind(reraise);
  assembler.pop_handler();
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 0);
  bind(cleanup);
  emit_pop_except_and_reraise();
  bind(orelse);
  compile_statements(node->orelse);
  bind(end);
}

// __exit__(None, None, None): [exit, None, None, None] CALL 2 calls exit
// as a method with None as self, that is with three Nones.
void CodeGenerator::call_exit_with_nones() {
  emit_none();
  emit_none();
  emit_none();
  emit(Opcode::CALL, 2);
}

// with a as x, b: body  is  with a as x: (with b: body).
//
// BEFORE_WITH leaves [..., __exit__, __enter__()]. On the normal path the
// exit is called with three Nones. On the exceptional path the handler
// finds [..., __exit__, lasti, exception]; WITH_EXCEPT_START calls
// __exit__ with the exception, and a true result swallows it.
void CodeGenerator::compile_with(With* node, size_t item_index, bool is_async) {
  Assembler& assembler = unit().assembler;
  WithItem* item = node->items[item_index];
  Label handler = new_label();
  Label exit = new_label();
  Label cleanup = new_label();

  compile_expression(item->context_expr);
  if (is_async) {
    emit(Opcode::BEFORE_ASYNC_WITH);
    emit(Opcode::GET_AWAITABLE, 1);
    emit_none();
    emit_send_loop(true);
  } else {
    emit(Opcode::BEFORE_WITH);
  }
  assembler.push_handler(HandlerKind::With, handler, location_);
  push_block(is_async ? FrameBlockKind::AsyncWith : FrameBlockKind::With);
  unit().blocks.back().with_statement = node;
  if (item->optional_vars) {
    compile_store(item->optional_vars);
  } else {
    emit(Opcode::POP_TOP);  // the value of __enter__
  }
  if (item_index + 1 == node->items.size()) {
    compile_statements(node->body);
  } else {
    compile_with(node, item_index + 1, is_async);
  }
  unset_location();
  assembler.pop_handler();
  pop_block();

  set_location(node->location);
  call_exit_with_nones();
  if (is_async) {
    emit(Opcode::GET_AWAITABLE, 2);
    emit_none();
    emit_send_loop(true);
  }
  emit(Opcode::POP_TOP);
  emit_jump(Opcode::JUMP_FORWARD, exit);

  bind(handler);
  assembler.push_handler(HandlerKind::Cleanup, cleanup, location_);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  if (is_async) {
    emit(Opcode::GET_AWAITABLE, 2);
    emit_none();
    emit_send_loop(true);
  }
  finish_with_exceptional_exit(cleanup);
  bind(exit);
}

// After __exit__(exception) returned: re-raise unless it returned true;
// otherwise drop the exception, the saved previous one, lasti and exit.
void CodeGenerator::finish_with_exceptional_exit(Label cleanup) {
  Assembler& assembler = unit().assembler;
  Label suppress = new_label();
  emit_jump(Opcode::POP_JUMP_FORWARD_IF_TRUE, suppress);
  emit(Opcode::RERAISE, 2);
  std::vector<int> in_handler = assembler.handler_stack();
  assembler.pop_handler();
  bind(cleanup);
  emit_pop_except_and_reraise();
  assembler.restore_handler_stack(std::move(in_handler));
  bind(suppress);
  emit(Opcode::POP_TOP);  // the exception
  assembler.pop_handler();
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);  // lasti
  emit(Opcode::POP_TOP);  // __exit__
}

}  // namespace eddy::compiler

// Code for the suspension points: yield, yield from, await, and the loops
// built on await (async for; async with is in codegen_exceptions.cc).
//
// `yield from x` and `await x` are the same loop (CPython 3.11):
//
//     GET_YIELD_FROM_ITER | GET_AWAITABLE    [..., receiver]
//     LOAD_CONST None                        [..., receiver, value to send]
//   send:
//     SEND exit          receiver.send(value): on return, jump to exit with
//                        the result in place of both; else push what it yielded
//     YIELD_VALUE        pass it up to our caller; resume with what is sent
//     RESUME 2|3         (2 after yield from, 3 after await)
//     JUMP_BACKWARD_NO_INTERRUPT send
//   exit:                [..., result]
#include "compiler/codegen.h"

namespace eddy::compiler {

using namespace parser;

bool CodeGenerator::is_top_level_await() const {
  return options_.allow_top_level_await && units_.back()->kind == UnitKind::Module;
}

void CodeGenerator::emit_send_loop(bool is_await) {
  Label send = new_label();
  Label exit = new_label();
  bind(send);
  emit_jump(Opcode::SEND, exit);
  emit(Opcode::YIELD_VALUE);
  emit(Opcode::RESUME, is_await ? 3 : 2);
  emit_jump(Opcode::JUMP_BACKWARD_NO_INTERRUPT, send);
  bind(exit);
}

// An async generator wraps what it yields, so that the VM can tell its own
// yields from the awaits passing through it.
void CodeGenerator::emit_yield() {
  if (unit().scope->is_async_generator()) emit(Opcode::ASYNC_GEN_WRAP);
  emit(Opcode::YIELD_VALUE);
  emit(Opcode::RESUME, 1);
}

void CodeGenerator::compile_yield(Yield* node) {
  if (!unit().scope->is_function()) error("'yield' outside function");
  if (node->value) {
    compile_expression(node->value);
  } else {
    emit_none();
  }
  emit_yield();
}

void CodeGenerator::compile_yield_from(YieldFrom* node) {
  if (!unit().scope->is_function()) error("'yield' outside function");
  if (unit().kind == UnitKind::AsyncFunction) error("'yield from' inside async function");
  compile_expression(node->value);
  emit(Opcode::GET_YIELD_FROM_ITER);
  emit_none();
  emit_send_loop(false);
}

void CodeGenerator::compile_await(Await* node) {
  if (!is_top_level_await()) {
    if (!unit().scope->is_function()) error("'await' outside function");
    if (unit().kind != UnitKind::AsyncFunction && unit().kind != UnitKind::Comprehension) {
      error("'await' outside async function");
    }
  }
  compile_expression(node->value);
  emit(Opcode::GET_AWAITABLE, 0);
  emit_none();
  emit_send_loop(true);
}

// async for x in it: body
//
// Each step awaits it.__anext__() under a handler: StopAsyncIteration
// raised there ends the loop in END_ASYNC_FOR, which re-raises anything
// else. The loop keeps [..., async iterator] on the stack.
void CodeGenerator::compile_async_for(AsyncFor* node) {
  if (!is_top_level_await() && unit().kind != UnitKind::AsyncFunction) {
    error("'async for' outside async function");
  }
  Assembler& assembler = unit().assembler;
  Label start = new_label();
  Label stop = new_label();
  Label end = new_label();
  compile_expression(node->iter);
  emit(Opcode::GET_AITER);
  bind(start);
  push_block(FrameBlockKind::ForLoop, start, end);
  assembler.push_handler(HandlerKind::Finally, stop, location_);
  emit(Opcode::GET_ANEXT);
  emit_none();
  emit_send_loop(true);
  assembler.pop_handler();
  compile_store(node->target);
  compile_statements(node->body);
  unset_location();
  emit_jump(Opcode::JUMP_FORWARD, start);
  pop_block();
  bind(stop);
  // END_ASYNC_FOR belongs to the `for` line, not to the body's last line.
  set_location(node->iter->location);
  emit(Opcode::END_ASYNC_FOR);
  compile_statements(node->orelse);
  bind(end);
}

}  // namespace eddy::compiler

// The dis module: dis.dis(x) prints the bytecode of a function, method,
// generator, coroutine, code object, class or source string in the layout
// `eddy --dis` uses (compiler/disassembler.h says how it differs from
// CPython's).
#include <cstdio>
#include <string>

#include "compiler/disassembler.h"
#include "stdlib/keyword_arguments.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/method.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/str_methods.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// The code object behind `x`, as dis.dis finds it: a method's function, a
// function's __code__, a generator's or coroutine's code. Null if none.
Code* code_of(VM& vm, Value x) {
  if (!x.is_object()) return nullptr;
  Type* type = vm.type_of(x);
  if (type == vm.types().method) x = static_cast<Method*>(x.as_object())->function;
  if (!x.is_object()) return nullptr;
  type = vm.type_of(x);
  if (type == vm.types().function) return static_cast<Function*>(x.as_object())->code;
  if (type == vm.types().code) return static_cast<Code*>(x.as_object());
  if (is_generator(vm, x)) return static_cast<Generator*>(x.as_object())->frame()->code;
  return nullptr;
}

// The listing of `x`, or nullopt with an exception set.
std::optional<std::string> listing_of(VM& vm, Value x) {
  if (Code* code = code_of(vm, x)) return compiler::disassemble_recursive(*code->unit);
  if (is_str(vm, x)) {
    // As CPython's dis: an expression is compiled in 'eval' mode (its
    // value returned), anything else in 'exec' mode.
    lexer::Source source("<dis>", to_utf8(as_str(x)));
    std::shared_ptr<const compiler::CodeUnit> unit = compile_source(vm, source, CompileMode::Eval);
    if (!unit) {
      vm.take_exception();
      unit = compile_source(vm, source);
    }
    if (!unit) return std::nullopt;
    return compiler::disassemble_recursive(*unit);
  }
  if (vm.type_of(x) == vm.types().type) {
    // A class: each of its functions, under a heading, in definition order.
    std::string out;
    Dict* namespace_ = static_cast<Type*>(x.as_object())->dict;
    int64_t position = 0;
    Value name;
    Value value;
    while (dict_next(namespace_, position, &name, &value)) {
      Code* code = code_of(vm, value);
      if (!code) continue;
      out += "Disassembly of " + to_utf8(as_str(name)) + ":\n";
      out += compiler::disassemble_recursive(*code->unit) + "\n";
    }
    return out;
  }
  raise(vm, vm.exceptions().TypeError,
        "don't know how to disassemble " + to_utf8(vm.type_of(x)->name) + " objects");
  return std::nullopt;
}

// dis(x, *, file=None): prints the listing to stdout, or to file.write().
Value dis_dis(VM& vm, Value, CallArgs args) {
  if (!check_keywords(vm, "dis", args, {"file", "depth", "show_caches", "adaptive"}) ||
      args.nargs != 1) {
    if (!vm.has_exception()) {
      raise(vm, vm.exceptions().TypeError,
            "dis() takes 1 positional argument but " + std::to_string(args.nargs) + " were given");
    }
    return Value::null();
  }
  std::optional<std::string> text = listing_of(vm, args.values[0]);
  if (!text) return Value::null();
  Value file = keyword(args, vm.intern("file"));
  if (file.is_null() || file.is(vm.none())) {
    std::fwrite(text->data(), 1, text->size(), stdout);
    return vm.none();
  }
  Root<Object> rooted_file(vm.heap(), file);
  Root<Object> written(vm.heap(), Value::from_object(make_str(vm, *text)));
  Value write = get_attribute(vm, rooted_file.value(), vm.intern("write"));
  if (write.is_null()) return write;
  if (call(vm, write, {written.value()}).is_null()) return Value::null();
  return vm.none();
}

constexpr NativeFunctionDef kFunctions[] = {
    {"dis", dis_dis},
    {"disassemble", dis_dis},
};

Module* make_dis_module(VM& vm) {
  return make_native_module(vm, "dis", kFunctions);
}

}  // namespace

void register_dis_module() {
  register_native_module("dis", make_dis_module);
}

}  // namespace eddy::stdlib

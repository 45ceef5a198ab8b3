// mappingproxy: reading passes through to the mapping; writing is refused
// because the type has no setitem slot.
#include "vm/mappingproxy.h"

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

struct MappingProxy : Object {
  Value mapping;
};

Value mapping_of(Value self) {
  return static_cast<MappingProxy*>(self.as_object())->mapping;
}

void trace_mappingproxy(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<MappingProxy*>(object)->mapping);
}

Value proxy_repr(VM& vm, Value self) {
  Value inner = repr(vm, mapping_of(self));
  if (inner.is_null()) return inner;
  return Value::from_object(
      make_str(vm, "mappingproxy(" + to_utf8(static_cast<Str*>(inner.as_object())) + ")"));
}

Value proxy_getitem(VM& vm, Value self, Value key) {
  return get_item(vm, mapping_of(self), key);
}
int proxy_contains(VM& vm, Value self, Value item) {
  return contains(vm, mapping_of(self), item);
}
int64_t proxy_length(VM& vm, Value self) {
  return length(vm, mapping_of(self));
}
Value proxy_iter(VM& vm, Value self) {
  return get_iterator(vm, mapping_of(self));
}
Value proxy_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  return compare(vm, mapping_of(self), other, op);
}

// keys(), values(), items(), get(), copy() and __reversed__() are the
// mapping's own.
template <const char* name>
Value forward_method(VM& vm, Value self, CallArgs args) {
  Value method = get_attribute(vm, mapping_of(self), vm.intern(name));
  if (method.is_null()) return method;
  Root<Object> rooted(vm.heap(), method);
  return call(vm, method, args);
}

constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";
constexpr char kReversed[] = "__reversed__";

constexpr NativeFunctionDef kMethods[] = {
    {"keys", forward_method<kKeys>},   {"values", forward_method<kValues>},
    {"items", forward_method<kItems>}, {"get", forward_method<kGet>},
    {"copy", forward_method<kCopy>},   {"__reversed__", forward_method<kReversed>},
};

}  // namespace

Value make_mappingproxy(VM& vm, Value mapping) {
  Root<Object> rooted(vm.heap(), mapping);
  auto* proxy =
      static_cast<MappingProxy*>(vm.heap().allocate(vm.types().mappingproxy, sizeof(MappingProxy)));
  proxy->mapping = rooted.value();
  return Value::from_object(proxy);
}

void init_mappingproxy_type(VM& vm) {
  Type* type = vm.make_builtin_type("mappingproxy", vm.types().object, sizeof(MappingProxy));
  vm.mutable_types().mappingproxy = type;
  type->gc.trace = trace_mappingproxy;
  TypeSlots& slots = type->slots;
  slots.repr = proxy_repr;
  slots.getitem = proxy_getitem;
  slots.contains = proxy_contains;
  slots.length = proxy_length;
  slots.iter = proxy_iter;
  slots.richcompare = proxy_richcompare;
  add_methods(vm, type, kMethods);
}

}  // namespace eddy::vm

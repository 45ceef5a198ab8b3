// dict.keys(), dict.values() and dict.items() — live views of a dict — and
// the six dict iterator types (keys, values or items; forwards or
// reversed). Keys and items views are set-like: they compare with sets and
// support & | ^ -, whose results are sets.
#include <algorithm>
#include <string>

#include "vm/dict.h"
#include "vm/dict_table.h"
#include "vm/exceptions.h"
#include "vm/iteration.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

struct DictView : Object {
  Dict* dict;
};

// `remaining` counts the entries still expected: finding more than the
// dict had when iteration began means keys were swapped meanwhile.
struct DictIterator : Object {
  Dict* dict;  // null once exhausted
  int64_t position;
  int64_t used_at_start;  // -1 after a size change, so the error repeats
  int64_t remaining;
};

enum class Yield { Keys, Values, Items };

void trace_view(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<DictView*>(object)->dict);
}

void trace_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<DictIterator*>(object)->dict);
}

DictView* as_view(Value value) {
  return static_cast<DictView*>(value.as_object());
}

bool is_set_like_view(VM& vm, Value value) {
  if (!value.is_object()) return false;
  Type* type = value.as_object()->type;
  return type == vm.types().dict_keys || type == vm.types().dict_items;
}

Yield yield_of(VM& vm, Type* type) {
  const BuiltinTypes& t = vm.types();
  if (type == t.dict_keyiterator || type == t.dict_reversekeyiterator || type == t.dict_keys) {
    return Yield::Keys;
  }
  if (type == t.dict_valueiterator || type == t.dict_reversevalueiterator ||
      type == t.dict_values) {
    return Yield::Values;
  }
  return Yield::Items;
}

bool is_reversed(VM& vm, Type* type) {
  const BuiltinTypes& t = vm.types();
  return type == t.dict_reversekeyiterator || type == t.dict_reversevalueiterator ||
         type == t.dict_reverseitemiterator;
}

Value produce(VM& vm, Yield yield, const DictEntry& entry) {
  switch (yield) {
    case Yield::Keys:
      return entry.key;
    case Yield::Values:
      return entry.value;
    case Yield::Items:
      break;
  }
  return Value::from_object(make_tuple(vm, {entry.key, entry.value}));
}

Value dict_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<DictIterator*>(self.as_object());
  Dict* dict = iterator->dict;
  if (!dict) return Value::null();
  if (iterator->used_at_start != dict->used) {
    iterator->used_at_start = -1;
    raise_dict_changed_size(vm);
    return Value::null();
  }
  DictTable* table = dict->table;
  const DictEntry* entries = table ? table->entries() : nullptr;
  int64_t found = -1;
  if (table && is_reversed(vm, iterator->type)) {
    for (int64_t i = std::min(iterator->position, table->entry_count - 1); i >= 0; --i) {
      if (!entries[i].key.is_null()) {
        found = i;
        iterator->position = i - 1;
        break;
      }
    }
  } else if (table) {
    for (int64_t i = iterator->position; i < table->entry_count; ++i) {
      if (!entries[i].key.is_null()) {
        found = i;
        iterator->position = i + 1;
        break;
      }
    }
  }
  if (found < 0) {
    iterator->dict = nullptr;
    return Value::null();
  }
  if (iterator->remaining == 0) {
    iterator->dict = nullptr;
    return raise(vm, vm.exceptions().RuntimeError, "dictionary keys changed during iteration");
  }
  --iterator->remaining;
  return produce(vm, yield_of(vm, iterator->type), entries[found]);
}

// --- views

Value view_repr(VM& vm, Value self) {
  Root<DictView> view(vm.heap(), self);
  std::string name = to_utf8(view->type->name);
  ReprGuard guard(vm, view.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, "..."));
  std::string text = name + "([";
  bool first = true;
  bool ok = for_each(vm, self, [&](Value item) {
    if (!first) text += ", ";
    first = false;
    return append_repr(vm, item, text);
  });
  if (!ok) return Value::null();
  text += "])";
  return Value::from_object(make_str(vm, text));
}

int64_t view_length(VM&, Value self) {
  return as_view(self)->dict->used;
}

Value view_iter(VM& vm, Value self) {
  const BuiltinTypes& t = vm.types();
  Type* type = self.as_object()->type;
  Type* iterator_type = type == t.dict_keys     ? t.dict_keyiterator
                        : type == t.dict_values ? t.dict_valueiterator
                                                : t.dict_itemiterator;
  return make_dict_iterator(vm, iterator_type, as_view(self)->dict);
}

int keys_contains(VM& vm, Value self, Value key) {
  Value value = dict_get(vm, as_view(self)->dict, key);
  if (!value.is_null()) return 1;
  return vm.has_exception() ? -1 : 0;
}

// (k, v) in d.items(): k is a key whose value equals v.
int items_contains(VM& vm, Value self, Value item) {
  if (!item.is_object() || !is_subtype(item.as_object()->type, vm.types().tuple)) return 0;
  auto* pair = static_cast<Tuple*>(item.as_object());
  if (pair->size != 2) return 0;
  Root<Tuple> rooted(vm.heap(), pair);
  Value value = dict_get(vm, as_view(self)->dict, pair->items()[0]);
  if (value.is_null()) return vm.has_exception() ? -1 : 0;
  return equal(vm, value, rooted->items()[1]);
}

// Every item of `inner` is in `outer`: 1, 0 or -1.
int all_contained_in(VM& vm, Value inner, Value outer) {
  Root<Object> rooted_outer(vm.heap(), outer);
  int result = 1;
  bool ok = for_each(vm, inner, [&](Value item) {
    int found = contains(vm, rooted_outer.value(), item);
    if (found <= 0) result = found;
    return found > 0;
  });
  if (!ok && vm.has_exception()) return -1;
  return result;
}

// Views compare with sets and other set-like views as sets do: by length
// first, then containment.
Value view_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_any_set(vm, other) && !is_set_like_view(vm, other)) return vm.not_implemented();
  Root<Object> rooted_self(vm.heap(), self);
  Root<Object> rooted_other(vm.heap(), other);
  int64_t self_length = length(vm, self);
  int64_t other_length = length(vm, other);
  if (self_length < 0 || other_length < 0) return Value::null();
  int result = 0;
  switch (op) {
    case CompareOp::Equal:
    case CompareOp::NotEqual:
      if (self_length == other_length) result = all_contained_in(vm, self, other);
      if (op == CompareOp::NotEqual && result >= 0) result = !result;
      break;
    case CompareOp::Less:
      if (self_length < other_length) result = all_contained_in(vm, self, other);
      break;
    case CompareOp::LessEqual:
      if (self_length <= other_length) result = all_contained_in(vm, self, other);
      break;
    case CompareOp::Greater:
      if (self_length > other_length) result = all_contained_in(vm, other, self);
      break;
    case CompareOp::GreaterEqual:
      if (self_length >= other_length) result = all_contained_in(vm, other, self);
      break;
  }
  if (result < 0) return Value::null();
  return vm.boolean(result);
}

// set(x) for the left operand of a view operator (which need not be the
// view: `{1} | d.keys()` lands here too).
Set* to_set(VM& vm, Value operand) {
  Root<Set> result(vm.heap(), make_set(vm, vm.types().set));
  if (!set_update(vm, result.get(), operand)) return nullptr;
  return result.get();
}

Value view_subtract(VM& vm, Value left, Value right) {
  Root<Object> rooted_right(vm.heap(), right);
  Set* result = to_set(vm, left);
  if (!result) return Value::null();
  Root<Set> rooted(vm.heap(), result);
  if (!set_difference_update(vm, result, rooted_right.value())) return Value::null();
  return rooted.value();
}

Value view_or(VM& vm, Value left, Value right) {
  Root<Object> rooted_right(vm.heap(), right);
  Set* result = to_set(vm, left);
  if (!result) return Value::null();
  Root<Set> rooted(vm.heap(), result);
  if (!set_update(vm, result, rooted_right.value())) return Value::null();
  return rooted.value();
}

Value view_xor(VM& vm, Value left, Value right) {
  Root<Object> rooted_right(vm.heap(), right);
  Set* result = to_set(vm, left);
  if (!result) return Value::null();
  Root<Set> rooted(vm.heap(), result);
  if (!set_symmetric_difference_update(vm, result, rooted_right.value())) return Value::null();
  return rooted.value();
}

// CPython's _PyDictView_Intersect: a set that is at least as large does the
// work itself; otherwise walk the smaller operand and test membership in
// the view.
Value view_and(VM& vm, Value left, Value right) {
  Value view = is_set_like_view(vm, left) ? left : right;
  Value other = view.is(left) ? right : left;
  Root<Object> rooted_view(vm.heap(), view);
  Root<Object> rooted_other(vm.heap(), other);
  int64_t view_length = as_view(view)->dict->used;
  if (other.is_object() && other.as_object()->type == vm.types().set) {
    int64_t other_length = static_cast<Set*>(other.as_object())->used;
    if (view_length <= other_length) {
      Set* result = set_intersection(vm, static_cast<Set*>(other.as_object()), view);
      return result ? Value::from_object(result) : Value::null();
    }
  }
  if (is_set_like_view(vm, other) && as_view(other)->dict->used > view_length) {
    std::swap(view, other);
    rooted_view.set(view);
    rooted_other.set(other);
  }
  bool keys = view.as_object()->type == vm.types().dict_keys;
  Root<Set> result(vm.heap(), make_set(vm, vm.types().set));
  bool ok = for_each(vm, other, [&](Value item) {
    int found = keys ? keys_contains(vm, rooted_view.value(), item)
                     : items_contains(vm, rooted_view.value(), item);
    if (found < 0) return false;
    return found == 0 || set_add(vm, result.get(), item) >= 0;
  });
  return ok ? result.value() : Value::null();
}

Value view_isdisjoint(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "isdisjoint", args)) return Value::null();
  Value view = self;
  Value other = args.values[0];
  if (view.is(other)) return vm.boolean(as_view(view)->dict->used == 0);
  // Walk the shorter side when both have cheap membership tests.
  if (is_any_set(vm, other) || is_set_like_view(vm, other)) {
    int64_t other_length = length(vm, other);
    if (other_length < 0) return Value::null();
    if (other_length > as_view(view)->dict->used) std::swap(view, other);
  }
  Root<Object> rooted_view(vm.heap(), view);
  bool disjoint = true;
  bool ok = for_each(vm, other, [&](Value item) {
    int found = contains(vm, rooted_view.value(), item);
    if (found < 0) return false;
    disjoint = found == 0;
    return disjoint;
  });
  if (!ok && vm.has_exception()) return Value::null();
  return vm.boolean(disjoint);
}

Value view_reversed(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "__reversed__", args)) return Value::null();
  const BuiltinTypes& t = vm.types();
  Type* iterator_type;
  switch (yield_of(vm, self.as_object()->type)) {
    case Yield::Keys:
      iterator_type = t.dict_reversekeyiterator;
      break;
    case Yield::Values:
      iterator_type = t.dict_reversevalueiterator;
      break;
    default:
      iterator_type = t.dict_reverseitemiterator;
      break;
  }
  return make_dict_iterator(vm, iterator_type, as_view(self)->dict);
}

constexpr NativeFunctionDef kSetLikeViewMethods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", view_reversed},
};

constexpr NativeFunctionDef kValuesViewMethods[] = {
    {"__reversed__", view_reversed},
};

}  // namespace

Value make_dict_view(VM& vm, Type* view_type, Dict* dict) {
  Root<Dict> rooted(vm.heap(), dict);
  auto* view = static_cast<DictView*>(vm.heap().allocate(view_type, sizeof(DictView)));
  view->dict = rooted.get();
  return Value::from_object(view);
}

Value make_dict_iterator(VM& vm, Type* iterator_type, Dict* dict) {
  Root<Dict> rooted(vm.heap(), dict);
  auto* iterator =
      static_cast<DictIterator*>(vm.heap().allocate(iterator_type, sizeof(DictIterator)));
  iterator->dict = rooted.get();
  iterator->used_at_start = dict->used;
  iterator->remaining = dict->used;
  iterator->position =
      is_reversed(vm, iterator_type) && dict->table ? dict->table->entry_count - 1 : 0;
  return Value::from_object(iterator);
}

void init_dict_view_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  struct {
    Type*& slot;
    const char* name;
  } views[] = {{types.dict_keys, "dict_keys"},
               {types.dict_values, "dict_values"},
               {types.dict_items, "dict_items"}};
  for (auto& [slot, name] : views) {
    slot = vm.make_builtin_type(name, types.object, sizeof(DictView));
    slot->gc.trace = trace_view;
    slot->slots.repr = view_repr;
    slot->slots.length = view_length;
    slot->slots.iter = view_iter;
  }
  types.dict_keys->slots.contains = keys_contains;
  types.dict_items->slots.contains = items_contains;
  for (Type* set_like : {types.dict_keys, types.dict_items}) {
    TypeSlots& slots = set_like->slots;
    slots.richcompare = view_richcompare;
    slots.binary[static_cast<int>(BinaryOp::Subtract)] = view_subtract;
    slots.binary[static_cast<int>(BinaryOp::And)] = view_and;
    slots.binary[static_cast<int>(BinaryOp::Or)] = view_or;
    slots.binary[static_cast<int>(BinaryOp::Xor)] = view_xor;
    add_methods(vm, set_like, kSetLikeViewMethods);
  }
  add_methods(vm, types.dict_values, kValuesViewMethods);

  struct {
    Type*& slot;
    const char* name;
  } iterators[] = {{types.dict_keyiterator, "dict_keyiterator"},
                   {types.dict_valueiterator, "dict_valueiterator"},
                   {types.dict_itemiterator, "dict_itemiterator"},
                   {types.dict_reversekeyiterator, "dict_reversekeyiterator"},
                   {types.dict_reversevalueiterator, "dict_reversevalueiterator"},
                   {types.dict_reverseitemiterator, "dict_reverseitemiterator"}};
  for (auto& [slot, name] : iterators) {
    slot = vm.make_builtin_type(name, types.object, sizeof(DictIterator));
    slot->gc.trace = trace_iterator;
    slot->slots.iter = iterator_self;
    slot->slots.next = dict_iterator_next;
  }
}

}  // namespace eddy::vm

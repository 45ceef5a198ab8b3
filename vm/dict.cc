// The dict type: the compact hash table (its layout is in dict_table.h),
// lookup with CPython's probe sequence, insertion, deletion and growth,
// then the type's slots and methods. Views and iterators are in
// dict_views.cc.
#include "vm/dict.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "vm/attributes.h"
#include "vm/descriptors.h"
#include "vm/dict_table.h"
#include "vm/exceptions.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

constexpr int64_t kMinIndexSize = 8;
// find_entry's results besides an entry number (and kMissing).
constexpr int64_t kLookupError = -2;

Dict* as_dict(Value value) {
  return static_cast<Dict*>(value.as_object());
}

bool is_dict(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().dict);
}

constexpr uint32_t kClassNamespace = 1;

// Called by every change to a dict's entries.
void note_change(const Dict* dict) {
  if (dict->spare & kClassNamespace) ++class_namespace_changes;
}

bool is_exact_str(VM& vm, Value value) {
  return value.is_object() && value.as_object()->type == vm.types().str;
}

// A dict's index may be 2/3 full before it must grow: beyond that, probe
// sequences get long.
int64_t capacity_for(int64_t index_size) {
  return (index_size << 1) / 3;
}

// Most dicts stay small (instance dicts, keyword arguments), and the
// collector frees them by the thousand, after which as many are made again.
// Their tables, all of the smallest size, go on a free list for reuse
// instead of back to malloc: a free table's first word links to the next.
// Under AddressSanitizer every table goes back to malloc, so a use after
// free is still caught.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kReuseSmallTables = false;
#else
constexpr bool kReuseSmallTables = true;
#endif
DictTable* free_small_tables = nullptr;

DictTable*& next_free_table(DictTable* table) {
  return *reinterpret_cast<DictTable**>(table);
}

void free_table(DictTable* table) {
  if (kReuseSmallTables && table && table->index_size == kMinIndexSize) {
    next_free_table(table) = free_small_tables;
    free_small_tables = table;
  } else {
    std::free(table);
  }
}

DictTable* new_table(VM& vm, int64_t index_size) {
  int64_t capacity = capacity_for(index_size);
  int64_t index_bytes = index_size * DictTable::index_width(index_size);
  size_t bytes = sizeof(DictTable) + index_bytes + capacity * sizeof(DictEntry);
  DictTable* table;
  if (index_size == kMinIndexSize && free_small_tables) {
    table = free_small_tables;
    free_small_tables = next_free_table(table);
  } else {
    table = static_cast<DictTable*>(std::malloc(bytes));
    if (!table) throw std::bad_alloc();
  }
  vm.heap().count_external_allocation(bytes);
  table->index_size = index_size;
  table->capacity = capacity;
  table->entry_count = 0;
  table->index_bytes = index_bytes;
  std::memset(table + 1, 0xFF, index_bytes);  // all kEmptySlot
  return table;
}

// The first index slot on `hash`'s probe sequence that holds no entry
// (empty or deleted).
uint64_t find_free_slot(const DictTable* table, int64_t hash) {
  Probe probe(table, hash);
  while (table->index_at(probe.slot) >= 0)
    probe.advance();
  return probe.slot;
}

// Appends an entry to `table`, which has room for it, and indexes it at
// `free_slot` (kNoFreeSlot: at the first free slot of its probe sequence).
// Inlined into its two callers: adding an attribute to a new instance
// goes through here.
[[gnu::always_inline]] inline void add_entry(DictTable* table, const DictEntry& entry,
                                             uint64_t free_slot = kNoFreeSlot) {
  int64_t n = table->entry_count++;
  table->entries()[n] = entry;
  if (free_slot == kNoFreeSlot) free_slot = find_free_slot(table, entry.hash);
  table->set_index(free_slot, n);
}

// Rebuilds the table with `index_size` slots, keeping the live entries in
// order and dropping the holes.
void resize(VM& vm, Dict* dict, int64_t index_size) {
  DictTable* old_table = dict->table;
  DictTable* table = new_table(vm, index_size);
  if (old_table) {
    const DictEntry* entries = old_table->entries();
    for (int64_t i = 0; i < old_table->entry_count; ++i) {
      if (!entries[i].key.is_null()) add_entry(table, entries[i]);
    }
    free_table(old_table);
  }
  dict->table = table;
}

// The index size for a dict that must hold `count` entries with room to
// grow: a power of two, at least three times `count` (CPython's
// GROWTH_RATE).
int64_t index_size_for(int64_t count) {
  int64_t size = kMinIndexSize;
  while (size < count * 3)
    size <<= 1;
  return size;
}

// find_entry() asking each hash twin's key whether it equals `key`. A key
// equal by __eq__ runs Python code, which may change the dict; the search
// then starts over, and cannot tell where a missing key would go. Never
// inlined: its roots would cost every str lookup a larger frame.
[[gnu::noinline]] int64_t find_entry_by_equality(VM& vm, Dict* dict, Value key, int64_t hash,
                                                 uint64_t* slot) {
  if (slot) *slot = kNoFreeSlot;
  bool ran_python_code = false;
  for (;;) {
    DictTable* table = dict->table;
    if (!table) return kMissing;
    Probe probe(table, hash);
    uint64_t first_deleted = kNoFreeSlot;
    bool restart = false;
    int64_t entry_number;
    for (;;) {
      entry_number = table->index_at(probe.slot);
      if (entry_number == DictTable::kEmptySlot) {
        if (slot && !ran_python_code) {
          *slot = first_deleted != kNoFreeSlot ? first_deleted : probe.slot;
        }
        return kMissing;
      }
      if (entry_number == DictTable::kDeletedSlot) {
        if (first_deleted == kNoFreeSlot) first_deleted = probe.slot;
      } else {
        const DictEntry& entry = table->entries()[entry_number];
        if (entry.key.is(key)) break;
        if (entry.hash == hash) {
          if (is_exact_str(vm, key) && is_exact_str(vm, entry.key)) {
            if (equal_str(static_cast<Str*>(entry.key.as_object()),
                          static_cast<Str*>(key.as_object()))) {
              break;
            }
          } else {
            Root<Dict> rooted_dict(vm.heap(), dict);
            Root<Object> rooted_key(vm.heap(), key);
            Root<Object> start_key(vm.heap(), entry.key);
            ran_python_code = true;
            int same = equal(vm, start_key.value(), key);
            if (same < 0) return kLookupError;
            if (dict->table != table || !table->entries()[entry_number].key.is(start_key.value())) {
              restart = true;
              break;
            }
            if (same) break;
          }
        }
      }
      probe.advance();
    }
    if (restart) continue;
    if (slot) *slot = probe.slot;
    return entry_number;
  }
}

// Finds `key`'s entry: its number, kMissing, or kLookupError. `slot`
// receives the index slot that points to it or, for a missing key, where
// it would go (kNoFreeSlot if unknown). An exact str key is compared
// inline with the str keys it meets; only a hash twin of another type
// (whose __eq__ may say it equals the str) needs the general search.
int64_t find_entry(VM& vm, Dict* dict, Value key, int64_t hash, uint64_t* slot = nullptr) {
  if (is_exact_str(vm, key)) {
    if (!dict->table) return kMissing;
    int64_t found = probe_str(dict->table, static_cast<Str*>(key.as_object()), hash,
                              OtherKeyTypes::kUndecided, slot);
    if (found != kUndecided) return found;
  }
  return find_entry_by_equality(vm, dict, key, hash, slot);
}

// Appends a new entry; the key must not be present. `free_slot` is where
// the lookup that missed it says it goes (or kNoFreeSlot).
void append_entry(VM& vm, Dict* dict, Value key, int64_t hash, Value value,
                  uint64_t free_slot = kNoFreeSlot) {
  DictTable* table = dict->table;
  if (!table || table->entry_count == table->capacity) {
    resize(vm, dict, index_size_for(dict->used));
    table = dict->table;
    free_slot = kNoFreeSlot;
  }
  add_entry(table, DictEntry{hash, key, value}, free_slot);
  ++dict->used;
  note_change(dict);
}

bool insert(VM& vm, Dict* dict, Value key, int64_t hash, Value value) {
  uint64_t slot = kNoFreeSlot;
  int64_t found = find_entry(vm, dict, key, hash, &slot);
  if (found == kLookupError) return false;
  if (found >= 0) {
    dict->table->entries()[found].value = value;
    note_change(dict);
  } else {
    append_entry(vm, dict, key, hash, value, slot);
  }
  return true;
}

void remove_entry(Dict* dict, uint64_t slot, int64_t entry_number) {
  DictTable* table = dict->table;
  table->set_index(slot, DictTable::kDeletedSlot);
  DictEntry& entry = table->entries()[entry_number];
  entry.key = Value::null();
  entry.value = Value::null();
  --dict->used;
  note_change(dict);
}

void trace_dict(Object* object, Tracer& tracer) {
  DictTable* table = static_cast<Dict*>(object)->table;
  if (!table) return;
  const DictEntry* entries = table->entries();
  for (int64_t i = 0; i < table->entry_count; ++i) {
    tracer.visit(entries[i].key);
    tracer.visit(entries[i].value);
  }
}

void destroy_dict(Object* object) {
  free_table(static_cast<Dict*>(object)->table);
}

void clear(Dict* dict) {
  free_table(dict->table);
  dict->table = nullptr;
  dict->used = 0;
  note_change(dict);
}

// Copies every entry of `source` into `target`, overwriting equal keys.
// The hashes are taken from the source table; a __eq__ that mutates
// `source` is caught by the size check.
bool merge(VM& vm, Dict* target, Dict* source) {
  Root<Dict> rooted_target(vm.heap(), target);
  Root<Dict> rooted_source(vm.heap(), source);
  if (target->used == 0 && target->table == nullptr && source->used > 0 &&
      target->type == vm.types().dict) {
    resize(vm, target, index_size_for(source->used));
  }
  int64_t used = source->used;
  for (int64_t i = 0; source->table && i < source->table->entry_count; ++i) {
    DictEntry entry = source->table->entries()[i];
    if (entry.key.is_null()) continue;
    if (!insert(vm, target, entry.key, entry.hash, entry.value)) return false;
    if (source->used != used) {
      raise_dict_changed_size(vm);
      return false;
    }
  }
  return true;
}

// One (key, value) pair of dict(iterable) / update(iterable).
bool insert_pair(VM& vm, Dict* dict, Value item, int64_t position) {
  Root<Object> rooted_item(vm.heap(), item);
  if (!is_iterable(vm, item)) {
    raise(vm, vm.exceptions().TypeError,
          "cannot convert dictionary update sequence element #" + std::to_string(position) +
              " to a sequence");
    return false;
  }
  Root<List> pair(vm.heap(), make_list(vm));
  if (!list_extend(vm, pair.get(), item)) return false;
  if (pair->size != 2) {
    raise(vm, vm.exceptions().ValueError,
          "dictionary update sequence element #" + std::to_string(position) + " has length " +
              std::to_string(pair->size) + "; 2 is required");
    return false;
  }
  return dict_set(vm, dict, pair->items[0], pair->items[1]);
}

// What dict(x) and d.update(x) do with x: merge a dict; for any other
// object with a keys() method, copy x[k] for each k in x.keys(); otherwise
// take x as an iterable of pairs.
bool update_from(VM& vm, Dict* dict, Value source) {
  Root<Dict> target(vm.heap(), dict);
  Root<Object> rooted_source(vm.heap(), source);
  if (is_dict(vm, source)) return merge(vm, dict, as_dict(source));
  Root<Object> keys_method(vm.heap(), get_attribute(vm, source, vm.intern("keys")));
  if (keys_method.value().is_null()) {
    Value error = vm.current_exception();
    if (!is_subtype(vm.type_of(error), vm.exceptions().AttributeError)) return false;
    vm.take_exception();
    int64_t position = 0;
    return for_each(vm, source,
                    [&](Value item) { return insert_pair(vm, target.get(), item, position++); });
  }
  Root<Object> keys(vm.heap(), call(vm, keys_method.value(), {}));
  if (keys.value().is_null()) return false;
  return for_each(vm, keys.value(), [&](Value key) {
    Value value = get_item(vm, rooted_source.value(), key);
    return !value.is_null() && dict_set(vm, target.get(), key, value);
  });
}

// update(): a positional mapping or iterable, then keyword arguments.
bool update_with_args(VM& vm, Dict* dict, CallArgs args) {
  Root<Dict> target(vm.heap(), dict);
  if (args.nargs == 1 && !update_from(vm, dict, args.values[0])) return false;
  int64_t keyword_count = args.kwnames ? args.kwnames->size : 0;
  for (int64_t i = 0; i < keyword_count; ++i) {
    if (!dict_set(vm, target.get(), args.kwnames->items()[i], args.values[args.nargs + i])) {
      return false;
    }
  }
  return true;
}

Dict* copy_of(VM& vm, Dict* source) {
  Root<Dict> rooted(vm.heap(), source);
  Root<Dict> copy(vm.heap(), make_dict(vm));
  if (!merge(vm, copy.get(), rooted.get())) return nullptr;
  return copy.get();
}

// --- slots

Value dict_repr(VM& vm, Value self) {
  Root<Dict> dict(vm.heap(), self);
  if (dict->used == 0) return Value::from_object(make_str(vm, "{}"));
  ReprGuard guard(vm, dict.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, "{...}"));
  std::string text = "{";
  bool first = true;
  // Walk by position, re-reading the table: a repr may change the dict.
  int64_t position = 0;
  Value key, value;
  while (dict_next(dict.get(), position, &key, &value)) {
    Root<Object> rooted_value(vm.heap(), value);
    if (!first) text += ", ";
    first = false;
    if (!append_repr(vm, key, text)) return Value::null();
    text += ": ";
    if (!append_repr(vm, rooted_value.value(), text)) return Value::null();
  }
  text += "}";
  return Value::from_object(make_str(vm, text));
}

// Two dicts are equal when they have the same keys, each mapped to equal
// values; order does not matter.
int dicts_equal(VM& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  Root<Dict> rooted_a(vm.heap(), a);
  Root<Dict> rooted_b(vm.heap(), b);
  for (int64_t i = 0; a->table && i < a->table->entry_count; ++i) {
    DictEntry entry = a->table->entries()[i];
    if (entry.key.is_null()) continue;
    Root<Object> key(vm.heap(), entry.key);
    Root<Object> a_value(vm.heap(), entry.value);
    int64_t found = find_entry(vm, b, entry.key, entry.hash);
    if (found == kLookupError) return -1;
    if (found == kMissing) return 0;
    Root<Object> b_value(vm.heap(), b->table->entries()[found].value);
    int same = equal(vm, a_value.value(), b_value.value());
    if (same <= 0) return same;
  }
  return 1;
}

Value dict_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_dict(vm, other) || (op != CompareOp::Equal && op != CompareOp::NotEqual)) {
    return vm.not_implemented();
  }
  int same = dicts_equal(vm, as_dict(self), as_dict(other));
  if (same < 0) return Value::null();
  return vm.boolean((same == 1) == (op == CompareOp::Equal));
}

int64_t dict_length(VM&, Value self) {
  return as_dict(self)->used;
}

Value dict_getitem(VM& vm, Value self, Value key) {
  Dict* dict = as_dict(self);
  Value value = dict_get(vm, dict, key);
  if (!value.is_null() || vm.has_exception()) return value;
  // A subclass may define __missing__(key), which d[key] calls for a key
  // that is not there (how collections.defaultdict works).
  if (dict->type != vm.types().dict) {
    Value hook = lookup_in_mro(vm, dict->type, vm.names().missing);
    if (!hook.is_null()) return call(vm, hook, {self, key});
  }
  return raise_key_error(vm, key);
}

bool dict_setitem(VM& vm, Value self, Value key, Value value) {
  if (!value.is_null()) return dict_set(vm, as_dict(self), key, value);
  int deleted = dict_delete(vm, as_dict(self), key);
  if (deleted == 0) raise_key_error(vm, key);
  return deleted == 1;
}

int dict_contains(VM& vm, Value self, Value key) {
  Value value = dict_get(vm, as_dict(self), key);
  if (!value.is_null()) return 1;
  return vm.has_exception() ? -1 : 0;
}

Value dict_iter(VM& vm, Value self) {
  return make_dict_iterator(vm, vm.types().dict_keyiterator, as_dict(self));
}

Value dict_or(VM& vm, Value left, Value right) {
  if (!is_dict(vm, left) || !is_dict(vm, right)) return vm.not_implemented();
  Root<Object> rooted_right(vm.heap(), right);
  Dict* result = copy_of(vm, as_dict(left));
  if (!result) return Value::null();
  Root<Dict> rooted_result(vm.heap(), result);
  if (!merge(vm, result, as_dict(rooted_right.value()))) return Value::null();
  return rooted_result.value();
}

Value dict_inplace_or(VM& vm, Value left, Value right) {
  if (!update_from(vm, as_dict(left), right)) return Value::null();
  return left;
}

Value dict_new(VM& vm, Type* type, CallArgs) {
  auto* dict = static_cast<Dict*>(vm.heap().allocate(type, type->instance_size));
  return Value::from_object(dict);
}

bool dict_init(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1) {
    raise(vm, vm.exceptions().TypeError,
          "dict expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  return update_with_args(vm, as_dict(self), args);
}

// --- methods

// The general argument checks of get, setdefault and pop, for the calls
// check_key_and_default() does not wave through; CPython names the method
// "dict.get" when it refuses keywords. Kept out of line: most calls never
// come here.
[[gnu::noinline]] bool check_unusual_key_and_default(VM& vm, std::string_view name, CallArgs args) {
  return check_no_keywords(vm, "dict." + std::string(name), args) &&
         check_positional(vm, name, args, 1, 2);
}

// The arguments of get, setdefault and pop: a key and an optional default.
bool check_key_and_default(VM& vm, std::string_view name, CallArgs args) {
  if (!args.kwnames && (args.nargs == 1 || args.nargs == 2)) return true;
  return check_unusual_key_and_default(vm, name, args);
}

Value dict_get_method(VM& vm, Value self, CallArgs args) {
  if (!check_key_and_default(vm, "get", args)) return Value::null();
  Value value = dict_get(vm, as_dict(self), args.values[0]);
  if (!value.is_null() || vm.has_exception()) return value;
  return args.nargs == 2 ? args.values[1] : vm.none();
}

Value dict_setdefault_method(VM& vm, Value self, CallArgs args) {
  if (!check_key_and_default(vm, "setdefault", args)) return Value::null();
  Value value = dict_get(vm, as_dict(self), args.values[0]);
  if (!value.is_null() || vm.has_exception()) return value;
  Value fallback = args.nargs == 2 ? args.values[1] : vm.none();
  if (!dict_set(vm, as_dict(self), args.values[0], fallback)) return Value::null();
  return fallback;
}

Value dict_pop_method(VM& vm, Value self, CallArgs args) {
  if (!check_key_and_default(vm, "pop", args)) return Value::null();
  Dict* dict = as_dict(self);
  Value key = args.values[0];
  int64_t hash = hash_key(vm, key);
  if (hash == -1) return Value::null();
  uint64_t slot;
  int64_t found = find_entry(vm, dict, key, hash, &slot);
  if (found == kLookupError) return Value::null();
  if (found == kMissing) return args.nargs == 2 ? args.values[1] : raise_key_error(vm, key);
  Value value = dict->table->entries()[found].value;
  remove_entry(dict, slot, found);
  return value;
}

// popitem() removes the most recently inserted entry, and lets the next
// insertion reuse its place at the end of the entries.
Value dict_popitem_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.popitem", args)) return Value::null();
  Root<Dict> dict(vm.heap(), self);
  if (dict->used == 0) {
    return raise(vm, vm.exceptions().KeyError, "popitem(): dictionary is empty");
  }
  DictTable* table = dict->table;
  int64_t last = table->entry_count - 1;
  while (table->entries()[last].key.is_null())
    --last;
  DictEntry entry = table->entries()[last];
  Root<Object> key(vm.heap(), entry.key);
  Root<Object> value(vm.heap(), entry.value);
  Value item = Value::from_object(make_tuple(vm, {key.value(), value.value()}));
  table = dict->table;
  Probe probe(table, entry.hash);
  while (table->index_at(probe.slot) != last)
    probe.advance();
  remove_entry(dict.get(), probe.slot, last);
  table->entry_count = last;
  return item;
}

Value dict_keys_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.keys", args)) return Value::null();
  return make_dict_view(vm, vm.types().dict_keys, as_dict(self));
}

Value dict_values_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.values", args)) return Value::null();
  return make_dict_view(vm, vm.types().dict_values, as_dict(self));
}

Value dict_items_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.items", args)) return Value::null();
  return make_dict_view(vm, vm.types().dict_items, as_dict(self));
}

Value dict_update_method(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1) {
    return raise(vm, vm.exceptions().TypeError,
                 "update expected at most 1 argument, got " + std::to_string(args.nargs));
  }
  if (!update_with_args(vm, as_dict(self), args)) return Value::null();
  return vm.none();
}

Value dict_clear_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.clear", args)) return Value::null();
  clear(as_dict(self));
  return vm.none();
}

Value dict_copy_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.copy", args)) return Value::null();
  Dict* copy = copy_of(vm, as_dict(self));
  return copy ? Value::from_object(copy) : Value::null();
}

Value dict_contains_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "dict.__contains__", args)) return Value::null();
  int found = dict_contains(vm, self, args.values[0]);
  return found < 0 ? Value::null() : vm.boolean(found);
}

Value dict_getitem_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "dict.__getitem__", args)) return Value::null();
  return dict_getitem(vm, self, args.values[0]);
}

Value dict_reversed_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "dict.__reversed__", args)) return Value::null();
  return make_dict_iterator(vm, vm.types().dict_reversekeyiterator, as_dict(self));
}

// dict.fromkeys(iterable, value=None), a class method: a subclass is
// built by calling it, then filled item by item, as CPython does.
Value dict_fromkeys(VM& vm, Value, CallArgs class_and_args) {
  Value cls = class_and_args.values[0];
  CallArgs args{class_and_args.values + 1, class_and_args.nargs - 1, class_and_args.kwnames};
  if (!check_positional(vm, "fromkeys", args, 1, 2)) return Value::null();
  Value value = args.nargs == 2 ? args.values[1] : vm.none();
  Root<Object> rooted_value(vm.heap(), value);
  Root<Object> result(vm.heap(), cls.as_object() == vm.types().dict
                                     ? Value::from_object(make_dict(vm))
                                     : call(vm, cls, {}));
  if (result.value().is_null()) return Value::null();
  bool ok = for_each(vm, args.values[0], [&](Value key) {
    return set_item(vm, result.value(), key, rooted_value.value());
  });
  return ok ? result.value() : Value::null();
}

constexpr NativeFunctionDef kDictMethods[] = {
    {"get", dict_get_method, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_method},
    {"pop", dict_pop_method},
    {"popitem", dict_popitem_method},
    {"keys", dict_keys_method, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_values_method},
    {"items", dict_items_method},
    {"update", dict_update_method},
    {"clear", dict_clear_method},
    {"copy", dict_copy_method},
    {"__contains__", dict_contains_method},
    {"__getitem__", dict_getitem_method},
    {"__reversed__", dict_reversed_method},
};

constexpr NativeFunctionDef kFromKeys = {"fromkeys", dict_fromkeys};

}  // namespace

Dict* make_dict(VM& vm) {
  return static_cast<Dict*>(vm.heap().allocate(vm.types().dict, sizeof(Dict)));
}

Value dict_get(VM& vm, Dict* dict, Value key) {
  int64_t hash = hash_key(vm, key);
  if (hash == -1) return Value::null();
  int64_t found = find_entry(vm, dict, key, hash);
  if (found < 0) return Value::null();
  return dict->table->entries()[found].value;
}

void watch_as_class_namespace(Dict* dict) {
  dict->spare |= kClassNamespace;
  ++class_namespace_changes;
}

Value dict_get_str(VM&, Dict* dict, Str* key) {
  int64_t found = find_str_entry(dict, key, hash_str(key));
  if (found < 0) return Value::null();
  return dict->table->entries()[found].value;
}

Value dict_get_str_rehinting(VM&, Dict* dict, Str* key, int32_t& hint) {
  int64_t found = find_str_entry(dict, key, key->hash != -1 ? key->hash : hash_str(key));
  hint = static_cast<int32_t>(found);
  if (found < 0) return Value::null();
  return dict->table->entries()[found].value;
}

bool dict_set(VM& vm, Dict* dict, Value key, Value value) {
  int64_t hash = hash_key(vm, key);
  if (hash == -1) return false;
  return insert(vm, dict, key, hash, value);
}

bool dict_set_str(VM& vm, Dict* dict, Str* key, Value value) {
  int64_t hash = key->hash != -1 ? key->hash : hash_str(key);
  uint64_t slot = kNoFreeSlot;
  int64_t found =
      dict->table ? probe_str(dict->table, key, hash, OtherKeyTypes::kSkip, &slot) : kMissing;
  if (found >= 0) {
    dict->table->entries()[found].value = value;
    note_change(dict);
  } else {
    append_entry(vm, dict, Value::from_object(key), hash, value, slot);
  }
  return true;
}

int dict_delete(VM& vm, Dict* dict, Value key) {
  int64_t hash = hash_key(vm, key);
  if (hash == -1) return -1;
  uint64_t slot;
  int64_t found = find_entry(vm, dict, key, hash, &slot);
  if (found == kLookupError) return -1;
  if (found == kMissing) return 0;
  remove_entry(dict, slot, found);
  return 1;
}

bool dict_next(const Dict* dict, int64_t& position, Value* key, Value* value) {
  const DictTable* table = dict->table;
  if (!table) return false;
  const DictEntry* entries = table->entries();
  while (position < table->entry_count) {
    const DictEntry& entry = entries[position++];
    if (entry.key.is_null()) continue;
    *key = entry.key;
    if (value) *value = entry.value;
    return true;
  }
  return false;
}

// A small int is its own hash (-1 excepted, which is the error code); a
// str caches its own.
int64_t hash_key(VM& vm, Value key) {
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    return i == -1 ? -2 : i;
  }
  if (is_exact_str(vm, key)) {
    auto* str = static_cast<Str*>(key.as_object());
    return str->hash != -1 ? str->hash : hash_str(str);
  }
  return hash(vm, key);
}

Value raise_key_error(VM& vm, Value key) {
  Value error = call(vm, Value::from_object(vm.exceptions().KeyError), {key});
  if (error.is_null()) return Value::null();
  return raise_value(vm, error);
}

void raise_dict_changed_size(VM& vm) {
  raise(vm, vm.exceptions().RuntimeError, "dictionary changed size during iteration");
}

void init_dict_type(VM& vm) {
  Type* type = vm.types().dict;
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.trace = trace_dict;
  type->gc.destroy = destroy_dict;
  TypeSlots& slots = type->slots;
  slots.repr = dict_repr;
  slots.richcompare = dict_richcompare;
  slots.length = dict_length;
  slots.getitem = dict_getitem;
  slots.setitem = dict_setitem;
  slots.contains = dict_contains;
  slots.iter = dict_iter;
  slots.binary[static_cast<int>(BinaryOp::Or)] = dict_or;
  slots.inplace[static_cast<int>(BinaryOp::Or)] = dict_inplace_or;
  slots.new_instance = dict_new;
  slots.init = dict_init;
  add_methods(vm, type, kDictMethods);
  Root<Object> fromkeys(vm.heap(), make_native_function(vm, &kFromKeys, Value::null()));
  Root<Object> class_method(vm.heap(),
                            make_class_method(vm, vm.types().classmethod, fromkeys.value()));
  dict_set_str(vm, type->dict, vm.intern("fromkeys"), class_method.value());
  init_dict_view_types(vm);
}

}  // namespace eddy::vm

// The set and frozenset types: the open-addressing table (see set.h), the
// set algebra with CPython's choices of which operand to walk (they decide
// the order of the result), the methods, and set_iterator.
#include "vm/set.h"

#include <cstdlib>
#include <new>
#include <string>

#include "vm/dict.h"
#include "vm/dict_table.h"
#include "vm/exceptions.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/repr_guard.h"
#include "vm/sequence.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

constexpr int64_t kMinSize = 8;
// Probe this many neighbouring slots before jumping: they share a cache line.
constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr int64_t kDummyHash = -1;
constexpr int64_t kMissing = -1;
constexpr int64_t kLookupError = -2;

Set* as_set(Value value) {
  return static_cast<Set*>(value.as_object());
}

bool is_active(const SetEntry& entry) {
  return !entry.key.is_null();
}
bool is_unused(const SetEntry& entry) {
  return entry.key.is_null() && entry.hash == 0;
}

bool is_exact_str(VM& vm, Value value) {
  return value.is_object() && value.as_object()->type == vm.types().str;
}

SetEntry* new_table(int64_t size) {
  auto* table = static_cast<SetEntry*>(std::malloc(size * sizeof(SetEntry)));
  if (!table) throw std::bad_alloc();
  for (int64_t i = 0; i < size; ++i)
    table[i] = SetEntry{Value::null(), 0};
  return table;
}

// The probe sequence: from hash & mask, look at up to kLinearProbes more
// slots in a row (unless that would run off the table's end), then jump as
// the dict does (i*5 + 1 + perturb, shifting the hash's high bits in).
// Calls visit(index) for each slot until it returns true; returns that slot.
template <class Visit>
int64_t probe(const Set* set, int64_t hash, Visit&& visit) {
  uint64_t mask = static_cast<uint64_t>(set->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    int64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (uint64_t j = i; j <= i + probes; ++j) {
      if (visit(static_cast<int64_t>(j))) return static_cast<int64_t>(j);
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// The slot holding a key equal to `key`, kMissing, or kLookupError. When
// missing, `free_slot` receives where the key would go: the first dummy on
// its path if there is one, else the unused slot that ended the search. A
// __eq__ that changes the set restarts the search.
int64_t find(VM& vm, Set* set, Value key, int64_t hash, int64_t* free_slot = nullptr) {
  for (;;) {
    SetEntry* table = set->table;
    bool restart = false;
    bool error = false;
    bool found = false;
    int64_t first_dummy = -1;
    int64_t slot = probe(set, hash, [&](int64_t i) {
      SetEntry& entry = table[i];
      if (is_unused(entry)) return true;
      if (!is_active(entry)) {
        if (first_dummy < 0) first_dummy = i;
        return false;
      }
      if (entry.hash != hash) return false;
      if (entry.key.is(key)) return found = true;
      if (is_exact_str(vm, key) && is_exact_str(vm, entry.key)) {
        found =
            equal_str(static_cast<Str*>(entry.key.as_object()), static_cast<Str*>(key.as_object()));
        return found;
      }
      Root<Set> rooted_set(vm.heap(), set);
      Root<Object> rooted_key(vm.heap(), key);
      Root<Object> start_key(vm.heap(), entry.key);
      int same = equal(vm, start_key.value(), key);
      if (same < 0) return error = true;
      if (set->table != table || !table[i].key.is(start_key.value())) return restart = true;
      return found = same == 1;
    });
    if (error) return kLookupError;
    if (restart) continue;
    if (found) return slot;
    if (free_slot) *free_slot = first_dummy >= 0 ? first_dummy : slot;
    return kMissing;
  }
}

// Puts a key known to be absent into a table without dummies.
void insert_clean(Set* set, Value key, int64_t hash) {
  int64_t slot = probe(set, hash, [&](int64_t i) { return set->table[i].key.is_null(); });
  set->table[slot] = SetEntry{key, hash};
}

// Rebuilds the table with the smallest power-of-two size above
// `min_used`, dropping the dummies; the active entries are re-inserted in
// table order, as CPython does, so the resulting order matches.
void resize(Set* set, int64_t min_used) {
  int64_t size = kMinSize;
  while (size <= min_used)
    size <<= 1;
  SetEntry* old_table = set->table;
  int64_t old_size = set->mask + 1;
  set->table = new_table(size);
  set->mask = size - 1;
  for (int64_t i = 0; i < old_size; ++i) {
    if (is_active(old_table[i])) insert_clean(set, old_table[i].key, old_table[i].hash);
  }
  set->fill = set->used;
  std::free(old_table);
}

int64_t growth_target(const Set* set) {
  return set->used > 50000 ? set->used * 2 : set->used * 4;
}

// Adds `key` with its known hash: 1 added, 0 present, -1 error. A new key
// takes the first dummy on its probe path, or else the unused slot that
// ended it; the table grows once 60% of it is filled (active or dummy).
int add_entry(VM& vm, Set* set, Value key, int64_t hash) {
  int64_t free_slot;
  int64_t found = find(vm, set, key, hash, &free_slot);
  if (found == kLookupError) return -1;
  if (found >= 0) return 0;
  bool reuses_dummy = !is_unused(set->table[free_slot]);
  set->table[free_slot] = SetEntry{key, hash};
  ++set->used;
  if (reuses_dummy) return 1;
  ++set->fill;
  if (set->fill * 5 >= set->mask * 3) resize(set, growth_target(set));
  return 1;
}

// 1 removed, 0 absent, -1 error.
int discard_entry(VM& vm, Set* set, Value key, int64_t hash) {
  int64_t found = find(vm, set, key, hash);
  if (found < 0) return found == kMissing ? 0 : -1;
  set->table[found] = SetEntry{Value::null(), kDummyHash};
  --set->used;
  return 1;
}

// A set used as a key (`s.remove({1})`, `{1} in sets`) is looked up as the
// equal frozenset, as CPython allows.
template <class Operation>
int with_frozen_fallback(VM& vm, Value key, Operation&& operation) {
  int64_t hash = hash_key(vm, key);
  if (hash != -1) return operation(key, hash);
  if (!key.is_object() || !is_subtype(key.as_object()->type, vm.types().set) ||
      !is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().TypeError)) {
    return -1;
  }
  vm.take_exception();
  Root<Set> frozen(vm.heap(), make_set(vm, vm.types().frozenset));
  if (!set_update(vm, frozen.get(), key)) return -1;
  hash = hash_key(vm, frozen.value());
  if (hash == -1) return -1;
  return operation(frozen.value(), hash);
}

int contains_key(VM& vm, Set* set, Value key) {
  Root<Set> rooted(vm.heap(), set);
  return with_frozen_fallback(vm, key, [&](Value k, int64_t hash) {
    int64_t found = find(vm, rooted.get(), k, hash);
    return found >= 0 ? 1 : found == kMissing ? 0 : -1;
  });
}

int discard_key(VM& vm, Set* set, Value key) {
  Root<Set> rooted(vm.heap(), set);
  return with_frozen_fallback(
      vm, key, [&](Value k, int64_t hash) { return discard_entry(vm, rooted.get(), k, hash); });
}

// The base type of a set operation's result: set or frozenset, whatever
// subclass the operand is (CPython's make_new_set_basetype).
Type* base_set_type(VM& vm, const Set* set) {
  return is_subtype(set->type, vm.types().frozenset) ? vm.types().frozenset : vm.types().set;
}

// Adds every entry of `other` to `set`: one resize up front, then a plain
// copy when the tables match and `set` is empty, else ordinary insertion.
bool merge(VM& vm, Set* set, Set* other) {
  if (set == other || other->used == 0) return true;
  Root<Set> rooted_set(vm.heap(), set);
  Root<Set> rooted_other(vm.heap(), other);
  if ((set->fill + other->used) * 5 >= set->mask * 3) resize(set, (set->used + other->used) * 2);
  if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i)
      set->table[i] = other->table[i];
    set->fill = set->used = other->used;
    return true;
  }
  if (set->fill == 0) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (is_active(other->table[i])) insert_clean(set, other->table[i].key, other->table[i].hash);
    }
    set->fill = set->used = other->used;
    return true;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    SetEntry entry = other->table[i];
    if (is_active(entry) && add_entry(vm, set, entry.key, entry.hash) < 0) return false;
  }
  return true;
}

Set* copy_as(VM& vm, Type* type, Set* source) {
  Root<Set> rooted(vm.heap(), source);
  Root<Set> copy(vm.heap(), make_set(vm, type));
  if (!merge(vm, copy.get(), rooted.get())) return nullptr;
  return copy.get();
}

Set* copy_of(VM& vm, Set* set) {
  return copy_as(vm, base_set_type(vm, set), set);
}

void trace_set(Object* object, Tracer& tracer) {
  auto* set = static_cast<Set*>(object);
  if (!set->table) return;
  for (int64_t i = 0; i <= set->mask; ++i)
    tracer.visit(set->table[i].key);
}

void destroy_set(Object* object) {
  std::free(static_cast<Set*>(object)->table);
}

void clear(Set* set) {
  std::free(set->table);
  set->table = new_table(kMinSize);
  set->mask = kMinSize - 1;
  set->fill = set->used = 0;
}

// --- the set algebra

Set* difference(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  Root<Object> rooted_other(vm.heap(), other);
  int64_t other_size;
  bool other_is_dict = other.is_object() && other.as_object()->type == vm.types().dict;
  if (is_any_set(vm, other)) {
    other_size = as_set(other)->used;
  } else if (other_is_dict) {
    other_size = static_cast<Dict*>(other.as_object())->used;
  } else {
    other_size = -1;
  }
  // Much larger than the other operand (or the other is any iterable):
  // copy, then remove the other's items.
  if (other_size < 0 || (set->used >> 2) > other_size) {
    Set* result = copy_of(vm, set);
    if (!result) return nullptr;
    Root<Set> rooted_result(vm.heap(), result);
    if (!set_difference_update(vm, result, other)) return nullptr;
    return result;
  }
  Root<Set> result(vm.heap(), make_set(vm, base_set_type(vm, set)));
  for (int64_t i = 0; i <= rooted->mask; ++i) {
    SetEntry entry = rooted->table[i];
    if (!is_active(entry)) continue;
    Root<Object> key(vm.heap(), entry.key);
    int found;
    if (other_is_dict) {
      Value value = dict_get(vm, static_cast<Dict*>(rooted_other.value().as_object()), entry.key);
      found = !value.is_null() ? 1 : vm.has_exception() ? -1 : 0;
    } else {
      int64_t slot = find(vm, as_set(rooted_other.value()), entry.key, entry.hash);
      found = slot >= 0 ? 1 : slot == kMissing ? 0 : -1;
    }
    if (found < 0) return nullptr;
    if (!found && add_entry(vm, result.get(), entry.key, entry.hash) < 0) return nullptr;
  }
  return result.get();
}

bool intersection_update(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  Set* result = set_intersection(vm, set, other);
  if (!result) return false;
  std::swap(rooted->table, result->table);
  std::swap(rooted->mask, result->mask);
  std::swap(rooted->fill, result->fill);
  std::swap(rooted->used, result->used);
  return true;
}

// set <= other: every item of set is in other (an iterable is made a set).
int is_subset(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  Root<Object> rooted_other(vm.heap(), other);
  if (!is_any_set(vm, other)) {
    Root<Set> other_set(vm.heap(), make_set(vm, vm.types().set));
    if (!set_update(vm, other_set.get(), other)) return -1;
    rooted_other.set(other_set.value());
  }
  Set* superset = as_set(rooted_other.value());
  if (rooted->used > superset->used) return 0;
  for (int64_t i = 0; i <= rooted->mask; ++i) {
    SetEntry entry = rooted->table[i];
    if (!is_active(entry)) continue;
    Root<Object> key(vm.heap(), entry.key);
    int64_t found = find(vm, as_set(rooted_other.value()), entry.key, entry.hash);
    if (found == kLookupError) return -1;
    if (found == kMissing) return 0;
  }
  return 1;
}

int is_superset(VM& vm, Set* set, Value other) {
  if (is_any_set(vm, other)) return is_subset(vm, as_set(other), Value::from_object(set));
  Root<Set> rooted(vm.heap(), set);
  int result = 1;
  bool ok = for_each(vm, other, [&](Value item) {
    int found = contains_key(vm, rooted.get(), item);
    if (found <= 0) result = found;
    return found > 0;
  });
  if (!ok && vm.has_exception()) return -1;
  return result;
}

int is_disjoint(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  if (other.is(Value::from_object(set))) return set->used == 0;
  Root<Object> walked(vm.heap(), other);
  Root<Set> tested(vm.heap(), set);
  if (is_any_set(vm, other) && as_set(other)->used > set->used) {
    walked.set(Value::from_object(set));
    tested.set(other);
  }
  int result = 1;
  bool ok = for_each(vm, walked.value(), [&](Value item) {
    int found = contains_key(vm, tested.get(), item);
    if (found != 0) result = found < 0 ? -1 : 0;
    return found == 0;
  });
  if (!ok && vm.has_exception()) return -1;
  return result;
}

// --- slots

Value set_repr(VM& vm, Value self) {
  Root<Set> set(vm.heap(), self);
  std::string name = to_utf8(set->type->name);
  if (set->used == 0) return Value::from_object(make_str(vm, name + "()"));
  ReprGuard guard(vm, set.get());
  if (guard.recursive()) return Value::from_object(make_str(vm, name + "(...)"));
  bool bare = set->type == vm.types().set;
  std::string text = bare ? "{" : name + "({";
  bool first = true;
  for (int64_t i = 0; i <= set->mask; ++i) {
    if (!is_active(set->table[i])) continue;
    if (!first) text += ", ";
    first = false;
    if (!append_repr(vm, set->table[i].key, text)) return Value::null();
  }
  text += bare ? "}" : "})";
  return Value::from_object(make_str(vm, text));
}

// CPython's frozenset hash: an order-independent mix (xor) of each item's
// hash, shuffled so that similar hashes do not cancel out, then scrambled
// with the size so that nested frozensets spread well.
int64_t frozenset_hash(VM&, Value self) {
  Set* set = as_set(self);
  if (set->hash != -1) return set->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (int64_t i = 0; i <= set->mask; ++i) {
    if (is_active(set->table[i])) hash ^= shuffle(static_cast<uint64_t>(set->table[i].hash));
  }
  hash ^= (static_cast<uint64_t>(set->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  set->hash = static_cast<int64_t>(hash);
  return set->hash;
}

Value set_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_any_set(vm, other)) return vm.not_implemented();
  Set* a = as_set(self);
  Set* b = as_set(other);
  int result = 0;
  switch (op) {
    case CompareOp::Equal:
    case CompareOp::NotEqual:
      result = a->used == b->used ? is_subset(vm, a, other) : 0;
      if (result >= 0 && op == CompareOp::NotEqual) result = !result;
      break;
    case CompareOp::LessEqual:
      result = is_subset(vm, a, other);
      break;
    case CompareOp::GreaterEqual:
      result = is_superset(vm, a, other);
      break;
    case CompareOp::Less:
      result = a->used < b->used ? is_subset(vm, a, other) : 0;
      break;
    case CompareOp::Greater:
      result = a->used > b->used ? is_superset(vm, a, other) : 0;
      break;
  }
  if (result < 0) return Value::null();
  return vm.boolean(result);
}

int64_t set_length(VM&, Value self) {
  return as_set(self)->used;
}

int set_contains_slot(VM& vm, Value self, Value key) {
  return contains_key(vm, as_set(self), key);
}

struct SetIterator : Object {
  Set* set;  // null once exhausted
  int64_t position;
  int64_t used_at_start;  // -1 after a size change, so the error repeats
};

void trace_set_iterator(Object* object, Tracer& tracer) {
  tracer.visit(static_cast<SetIterator*>(object)->set);
}

Value set_iter(VM& vm, Value self) {
  Root<Set> set(vm.heap(), self);
  auto* iterator =
      static_cast<SetIterator*>(vm.heap().allocate(vm.types().set_iterator, sizeof(SetIterator)));
  iterator->set = set.get();
  iterator->used_at_start = set->used;
  return Value::from_object(iterator);
}

Value set_iterator_next(VM& vm, Value self) {
  auto* iterator = static_cast<SetIterator*>(self.as_object());
  Set* set = iterator->set;
  if (!set) return Value::null();
  if (iterator->used_at_start != set->used) {
    iterator->used_at_start = -1;
    raise_set_changed_size(vm);
    return Value::null();
  }
  Value key;
  if (set_next(set, iterator->position, &key)) return key;
  iterator->set = nullptr;
  return Value::null();
}

// The binary operators take sets only (a list operand is a TypeError,
// unlike the methods, which take any iterable).
template <Set* (*Operation)(VM&, Set*, Value)>
Value set_operator(VM& vm, Value left, Value right) {
  if (!is_any_set(vm, left) || !is_any_set(vm, right)) return vm.not_implemented();
  Set* result = Operation(vm, as_set(left), right);
  return result ? Value::from_object(result) : Value::null();
}

Set* union_of(VM& vm, Set* set, Value other) {
  Root<Object> rooted_other(vm.heap(), other);
  Set* result = copy_of(vm, set);
  if (!result) return nullptr;
  Root<Set> rooted(vm.heap(), result);
  return set_update(vm, result, rooted_other.value()) ? result : nullptr;
}

// CPython builds set ^ other from a copy of `other`, updated with `set`.
Set* symmetric_difference(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  Root<Set> result(vm.heap(), make_set(vm, base_set_type(vm, set)));
  if (!set_update(vm, result.get(), other)) return nullptr;
  if (!set_symmetric_difference_update(vm, result.get(), rooted.value())) return nullptr;
  return result.get();
}

template <bool (*Operation)(VM&, Set*, Value)>
Value set_inplace_operator(VM& vm, Value left, Value right) {
  if (!is_any_set(vm, right)) return vm.not_implemented();
  if (!Operation(vm, as_set(left), right)) return Value::null();
  return left;
}

bool intersection_update_operator(VM& vm, Set* set, Value other) {
  return intersection_update(vm, set, other);
}

// set.__new__ makes an empty set and set.__init__ fills it; a frozenset,
// being immutable, is complete from __new__ (frozenset(f) is f).
Value set_new(VM& vm, Type* type, CallArgs) {
  return Value::from_object(make_set(vm, type));
}

bool set_init(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set", args)) return false;
  if (!check_positional(vm, "set", args, 0, 1)) return false;
  Set* set = as_set(self);
  if (set->used > 0) clear(set);
  return args.nargs == 0 || set_update(vm, set, args.values[0]);
}

Value frozenset_new(VM& vm, Type* type, CallArgs args) {
  if (!check_no_keywords(vm, "frozenset", args)) return Value::null();
  if (!check_positional(vm, "frozenset", args, 0, 1)) return Value::null();
  if (args.nargs == 1 && type == vm.types().frozenset && args.values[0].is_object() &&
      args.values[0].as_object()->type == type) {
    return args.values[0];
  }
  Root<Set> set(vm.heap(), make_set(vm, type));
  if (args.nargs == 1 && !set_update(vm, set.get(), args.values[0])) return Value::null();
  return set.value();
}

bool frozenset_init(VM&, Value, CallArgs) {
  return true;
}

// --- methods

Value result_or_null(Set* set) {
  return set ? Value::from_object(set) : Value::null();
}

Value method_add(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.add", args)) return Value::null();
  return set_add(vm, as_set(self), args.values[0]) < 0 ? Value::null() : vm.none();
}

Value method_remove(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.remove", args)) return Value::null();
  int removed = discard_key(vm, as_set(self), args.values[0]);
  if (removed < 0) return Value::null();
  return removed ? vm.none() : raise_key_error(vm, args.values[0]);
}

Value method_discard(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.discard", args)) return Value::null();
  return discard_key(vm, as_set(self), args.values[0]) < 0 ? Value::null() : vm.none();
}

// pop() takes the first active slot from where the last pop stopped, so
// repeated pops do not rescan the emptied front of the table.
Value method_pop(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "set.pop", args)) return Value::null();
  Set* set = as_set(self);
  if (set->used == 0) return raise(vm, vm.exceptions().KeyError, "pop from an empty set");
  int64_t i = set->finger & set->mask;
  while (!is_active(set->table[i]))
    i = i == set->mask ? 0 : i + 1;
  Value key = set->table[i].key;
  set->table[i] = SetEntry{Value::null(), kDummyHash};
  --set->used;
  set->finger = i + 1;
  return key;
}

Value method_clear(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "set.clear", args)) return Value::null();
  clear(as_set(self));
  return vm.none();
}

Value method_copy(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "set.copy", args)) return Value::null();
  Set* set = as_set(self);
  if (set->type == vm.types().frozenset) return self;
  return result_or_null(copy_of(vm, set));
}

// The methods taking any number of iterables (union, update, ...).
Value method_update(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.update", args)) return Value::null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!set_update(vm, as_set(self), args.values[i])) return Value::null();
  }
  return vm.none();
}

Value method_union(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.union", args)) return Value::null();
  Root<Set> result(vm.heap(), copy_of(vm, as_set(self)));
  if (result.value().is_null()) return Value::null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!set_update(vm, result.get(), args.values[i])) return Value::null();
  }
  return result.value();
}

Value method_intersection(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.intersection", args)) return Value::null();
  Root<Set> result(vm.heap(), copy_of(vm, as_set(self)));
  if (result.value().is_null()) return Value::null();
  for (size_t i = 0; i < args.nargs; ++i) {
    Set* next = set_intersection(vm, result.get(), args.values[i]);
    if (!next) return Value::null();
    result.set(Value::from_object(next));
  }
  return result.value();
}

Value method_intersection_update(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.intersection_update", args)) return Value::null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!intersection_update(vm, as_set(self), args.values[i])) return Value::null();
  }
  return vm.none();
}

Value method_difference(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.difference", args)) return Value::null();
  if (args.nargs == 0) return result_or_null(copy_of(vm, as_set(self)));
  Root<Set> result(vm.heap(), difference(vm, as_set(self), args.values[0]));
  if (result.value().is_null()) return Value::null();
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!set_difference_update(vm, result.get(), args.values[i])) return Value::null();
  }
  return result.value();
}

Value method_difference_update(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "set.difference_update", args)) return Value::null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!set_difference_update(vm, as_set(self), args.values[i])) return Value::null();
  }
  return vm.none();
}

Value method_symmetric_difference(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.symmetric_difference", args)) return Value::null();
  return result_or_null(symmetric_difference(vm, as_set(self), args.values[0]));
}

Value method_symmetric_difference_update(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.symmetric_difference_update", args)) return Value::null();
  if (!set_symmetric_difference_update(vm, as_set(self), args.values[0])) return Value::null();
  return vm.none();
}

Value truth_or_null(VM& vm, int result) {
  return result < 0 ? Value::null() : vm.boolean(result);
}

Value method_issubset(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.issubset", args)) return Value::null();
  return truth_or_null(vm, is_subset(vm, as_set(self), args.values[0]));
}

Value method_issuperset(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.issuperset", args)) return Value::null();
  return truth_or_null(vm, is_superset(vm, as_set(self), args.values[0]));
}

Value method_isdisjoint(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.isdisjoint", args)) return Value::null();
  return truth_or_null(vm, is_disjoint(vm, as_set(self), args.values[0]));
}

Value method_contains(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "set.__contains__", args)) return Value::null();
  return truth_or_null(vm, contains_key(vm, as_set(self), args.values[0]));
}

constexpr NativeFunctionDef kSetMethods[] = {
    {"add", method_add},
    {"remove", method_remove},
    {"discard", method_discard},
    {"pop", method_pop},
    {"clear", method_clear},
    {"copy", method_copy},
    {"update", method_update},
    {"union", method_union},
    {"intersection", method_intersection},
    {"intersection_update", method_intersection_update},
    {"difference", method_difference},
    {"difference_update", method_difference_update},
    {"symmetric_difference", method_symmetric_difference},
    {"symmetric_difference_update", method_symmetric_difference_update},
    {"issubset", method_issubset},
    {"issuperset", method_issuperset},
    {"isdisjoint", method_isdisjoint},
    {"__contains__", method_contains},
};

constexpr NativeFunctionDef kFrozensetMethods[] = {
    {"copy", method_copy},
    {"union", method_union},
    {"intersection", method_intersection},
    {"difference", method_difference},
    {"symmetric_difference", method_symmetric_difference},
    {"issubset", method_issubset},
    {"issuperset", method_issuperset},
    {"isdisjoint", method_isdisjoint},
    {"__contains__", method_contains},
};

void fill_common_slots(Type* type) {
  type->flags |= kTypeAcceptsSubclasses;
  type->gc.trace = trace_set;
  type->gc.destroy = destroy_set;
  TypeSlots& slots = type->slots;
  slots.repr = set_repr;
  slots.richcompare = set_richcompare;
  slots.length = set_length;
  slots.contains = set_contains_slot;
  slots.iter = set_iter;
  slots.binary[static_cast<int>(BinaryOp::Subtract)] = set_operator<difference>;
  slots.binary[static_cast<int>(BinaryOp::And)] = set_operator<set_intersection>;
  slots.binary[static_cast<int>(BinaryOp::Or)] = set_operator<union_of>;
  slots.binary[static_cast<int>(BinaryOp::Xor)] = set_operator<symmetric_difference>;
}

}  // namespace

Set* make_set(VM& vm, Type* type) {
  auto* set = static_cast<Set*>(vm.heap().allocate(type, type->instance_size));
  set->table = new_table(kMinSize);
  set->mask = kMinSize - 1;
  set->hash = -1;
  return set;
}

int set_add(VM& vm, Set* set, Value key) {
  Root<Set> rooted(vm.heap(), set);
  Root<Object> rooted_key(vm.heap(), key);
  int64_t hash = hash_key(vm, key);
  if (hash == -1) return -1;
  return add_entry(vm, set, key, hash);
}

int set_contains(VM& vm, Set* set, Value key) {
  return contains_key(vm, set, key);
}

bool set_update(VM& vm, Set* set, Value iterable) {
  if (is_any_set(vm, iterable)) return merge(vm, set, as_set(iterable));
  Root<Set> rooted(vm.heap(), set);
  if (iterable.is_object() && iterable.as_object()->type == vm.types().dict) {
    auto* dict = static_cast<Dict*>(iterable.as_object());
    if ((set->fill + dict->used) * 5 >= set->mask * 3) resize(set, (set->used + dict->used) * 2);
  }
  return for_each(vm, iterable, [&](Value key) { return set_add(vm, rooted.get(), key) >= 0; });
}

bool set_next(const Set* set, int64_t& position, Value* key) {
  while (position <= set->mask) {
    const SetEntry& entry = set->table[position++];
    if (is_active(entry)) {
      *key = entry.key;
      return true;
    }
  }
  return false;
}

bool is_any_set(VM& vm, Value value) {
  if (!value.is_object()) return false;
  Type* type = value.as_object()->type;
  return is_subtype(type, vm.types().set) || is_subtype(type, vm.types().frozenset);
}

bool set_difference_update(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  if (other.is(Value::from_object(set))) {
    clear(set);
    return true;
  }
  if (is_any_set(vm, other)) {
    Root<Set> walked(vm.heap(), other);
    // Against a much larger set, only the common items matter.
    if ((walked->used >> 3) > set->used) {
      Set* common = set_intersection(vm, set, other);
      if (!common) return false;
      walked.set(Value::from_object(common));
    }
    for (int64_t i = 0; i <= walked->mask; ++i) {
      SetEntry entry = walked->table[i];
      if (is_active(entry) && discard_entry(vm, rooted.get(), entry.key, entry.hash) < 0) {
        return false;
      }
    }
  } else {
    bool ok =
        for_each(vm, other, [&](Value key) { return discard_key(vm, rooted.get(), key) >= 0; });
    if (!ok) return false;
  }
  // More than a quarter dummies: rebuild.
  if (rooted->fill - rooted->used > rooted->mask / 4) resize(rooted.get(), growth_target(set));
  return true;
}

bool set_symmetric_difference_update(VM& vm, Set* set, Value other) {
  Root<Set> rooted(vm.heap(), set);
  if (other.is(Value::from_object(set))) {
    clear(set);
    return true;
  }
  Root<Object> walked(vm.heap(), other);
  if (!is_any_set(vm, other)) {
    Root<Set> other_set(vm.heap(), make_set(vm, base_set_type(vm, set)));
    if (!set_update(vm, other_set.get(), other)) return false;
    walked.set(other_set.value());
  }
  Set* source = as_set(walked.value());
  for (int64_t i = 0; i <= source->mask; ++i) {
    SetEntry entry = source->table[i];
    if (!is_active(entry)) continue;
    Root<Object> key(vm.heap(), entry.key);
    int removed = discard_entry(vm, rooted.get(), entry.key, entry.hash);
    if (removed < 0) return false;
    if (removed == 0 && add_entry(vm, rooted.get(), entry.key, entry.hash) < 0) return false;
  }
  return true;
}

// set & other: walk the smaller of two sets and keep what the larger has;
// for any other iterable, walk it and keep what `set` has.
Set* set_intersection(VM& vm, Set* set, Value other) {
  Root<Set> larger(vm.heap(), set);
  Root<Object> rooted_other(vm.heap(), other);
  if (other.is(Value::from_object(set))) return copy_of(vm, set);
  Root<Set> result(vm.heap(), make_set(vm, base_set_type(vm, set)));
  if (is_any_set(vm, other)) {
    Root<Set> smaller(vm.heap(), other);
    if (smaller->used > larger->used) {
      larger.set(other);
      smaller.set(Value::from_object(set));
    }
    for (int64_t i = 0; i <= smaller->mask; ++i) {
      SetEntry entry = smaller->table[i];
      if (!is_active(entry)) continue;
      Root<Object> key(vm.heap(), entry.key);
      int64_t found = find(vm, larger.get(), entry.key, entry.hash);
      if (found == kLookupError) return nullptr;
      if (found >= 0 && add_entry(vm, result.get(), entry.key, entry.hash) < 0) return nullptr;
    }
    return result.get();
  }
  bool ok = for_each(vm, other, [&](Value key) {
    int64_t hash = hash_key(vm, key);
    if (hash == -1) return false;
    int64_t found = find(vm, larger.get(), key, hash);
    if (found == kLookupError) return false;
    return found < 0 || add_entry(vm, result.get(), key, hash) >= 0;
  });
  return ok ? result.get() : nullptr;
}

void raise_set_changed_size(VM& vm) {
  raise(vm, vm.exceptions().RuntimeError, "Set changed size during iteration");
}

void init_set_types(VM& vm) {
  BuiltinTypes& types = vm.mutable_types();
  types.set = vm.make_builtin_type("set", types.object, sizeof(Set));
  fill_common_slots(types.set);
  TypeSlots& slots = types.set->slots;
  slots.inplace[static_cast<int>(BinaryOp::Subtract)] = set_inplace_operator<set_difference_update>;
  slots.inplace[static_cast<int>(BinaryOp::And)] =
      set_inplace_operator<intersection_update_operator>;
  slots.inplace[static_cast<int>(BinaryOp::Or)] = set_inplace_operator<set_update>;
  slots.inplace[static_cast<int>(BinaryOp::Xor)] =
      set_inplace_operator<set_symmetric_difference_update>;
  slots.new_instance = set_new;
  slots.init = set_init;
  add_methods(vm, types.set, kSetMethods);

  types.frozenset = vm.make_builtin_type("frozenset", types.object, sizeof(Set));
  fill_common_slots(types.frozenset);
  types.frozenset->slots.hash = frozenset_hash;
  types.frozenset->slots.new_instance = frozenset_new;
  types.frozenset->slots.init = frozenset_init;
  add_methods(vm, types.frozenset, kFrozensetMethods);

  types.set_iterator = vm.make_builtin_type("set_iterator", types.object, sizeof(SetIterator));
  types.set_iterator->gc.trace = trace_set_iterator;
  types.set_iterator->slots.iter = iterator_self;
  types.set_iterator->slots.next = set_iterator_next;
}

}  // namespace eddy::vm

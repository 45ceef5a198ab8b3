// The inside of a dict (dict.h): CPython's compact layout, shared by
// dict.cc, which maintains it, and dict_views.cc, which walks it.
//
// One malloc'ed block holds a sparse hash index followed by a dense array
// of entries in insertion order:
//
//   indices[index_size]   int32: kEmptySlot, kDeletedSlot, or an entry number
//   entries[capacity]     {hash, key, value}, appended in insertion order
//
// A lookup probes the index (hash & mask, then CPython's perturbation
// sequence) and compares the entries it points to. Iteration reads the
// entries front to back, which is what makes dicts ordered. Deleting leaves
// a hole (null key) in the entries and a kDeletedSlot in the index, so
// probes for other keys still pass; holes are squeezed out when the table
// is rebuilt on growth.
#pragma once

#include <cstdint>

#include "vm/dict.h"
#include "vm/str.h"
#include "vm/value.h"

namespace eddy::vm {

struct DictEntry {
  int64_t hash;
  Value key;  // null: deleted
  Value value;
};

struct DictTable {
  static constexpr int32_t kEmptySlot = -1;
  static constexpr int32_t kDeletedSlot = -2;

  int64_t index_size;   // a power of two, at least 8
  int64_t capacity;     // entries the block has room for: 2/3 of index_size
  int64_t entry_count;  // entries appended so far, holes included

  int32_t* indices() { return reinterpret_cast<int32_t*>(this + 1); }
  DictEntry* entries() { return reinterpret_cast<DictEntry*>(indices() + index_size); }
  const DictEntry* entries() const { return const_cast<DictTable*>(this)->entries(); }
};

static_assert(sizeof(DictTable) % alignof(DictEntry) == 0);

// The probe sequence, as CPython's: start at hash & mask; then, while the
// high bits of the hash are shifted in through `perturb`, jump to
// i*5 + perturb + 1, which eventually visits every slot.
struct Probe {
  static constexpr int kPerturbShift = 5;
  uint64_t mask;
  uint64_t perturb;
  uint64_t slot;

  Probe(const DictTable* table, int64_t hash)
      : mask(static_cast<uint64_t>(table->index_size) - 1),
        perturb(static_cast<uint64_t>(hash)),
        slot(static_cast<uint64_t>(hash) & mask) {}
  void advance() {
    perturb >>= kPerturbShift;
    slot = (slot * 5 + perturb + 1) & mask;
  }
};

// A lookup's answer when the key is not there.
constexpr int64_t kMissing = -1;

// An interned-str lookup: identity, then str equality for hash twins.
// Never runs Python code: a non-str key with the same hash is skipped.
// Inline, as the attribute caches' shadowing check runs it on every hit.
inline int64_t find_str_entry(const Dict* dict, Str* key, int64_t hash) {
  DictTable* table = dict->table;
  if (!table) return kMissing;
  Probe probe(table, hash);
  for (;;) {
    int32_t entry_number = table->indices()[probe.slot];
    if (entry_number == DictTable::kEmptySlot) return kMissing;
    if (entry_number >= 0) {
      const DictEntry& entry = table->entries()[entry_number];
      if (entry.key.is(Value::from_object(key))) return entry_number;
      if (entry.hash == hash && entry.key.as_object()->type == key->type &&
          equal_str(static_cast<Str*>(entry.key.as_object()), key)) {
        return entry_number;
      }
    }
    probe.advance();
  }
}

// The value slot of entry number `entry` of `dict` if that entry holds the
// interned str `key` itself, else null. A live entry holding `key` is its
// only entry, wherever it is: the one compare behind remembered lookups.
inline Value* entry_value_if_key(Dict* dict, int32_t entry, Str* key) {
  DictTable* table = dict->table;
  if (!table || entry < 0 || entry >= table->entry_count) return nullptr;
  DictEntry& found = table->entries()[entry];
  return found.key.is(Value::from_object(key)) ? &found.value : nullptr;
}

// dict_get_str() trying entry `hint` first (where `key` was found last
// time), and leaving in `hint` where `key` is now (-1: missing).
Value dict_get_str_rehinting(VM& vm, Dict* dict, Str* key, int32_t& hint);
inline Value dict_get_str_hinted(VM& vm, Dict* dict, Str* key, int32_t& hint) {
  if (Value* value = entry_value_if_key(dict, hint, key)) return *value;
  return dict_get_str_rehinting(vm, dict, key, hint);
}

}  // namespace eddy::vm

namespace eddy::vm {

class VM;
struct Type;

// dict_views.cc: a keys/values/items view of `dict` (type is one of the
// three view types), and an iterator over `dict` whose type says what it
// yields and in which direction.
Value make_dict_view(VM& vm, Type* view_type, Dict* dict);
Value make_dict_iterator(VM& vm, Type* iterator_type, Dict* dict);
void init_dict_view_types(VM& vm);

// Python's hash of a key, with small ints and strs inline (dict.cc); sets
// use it too. -1 with an exception set for an unhashable key.
int64_t hash_key(VM& vm, Value key);

}  // namespace eddy::vm

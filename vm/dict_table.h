// The inside of a dict (dict.h): CPython's compact layout, shared by
// dict.cc, which maintains it, and dict_views.cc, which walks it.
//
// One malloc'ed block holds a sparse hash index followed by a dense array
// of entries in insertion order:
//
//   index[index_size]     kEmptySlot, kDeletedSlot, or an entry number
//   entries[capacity]     {hash, key, value}, appended in insertion order
//
// A lookup probes the index (hash & mask, then CPython's perturbation
// sequence) and compares the entries it points to. Iteration reads the
// entries front to back, which is what makes dicts ordered. Deleting leaves
// a hole (null key) in the entries and a kDeletedSlot in the index, so
// probes for other keys still pass; holes are squeezed out when the table
// is rebuilt on growth.
//
// As in CPython, an index slot is the narrowest int that holds every entry
// number its table can have: 1 byte up to 128 slots, 2 up to 2^15, else 4.
// Most dicts are small, and a big one's index then takes half or a quarter
// of the cache lines a lookup misses on.
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
  static constexpr int64_t kEmptySlot = -1;
  static constexpr int64_t kDeletedSlot = -2;

  int64_t index_size;   // a power of two, at least 8
  int64_t capacity;     // entries the block has room for: 2/3 of index_size
  int64_t entry_count;  // entries appended so far, holes included
  int64_t index_bytes;  // index_size * index_width(), where the entries start

  // Bytes per index slot for a table of `index_size` slots: the one place
  // that decides it. A table of 2^15 slots holds at most 21845 entries,
  // which int16 still numbers.
  static constexpr int index_width(int64_t index_size) {
    return index_size <= 128 ? 1 : index_size <= (int64_t{1} << 15) ? 2 : 4;
  }
  int index_width() const { return index_width(index_size); }

  // What index slot `slot` holds. Every width sign-extends, so kEmptySlot
  // (all bits set, as new_table fills the index) and kDeletedSlot read the
  // same in each.
  int64_t index_at(uint64_t slot) const {
    const void* index = this + 1;
    switch (index_width()) {
      case 1:
        return static_cast<const int8_t*>(index)[slot];
      case 2:
        return static_cast<const int16_t*>(index)[slot];
      default:
        return static_cast<const int32_t*>(index)[slot];
    }
  }
  void set_index(uint64_t slot, int64_t entry_number) {
    void* index = this + 1;
    switch (index_width()) {
      case 1:
        static_cast<int8_t*>(index)[slot] = static_cast<int8_t>(entry_number);
        break;
      case 2:
        static_cast<int16_t*>(index)[slot] = static_cast<int16_t>(entry_number);
        break;
      default:
        static_cast<int32_t*>(index)[slot] = static_cast<int32_t>(entry_number);
        break;
    }
  }

  // The entries follow the index; at least 8 slots of a power-of-two
  // width keep them 8-byte aligned.
  DictEntry* entries() const {
    return reinterpret_cast<DictEntry*>(reinterpret_cast<char*>(const_cast<DictTable*>(this) + 1) +
                                        index_bytes);
  }
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
// probe_str()'s answer when, before any match, it meets an entry with the
// key's hash whose key is not a str of the key's type: only that key's
// __eq__ can tell whether the two are equal.
constexpr int64_t kUndecided = -3;

// The index slot a lookup reports for a missing key when it cannot say
// where the key would go.
constexpr uint64_t kNoFreeSlot = ~uint64_t{0};

// What probe_str() does with an entry of another key type that has the
// same hash: skip it, or stop with kUndecided.
enum class OtherKeyTypes { kSkip, kUndecided };

// Looks for the str `key` in `table`: by identity, then with equal_str
// for hash twins of its own type, which runs no Python code. Returns the
// entry number, kMissing or kUndecided. If asked, `*slot` receives the
// index slot of the entry found or, for a missing key, the slot where it
// would go: the first on its probe sequence that holds no entry, so that
// adding it needs no second search.
// Inline: the attribute caches' shadowing check and every dict operation
// on a str key run it.
inline int64_t probe_str(const DictTable* table, Str* key, int64_t hash, OtherKeyTypes others,
                         uint64_t* slot = nullptr) {
  const DictEntry* entries = table->entries();
  Probe probe(table, hash);
  uint64_t first_deleted = kNoFreeSlot;
  for (;;) {
    int64_t entry_number = table->index_at(probe.slot);
    if (entry_number == DictTable::kEmptySlot) {
      if (slot) *slot = first_deleted != kNoFreeSlot ? first_deleted : probe.slot;
      return kMissing;
    }
    if (entry_number == DictTable::kDeletedSlot) {
      if (first_deleted == kNoFreeSlot) first_deleted = probe.slot;
    } else {
      const DictEntry& entry = entries[entry_number];
      bool found = entry.key.is(Value::from_object(key));
      if (!found && entry.hash == hash) {
        if (entry.key.is_object() && entry.key.as_object()->type == key->type) {
          found = equal_str(static_cast<Str*>(entry.key.as_object()), key);
        } else if (others == OtherKeyTypes::kUndecided) {
          return kUndecided;
        }
      }
      if (found) {
        if (slot) *slot = probe.slot;
        return entry_number;
      }
    }
    probe.advance();
  }
}

// An interned-str lookup, for names: never runs Python code, so a key of
// another type with the same hash is skipped.
inline int64_t find_str_entry(const Dict* dict, Str* key, int64_t hash) {
  if (!dict->table) return kMissing;
  return probe_str(dict->table, key, hash, OtherKeyTypes::kSkip);
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

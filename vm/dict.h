// Dict: a hash table that remembers insertion order, laid out as CPython's
// compact dict — a dense array of entries in insertion order plus a sparse
// index of slots pointing into it — so iteration order, and the order
// `popitem` and views see, match CPython exactly.
//
// Lookups compare keys by identity first, then by hash and equality; the
// equality test may call Python code (`__eq__`), which may raise, so every
// operation can fail.
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace eddy::vm {

class VM;
struct Str;
struct DictTable;

struct Dict : Object {
  int64_t used;      // live entries
  DictTable* table;  // malloc'ed; null while the dict is empty and never grown
};

Dict* make_dict(VM& vm);

// Class namespaces are watched: any change to one bumps a process-wide
// version, so caches of what a class's MRO holds (attributes.cc) stay valid
// exactly while it is unchanged. A dict's `spare` word marks it.
void watch_as_class_namespace(Dict* dict);
inline uint64_t class_namespace_changes = 0;
inline uint64_t class_namespace_version() {
  return class_namespace_changes;
}

// The value for `key`, or null. A null result with no exception set means
// "missing"; with one set, an error (unhashable key, a failing __eq__).
Value dict_get(VM& vm, Dict* dict, Value key);
// Lookup with an interned-str key: never runs Python code.
Value dict_get_str(VM& vm, Dict* dict, Str* key);
// dict_get_str_hinted(), the same trying a remembered entry first, is in
// dict_table.h, inline.
bool dict_set(VM& vm, Dict* dict, Value key, Value value);
bool dict_set_str(VM& vm, Dict* dict, Str* key, Value value);
// 1 deleted, 0 missing (nothing set), -1 error.
int dict_delete(VM& vm, Dict* dict, Value key);

// Iterates in insertion order: start with position 0; returns false at the
// end. Entries must not be added or removed while iterating.
bool dict_next(const Dict* dict, int64_t& position, Value* key, Value* value);

// Raises KeyError(key) — the key itself as the argument, so the message is
// its repr; returns null.
Value raise_key_error(VM& vm, Value key);

void init_dict_type(VM& vm);

}  // namespace eddy::vm

// VM: one interpreter instance — its heap, its builtin types and
// singletons, its interned strings and the exception being raised.
//
// There is no global VM: everything that runs Python code takes a VM&, so
// tests, the REPL and an embedding program can each have their own.
#pragma once

#include <array>
#include <csignal>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/exceptions.h"
#include "vm/frame.h"
#include "vm/heap.h"
#include "vm/known_names.h"
#include "vm/source_cache.h"
#include "vm/type.h"
#include "vm/value.h"

namespace eddy::vm {

struct Str;
struct List;
struct Module;
class Observer;
struct Set;
struct Tuple;

// The builtin types every VM creates at start-up.
struct BuiltinTypes {
  Type* type = nullptr;
  Type* object = nullptr;
  Type* none = nullptr;
  Type* not_implemented = nullptr;
  Type* ellipsis = nullptr;
  Type* int_ = nullptr;
  Type* bool_ = nullptr;
  Type* float_ = nullptr;
  Type* complex = nullptr;  // complex.cc
  Type* str = nullptr;
  Type* tuple = nullptr;
  Type* list = nullptr;
  Type* dict = nullptr;
  Type* module = nullptr;
  Type* code = nullptr;
  Type* function = nullptr;
  Type* cell = nullptr;
  Type* traceback = nullptr;
  Type* frame = nullptr;  // frame_object.cc
  Type* generator = nullptr;
  Type* coroutine = nullptr;
  Type* async_generator = nullptr;
  Type* coroutine_wrapper = nullptr;  // generator.cc: what coroutine.__await__() returns
  // The awaitables of async generators, and their yields' wrapper
  // (async_generator.cc).
  Type* async_generator_asend = nullptr;
  Type* async_generator_athrow = nullptr;
  Type* async_generator_wrapped_value = nullptr;
  Type* anext_awaitable = nullptr;  // anext(it, default) (stdlib/async_iteration_builtins.cc)
  Type* asyncgen_hooks = nullptr;   // sys.get_asyncgen_hooks() (stdlib/asyncgen_hooks.cc)
  Type* native_function = nullptr;  // builtin_function_or_method
  Type* method_descriptor = nullptr;
  // Containers and their iterators and views (tuple.cc, list.cc, dict.cc,
  // dict_views.cc, set.cc, range.cc, slice.cc).
  Type* set = nullptr;
  Type* frozenset = nullptr;
  Type* range = nullptr;
  Type* slice = nullptr;
  Type* tuple_iterator = nullptr;
  Type* list_iterator = nullptr;
  Type* list_reverseiterator = nullptr;
  Type* set_iterator = nullptr;
  Type* range_iterator = nullptr;
  Type* longrange_iterator = nullptr;
  Type* sequence_iterator = nullptr;
  Type* mappingproxy = nullptr;  // "iterator": iter() by __getitem__
  Type* dict_keys = nullptr;
  Type* dict_values = nullptr;
  Type* dict_items = nullptr;
  Type* dict_keyiterator = nullptr;
  Type* dict_valueiterator = nullptr;
  Type* dict_itemiterator = nullptr;
  Type* dict_reversekeyiterator = nullptr;
  Type* dict_reversevalueiterator = nullptr;
  Type* dict_reverseitemiterator = nullptr;
  // Text and binary data beyond str itself (str_slots.cc, bytes.cc).
  Type* str_iterator = nullptr;
  Type* str_ascii_iterator = nullptr;
  Type* bytes = nullptr;
  Type* bytearray = nullptr;
  Type* bytes_iterator = nullptr;
  Type* bytearray_iterator = nullptr;
  // Classes and descriptors (method.cc, descriptors.cc, slot_dispatch.cc).
  Type* method = nullptr;
  Type* property = nullptr;
  Type* classmethod = nullptr;
  Type* staticmethod = nullptr;
  Type* super_ = nullptr;
  Type* getset_descriptor = nullptr;
  Type* member_descriptor = nullptr;
  Type* wrapper_descriptor = nullptr;  // slot wrappers: object.__init__, int.__add__
  // collections.deque and its iterators (stdlib/collections_module.cc),
  // made when _collections is first imported.
  Type* deque = nullptr;
  Type* deque_iterator = nullptr;
  Type* deque_reverse_iterator = nullptr;
  // _asyncio's Future, Task and the iterator of `await future`
  // (stdlib/asyncio_module.cc), made when _asyncio is first imported.
  Type* asyncio_future = nullptr;
  Type* asyncio_task = nullptr;
  Type* asyncio_future_iterator = nullptr;
};

class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap& heap() { return heap_; }
  const BuiltinTypes& types() const { return types_; }
  // For the init_*_type functions that create builtin types at start-up.
  BuiltinTypes& mutable_types() { return types_; }
  const ExceptionTypes& exceptions() const { return exception_types_; }

  // The type of any value, unboxed ones included.
  Type* type_of(Value value) const {
    if (value.is_object()) return value.as_object()->type;
    if (value.is_small_int()) return types_.int_;
    return types_.float_;
  }

  Value none() const { return none_; }
  Value not_implemented() const { return not_implemented_; }
  Value ellipsis() const { return ellipsis_; }
  Value boolean(bool b) const { return b ? true_ : false_; }

  // The one Str for `text` in this VM: identifiers and attribute names are
  // interned, so namespaces can compare them by address.
  Str* intern(std::string_view text);
  // The names in known_names.h, interned.
  const KnownNames& names() const { return names_; }
  // The one-character strs of the code points below 256, as CPython keeps
  // them: made (interned) on first use, then shared.
  Str*& latin1_char(unsigned char code_point) { return latin1_chars_[code_point]; }

  // The exception being raised: set by raise() (exceptions.h), cleared by
  // whoever handles it.
  bool has_exception() const { return !current_exception_.is_null(); }
  Value current_exception() const { return current_exception_; }
  void set_exception(Value exception) { current_exception_ = exception; }
  Value take_exception() {
    Value exception = current_exception_;
    current_exception_ = Value::null();
    return exception;
  }

  // The exception being handled (what `sys.exc_info()` shows and what a
  // new exception gets as __context__): the innermost one that is set on
  // the stack of handled exceptions. The running generator's item is on top
  // of that stack, so an `except` block inside a generator shows its own
  // exception while the generator runs, and the resumer's otherwise.
  Value handled_exception() const {
    for (const HandledExceptionItem* item = handled_items_; item; item = item->previous) {
      if (!item->exception.is_null()) return item->exception;
    }
    return Value::null();
  }
  // The top item's own exception: PUSH_EXC_INFO saves it on the value stack
  // before it sets the caught one; POP_EXCEPT restores it.
  Value own_handled_exception() const { return handled_items_->exception; }
  void set_handled_exception(Value exception) { handled_items_->exception = exception; }
  // A generator's item goes on top while its frame runs (CPython's
  // gi_exc_state on the exc_info stack).
  void push_handled_item(HandledExceptionItem* item) {
    item->previous = handled_items_;
    handled_items_ = item;
  }
  void pop_handled_item() { handled_items_ = handled_items_->previous; }

  // The running frames: the innermost is current_frame(), and each frame's
  // `previous` leads outwards.
  FrameStack& frame_stack() { return frame_stack_; }
  Frame* current_frame() const { return current_frame_; }
  void set_current_frame(Frame* frame) { current_frame_ = frame; }

  // Python-level call depth, checked against sys.getrecursionlimit().
  int call_depth = 0;
  // True when the C++ stack is nearly used up: run_frame() then raises
  // RecursionError rather than let a deep C++ recursion crash the process.
  bool native_stack_exhausted() const {
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < native_stack_limit_;
  }
  int recursion_limit = 1000;
  // sys.set_coroutine_origin_tracking_depth(): how many frames cr_origin records.
  int coroutine_origin_tracking_depth = 0;
  // What `eddy --trace` or `--timeline` reports the run to (vm/observer.h);
  // null when nobody watches.
  Observer* observer = nullptr;
  // The warnings shown so far, "location:category:message" (warnings.cc).
  std::unordered_set<std::string> shown_warnings;

  // Containers whose repr is being built, innermost last (CPython's
  // Py_ReprEnter): a list that contains itself prints as [...]. Each is
  // rooted by the repr call in progress.
  std::vector<Object*> repr_in_progress;

  // Runs the finalizers of unreachable objects that the last collections
  // found (closing suspended generators). Called at safe points: between
  // instructions, never inside an allocation.
  void run_pending_finalizers();

  // The text of the files compiled so far, for tracebacks.
  SourceCache& sources() { return sources_; }

  // The import system's state (vm/import.cc): sys.modules, sys.path, and
  // the modules whose bodies are still running (for the "partially
  // initialized module" error). Null until init_import_system().
  // sys.get_int_max_str_digits(): the most decimal digits int() reads and
  // str() writes (0: no limit).
  int int_max_str_digits;  // starts as bigint.h's kDefaultMaxStrDigits
  Dict* sys_modules = nullptr;
  List* module_search_path = nullptr;
  std::vector<Module*> modules_initializing;
  // The script path and its arguments: sys.argv.
  std::vector<std::string> argv;
  // gc.isenabled(). The heap collects when it needs memory either way; the
  // flag records what the program asked for.
  bool gc_enabled = true;

  // sys.set_asyncgen_hooks(): called with each async generator at its
  // first iteration, and with one that becomes unreachable unfinished
  // (async_generator.cc). Null when unset.
  Value asyncgen_firstiter;
  Value asyncgen_finalizer;
  // The one empty tuple (tuple.cc), made at its first use.
  Tuple* the_empty_tuple = nullptr;
  // signal.signal()'s handlers by signal number (signals.h): a callable,
  // or SIG_DFL or SIG_IGN. Null where none was set: SIGINT then raises
  // KeyboardInterrupt.
  std::array<Value, NSIG> signal_handlers;
  // asyncio's task registries, which asyncio.tasks imports from _asyncio
  // (stdlib/asyncio_module.cc): the task each loop is stepping (loop ->
  // task), and the tasks not done yet. Null until _asyncio is imported.
  Dict* asyncio_current_tasks = nullptr;
  Set* asyncio_all_tasks = nullptr;
  // The number of the last default task name, "Task-N".
  int64_t asyncio_task_names = 0;
  // lookup_in_mro()'s cache (attributes.cc): what (class, name) found,
  // valid while no class namespace changed and no collection ran.
  struct MroCacheEntry {
    Type* type = nullptr;
    Str* name = nullptr;
    uint64_t version = 0;
    Value found;
  };
  static constexpr size_t kMroCacheSize = 1024;
  std::array<MroCacheEntry, kMroCacheSize> mro_cache;

  // The builtins module's namespace.
  Dict* builtins() const { return builtins_; }
  void set_builtins(Dict* builtins) { builtins_ = builtins; }

  // Allocates a builtin type named `name` whose instances take
  // `instance_size` bytes, with an empty namespace. The caller fills in
  // slots and hooks. Builtin types live as long as the VM.
  Type* make_builtin_type(std::string_view name, Type* base, uint32_t instance_size);
  // Every builtin type made so far (make_builtin_type and the core ones).
  const std::vector<Type*>& builtin_types() const { return all_types_; }

 private:
  void create_core_types();
  Type* allocate_type(Type* metatype, Type* base, uint32_t instance_size);
  void trace_roots(Tracer& tracer);

  Heap heap_;
  BuiltinTypes types_;
  ExceptionTypes exception_types_;
  Value current_exception_;
  HandledExceptionItem base_handled_item_;  // the bottom of the stack
  uintptr_t native_stack_limit_ = 0;        // see native_stack_exhausted()
  HandledExceptionItem* handled_items_ = &base_handled_item_;
  FrameStack frame_stack_;
  Frame* current_frame_ = nullptr;
  Dict* builtins_ = nullptr;
  SourceCache sources_;
  std::vector<Object*> finalizing_;  // finalizers queued to run
  bool running_finalizers_ = false;
  Value none_;
  Value true_;
  Value false_;
  Value not_implemented_;
  Value ellipsis_;
  std::vector<Type*> all_types_;  // every builtin type: roots
  std::unordered_map<std::string_view, Str*> interned_;
  KnownNames names_;
  std::array<Str*, 256> latin1_chars_{};
  std::deque<std::string> interned_text_;  // keys for non-ASCII interned strs
};

}  // namespace eddy::vm

// What the observers of vm/observer.h share: stepping out of the way while
// they run Python code of their own, and naming callables and asyncio
// tasks.
#pragma once

#include <string>

#include "vm/heap.h"
#include "vm/value.h"

namespace eddy::vm {

class VM;
class Observer;

// For the scope of a block, an observer may call Python code (a repr, a
// task's get_name()) from inside an event: the observer is unhooked, so
// that this code is not reported in turn, and the exception the VM is
// raising, if any, is put aside and restored afterwards. An exception the
// block's own calls raise is dropped.
class ObserverPause {
 public:
  explicit ObserverPause(VM& vm);
  ~ObserverPause();
  ObserverPause(const ObserverPause&) = delete;
  ObserverPause& operator=(const ObserverPause&) = delete;

 private:
  VM& vm_;
  Observer* observer_;
  Root<Object> exception_;
};

// A callable's __qualname__, or its type's name if it has none (a
// functools.partial). Inside an ObserverPause.
std::string callable_name(VM& vm, Value callable);
// task.get_name(), or "?" if that fails. Inside an ObserverPause.
std::string task_name(VM& vm, Value task);
// The __qualname__ of task.get_coro(), or its type's name if it is not a
// native coroutine, or "?" if that fails. Inside an ObserverPause.
std::string task_coroutine_name(VM& vm, Value task);

}  // namespace eddy::vm

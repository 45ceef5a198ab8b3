# The coroutine_wrapper returned by coro.__await__().
import inspect

async def coro():
    return "value"

c = coro()
w = c.__await__()
print(type(w).__name__)
print(inspect.isawaitable(w), inspect.iscoroutine(w), inspect.isgenerator(w))
print(hasattr(w, "__next__"), hasattr(w, "__iter__"), hasattr(w, "send"),
      hasattr(w, "throw"), hasattr(w, "close"), hasattr(w, "__await__"))
print(inspect.getcoroutinestate(c))
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c))
w2 = c.__await__()
try:
    next(w2)
except RuntimeError as e:
    print(type(e).__name__, e)

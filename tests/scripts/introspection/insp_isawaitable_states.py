# inspect.isawaitable depends on the kind of object, not on its state.
import inspect
import types

@types.coroutine
def pause():
    yield

async def coro():
    await pause()

c = coro()
print("created", inspect.isawaitable(c), inspect.iscoroutine(c))
c.send(None)
print("suspended", inspect.isawaitable(c), inspect.iscoroutine(c))
c.close()
print("closed", inspect.isawaitable(c), inspect.iscoroutine(c))
g = pause()
print("generator-based", inspect.isawaitable(g), inspect.iscoroutine(g))
list(g)
print("exhausted generator-based", inspect.isawaitable(g))

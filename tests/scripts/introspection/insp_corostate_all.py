# inspect.getcoroutinestate through a coroutine's whole life.
import inspect
import types

@types.coroutine
def pause():
    yield

async def coro():
    await pause()
    return "done"

c = coro()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
c = coro()
c.close()
print("closed before start:", inspect.getcoroutinestate(c))
c = coro()
c.send(None)
c.close()
print("closed while suspended:", inspect.getcoroutinestate(c))

# inspect.getcoroutinelocals in every state.
import inspect
import types

@types.coroutine
def pause():
    yield

async def coro(x):
    y = x * 2
    await pause()
    z = y + 1
    return z

c = coro(5)
print(sorted(inspect.getcoroutinelocals(c).items()))
c.send(None)
print(sorted(inspect.getcoroutinelocals(c).items()))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinelocals(c))

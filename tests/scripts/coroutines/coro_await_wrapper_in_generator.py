# A plain generator can drive a coroutine through its __await__ iterator
# with yield from.
import types

@types.coroutine
def pause(x):
    return (yield x)

async def coro():
    got = await pause("coro suspended")
    return "coro got " + got

def gen():
    result = yield from coro().__await__()
    yield result

g = gen()
print(next(g))
print("delegating to:", type(g.gi_yieldfrom).__name__)
print(g.send("hello"))
print("delegating to:", g.gi_yieldfrom)

# States of every generator in a yield from chain and every coroutine in an
# await chain, from outside and from inside.
import inspect
import types

def leaf_gen():
    yield "first"
    yield [inspect.getgeneratorstate(g) for g in chain]

def mid_gen():
    yield from leaf_gen()

top = mid_gen()
chain = [top]
print("created:", inspect.getgeneratorstate(top))
print(next(top))
chain.append(top.gi_yieldfrom)
print("outside:", [inspect.getgeneratorstate(g) for g in chain])
print("inside:", next(top))

@types.coroutine
def pause():
    yield

async def leaf():
    await pause()

async def mid():
    await leaf()

c = mid()
c.send(None)
coros = [c, c.cr_await]
print("coroutines:", [inspect.getcoroutinestate(x) for x in coros])
print("innermost:", type(c.cr_await.cr_await).__name__, inspect.getgeneratorstate(c.cr_await.cr_await))
c.close()
print("after close:", [inspect.getcoroutinestate(x) for x in coros])

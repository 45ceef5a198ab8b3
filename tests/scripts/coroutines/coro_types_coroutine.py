# types.coroutine turns a generator function into a generator-based
# coroutine that native coroutines can await.
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def main():
    a = await suspend("first")
    b = await suspend("second")
    return a, b

g = suspend(0)
print(type(g).__name__, bool(g.gi_code.co_flags & 0x100))
c = main()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)

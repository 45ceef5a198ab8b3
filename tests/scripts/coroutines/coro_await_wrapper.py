# coro.__await__() returns a coroutine_wrapper: an iterator that drives the
# coroutine with __next__/send/throw/close.
import types

@types.coroutine
def pause(x):
    return (yield x)

async def coro():
    a = await pause("first")
    b = await pause("second")
    return a, b

c = coro()
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(w.__next__())
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("returned", e.value)

c2 = coro()
w2 = c2.__await__()
next(w2)
try:
    w2.throw(KeyError("via wrapper"))
except KeyError as e:
    print("throw:", repr(e))
print(c2.cr_frame)
c3 = coro()
w3 = c3.__await__()
next(w3)
w3.close()
print("close:", c3.cr_frame)

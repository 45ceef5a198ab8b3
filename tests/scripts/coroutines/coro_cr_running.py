# cr_running is True only while the coroutine executes.
import types

@types.coroutine
def pause():
    yield

async def coro():
    print("inside:", me.cr_running)
    await pause()
    print("inside again:", me.cr_running)

me = coro()
print("created:", me.cr_running)
me.send(None)
print("suspended:", me.cr_running)
try:
    me.send(None)
except StopIteration:
    pass
print("finished:", me.cr_running)

async def inner():
    return outer_coro.cr_running

async def outer():
    return await inner()

outer_coro = outer()
try:
    outer_coro.send(None)
except StopIteration as e:
    print("outer running while awaiting inner:", e.value)

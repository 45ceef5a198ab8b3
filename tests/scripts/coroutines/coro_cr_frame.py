# cr_frame: the coroutine's frame while it can still run, None afterwards.
import types

@types.coroutine
def pause():
    yield

async def coro(a):
    b = a + 1
    await pause()
    c = b * 2
    await pause()
    return c

co = coro(1)
first = coro.__code__.co_firstlineno
print("created:", co.cr_frame is not None, co.cr_frame.f_lineno - first, sorted(co.cr_frame.f_locals.items()))
co.send(None)
print("suspended:", co.cr_frame.f_lineno - first, sorted(co.cr_frame.f_locals.items()))
co.send(None)
print("suspended:", co.cr_frame.f_lineno - first, sorted(co.cr_frame.f_locals.items()))
print("f_back:", co.cr_frame.f_back, "| f_code is cr_code:", co.cr_frame.f_code is co.cr_code)
try:
    co.send(None)
except StopIteration as e:
    print("returned", e.value)
print("finished:", co.cr_frame)

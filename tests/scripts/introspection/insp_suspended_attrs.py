# gi_suspended / cr_suspended (CPython 3.11): True only while paused at a
# yield or await.
import types

def gen():
    yield me.gi_suspended

@types.coroutine
def pause():
    yield

async def coro():
    await pause()

me = gen()
print("created:", me.gi_suspended)
print("running:", next(me))
print("suspended:", me.gi_suspended)
list(me)
print("finished:", me.gi_suspended)
c = coro()
print("coro created:", c.cr_suspended)
c.send(None)
print("coro suspended:", c.cr_suspended)
c.close()
print("coro closed:", c.cr_suspended)

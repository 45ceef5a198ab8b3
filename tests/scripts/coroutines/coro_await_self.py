# A coroutine awaiting itself, and a coroutine awaiting its own awaiter.
async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)

async def child():
    await parent_coro

async def parent():
    await child()

parent_coro = parent()
try:
    parent_coro.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(me.cr_frame, parent_coro.cr_frame)

# close() on coroutines in each state.
import types

@types.coroutine
def pause():
    yield

async def coro():
    try:
        await pause()
    finally:
        print("finally on close")

c = coro()
print("unstarted close:", c.close(), c.cr_frame)
c = coro()
c.send(None)
print("suspended close:", c.close(), c.cr_frame)
print("second close:", c.close())
c = coro()
c.send(None)
try:
    c.send(None)
except StopIteration:
    print("finished")
print("finished close:", c.close())

# An exception thrown into a suspended await chain, uncaught (exit 1).
import types

@types.coroutine
def pause():
    yield

async def inner():
    await pause()

async def outer():
    await inner()

c = outer()
c.send(None)
c.throw(TimeoutError("deadline"))

# cr_await is the object a suspended coroutine is awaiting.
import types

class Awaitable:
    def __await__(self):
        yield "from __await__"

@types.coroutine
def pause():
    yield "from types.coroutine"

async def inner():
    await pause()

async def outer():
    await Awaitable()
    await inner()
    await pause()

def describe(x):
    if x is None:
        return "None"
    return "%s %s" % (type(x).__name__, getattr(x, "__name__", ""))

c = outer()
print("created:", describe(c.cr_await))
while True:
    try:
        v = c.send(None)
    except StopIteration:
        break
    print(v, "| cr_await:", describe(c.cr_await))
print("finished:", describe(c.cr_await))

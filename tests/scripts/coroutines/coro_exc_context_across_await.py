# Exception context (__context__) is kept correctly across awaits and
# sys.exc_info() inside a suspended except block is per coroutine.
import sys
import types

@types.coroutine
def pause():
    yield

async def handler(name):
    try:
        raise KeyError(name)
    except KeyError:
        await pause()
        print(name, "still handling", repr(sys.exc_info()[1]))
        try:
            raise ValueError("nested in " + name)
        except ValueError as e:
            print(name, "context:", repr(e.__context__))

a, b = handler("a"), handler("b")
a.send(None)
b.send(None)
print("outside:", sys.exc_info())
for c in (b, a):
    try:
        c.send(None)
    except StopIteration:
        pass

# A types.coroutine generator may `yield from` a native coroutine.
import types

class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def native():
    got = await Suspend()
    return "native got " + str(got)

@types.coroutine
def bridge():
    result = yield from native()
    return "bridge: " + result

g = bridge()
print(g.send(None))
try:
    g.send(42)
except StopIteration as e:
    print(e.value)

# Yielding an awaitable from an async generator does not await it: the
# consumer receives the object itself.
class Awaitable:
    def __await__(self):
        yield "should not be driven"
        return "awaited"

async def agen():
    yield Awaitable()
    c = inner()
    yield c
    await_result = await c
    yield await_result

async def inner():
    return "inner result"

async def main():
    out = []
    async for x in agen():
        out.append(type(x).__name__)
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

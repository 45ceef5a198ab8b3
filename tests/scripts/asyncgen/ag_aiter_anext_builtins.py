# The builtins aiter() and anext().
async def agen():
    yield "a"
    yield "b"

class AsyncIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    it = aiter(AsyncIter())
    print(await anext(it), await anext(it))
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        anext([1])
    except TypeError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    pass

# Compile-time error: async for outside an async function (exit 1).
class Items:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

def f(items):
    async for x in items:
        print(x)

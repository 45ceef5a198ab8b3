async def agen():
    yield 1
    x = yield
    await y
    async for i in z:
        yield i
async def nested():
    async def inner():
        yield await x
    return [i async for i in inner()]

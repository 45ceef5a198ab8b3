async def ticks(limit):
    for i in range(limit):
        yield i


async def total(stream):
    s = 0
    async for item in stream:
        s += item
    return s

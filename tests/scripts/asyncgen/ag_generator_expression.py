# An async generator expression is an async generator object.
async def agen():
    for i in range(4):
        yield i

async def square(x):
    return x * x

async def main():
    ge = (x * 10 async for x in agen())
    print(type(ge).__name__)
    print([v async for v in ge])
    ge2 = (await square(x) for x in range(3))
    print(type(ge2).__name__)
    print([v async for v in ge2])
    total = 0
    async for v in (x async for x in agen() if x > 1):
        total += v
    return total

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

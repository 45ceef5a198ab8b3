# async for over an async generator inside a coroutine.
async def countdown(n):
    while n > 0:
        yield n
        n -= 1

async def squares(source):
    async for x in source:
        yield x * x

async def main():
    out = []
    async for v in countdown(4):
        out.append(v)
    out.append([s async for s in squares(countdown(3))])
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

async def f():
    async for x in y:
        pass
    async for a, b in c:
        pass
    async for x in y:
        pass
    else:
        pass
    async for x in y:
        break

async def leaf():
    return 1
async def middle():
    return await leaf() + await leaf()
async def top():
    results = [await middle() for _ in range(3)]
    total = sum(results)
    async with ctx() as c, other() as d:
        async for x in c:
            await d.send(x)
    return total

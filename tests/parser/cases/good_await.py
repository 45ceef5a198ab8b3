async def f():
    await x
    a = await x
    b = await x.y()
    c = await f(await g())
    d = [await x, await y]
    e = -await x
    g = await x ** 2
    h = await x + await y
    i = not await x
    return await x

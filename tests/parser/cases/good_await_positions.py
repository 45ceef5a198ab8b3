async def f():
    if await x:
        pass
    while await y:
        break
    for a in await z:
        pass
    with await w:
        pass
    yield await v
    del (await u).attr
    (await t)[0] = 1
    lambda: await_
    print(await s, key=await r)

async def f():
    a = [x async for x in aiter()]
    b = {x async for x in aiter()}
    c = {k: v async for k, v in aiter()}
    d = (x async for x in aiter())
    e = [await x for x in y]
    f = [x async for x in a for y in b]
    g = [x for x in a async for y in b if await y]
    h = [x async for x in aiter() if x async for y in x]

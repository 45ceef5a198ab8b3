async def f():
    async with a:
        pass
    async with a as b:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async with (a, b):
        pass

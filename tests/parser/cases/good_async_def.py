async def f():
    pass
async def g(a, b=1, *c, d, **e):
    return await a
class C:
    async def method(self):
        pass
@decorator
async def h() -> int:
    return 0

# type(x).__name__ for every kind of object in this area.
import types

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

c = coro()
a = agen()
objects = [gen(), (x for x in []), c, c.__await__(), a, a.__anext__(), a.asend(None),
           a.athrow(ValueError), a.aclose(), aiter(a), anext(a), anext(a, None),
           types.coroutine(gen)(), gen().gi_frame, gen().gi_code, coro]
for o in objects:
    print(type(o).__name__)
c.close()

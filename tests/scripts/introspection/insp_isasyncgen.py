# inspect.isasyncgen / isasyncgenfunction.
import inspect

async def agen():
    yield

async def coro():
    pass

def gen():
    yield

class C:
    async def method(self):
        yield

async def make_genexpr():
    return (x async for x in agen())

c = make_genexpr()
try:
    c.send(None)
except StopIteration as e:
    ge = e.value
objects = [("agen", agen), ("agen()", agen()), ("async genexpr", ge),
           ("C.method", C.method), ("C().method()", C().method()),
           ("coro", coro), ("gen", gen), ("gen()", gen()), ("None", None)]
for name, obj in objects:
    print("%-14s isasyncgen=%-5s isasyncgenfunction=%s" % (
        name, inspect.isasyncgen(obj), inspect.isasyncgenfunction(obj)))

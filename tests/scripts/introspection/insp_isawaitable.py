# inspect.isawaitable: coroutines, generator-based coroutines, objects
# with __await__ — but not plain generators or async generators.
import inspect
import types

async def coro():
    pass

def gen():
    yield

@types.coroutine
def gen_coro():
    yield

async def agen():
    yield

class Awaitable:
    def __await__(self):
        yield

class AwaitAttrNone:
    __await__ = None

c = coro()
g = agen()
objects = [("coro()", c), ("coro", coro), ("gen()", gen()), ("gen_coro()", gen_coro()),
           ("Awaitable()", Awaitable()), ("Awaitable", Awaitable),
           ("AwaitAttrNone()", AwaitAttrNone()), ("agen()", g),
           ("agen().__anext__()", g.__anext__()), ("anext(agen(), 0)", anext(g, 0)),
           ("c.__await__()", c.__await__()), ("int", 1)]
for name, obj in objects:
    print("%-20s %s" % (name, inspect.isawaitable(obj)))
c.close()

# inspect.iscoroutine / iscoroutinefunction.
import inspect
import types

async def coro():
    pass

def gen():
    yield

@types.coroutine
def gen_coro():
    yield

class C:
    async def method(self):
        pass
    @staticmethod
    async def static():
        pass

c = coro()
w = coro()
objects = [("coro", coro), ("coro()", c), ("coro().__await__()", w.__await__()),
           ("gen", gen), ("gen()", gen()), ("gen_coro", gen_coro), ("gen_coro()", gen_coro()),
           ("C.method", C.method), ("C().method", C().method), ("C.static", C.static),
           ("lambda", lambda: None), ("int", 5)]
for name, obj in objects:
    print("%-20s iscoroutine=%-5s iscoroutinefunction=%s" % (
        name, inspect.iscoroutine(obj), inspect.iscoroutinefunction(obj)))
c.close()
w.close()

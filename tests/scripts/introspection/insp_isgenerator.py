# inspect.isgenerator / isgeneratorfunction on many kinds of objects.
import inspect
import types

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

@types.coroutine
def gen_coro():
    yield

class C:
    def method(self):
        yield

c = coro()
objects = [("gen()", gen()), ("genexpr", (x for x in [])), ("gen", gen),
           ("coro()", c), ("agen()", agen()), ("gen_coro()", gen_coro()),
           ("gen_coro", gen_coro), ("C().method", C().method), ("C.method", C.method),
           ("lambda", lambda: (yield)), ("iter([])", iter([])), ("range", range(3)),
           ("plain func", len)]
for name, obj in objects:
    print("%-12s isgenerator=%-5s isgeneratorfunction=%s" % (
        name, inspect.isgenerator(obj), inspect.isgeneratorfunction(obj)))
c.close()

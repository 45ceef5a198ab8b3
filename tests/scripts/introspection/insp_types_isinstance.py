# The types module's GeneratorType, CoroutineType and AsyncGeneratorType.
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

c = coro()
objs = {"gen()": gen(), "genexpr": (x for x in []), "coro()": c, "agen()": agen(),
        "gen_coro()": gen_coro()}
for name in sorted(objs):
    o = objs[name]
    print("%-10s gen=%-5s coro=%-5s agen=%s" % (name, isinstance(o, types.GeneratorType),
          isinstance(o, types.CoroutineType), isinstance(o, types.AsyncGeneratorType)))
print(type(gen()) is types.GeneratorType, type(c) is types.CoroutineType,
      type(agen()) is types.AsyncGeneratorType)
print(types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(types.GeneratorType.__module__, types.CoroutineType.__qualname__)
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
c.close()

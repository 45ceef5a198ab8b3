# getgeneratorstate on a coroutine and getcoroutinestate on a generator.
import inspect
import types

def gen():
    yield

async def coro():
    pass

@types.coroutine
def gen_coro():
    yield

c = coro()
try:
    inspect.getgeneratorstate(c)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    inspect.getcoroutinestate(gen())
except AttributeError as e:
    print(type(e).__name__, e)
print(inspect.getgeneratorstate(gen_coro()))
c.close()

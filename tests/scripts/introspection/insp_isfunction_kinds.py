# Generator, coroutine and async generator functions are ordinary functions
# to inspect.isfunction; only the code flags differ.
import inspect

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

for f in (gen, coro, agen):
    print(f.__name__, inspect.isfunction(f), inspect.isroutine(f), type(f).__name__,
          inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f))
g = gen()
print(inspect.isfunction(g), inspect.isroutine(g), inspect.isframe(g.gi_frame), inspect.iscode(g.gi_code))

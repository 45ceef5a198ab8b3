# The code flags that mark generator, coroutine and async generator code.
import inspect
import types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
print(inspect.CO_GENERATOR == CO_GENERATOR, inspect.CO_COROUTINE == CO_COROUTINE,
      inspect.CO_ITERABLE_COROUTINE == CO_ITERABLE_COROUTINE,
      inspect.CO_ASYNC_GENERATOR == CO_ASYNC_GENERATOR)

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

def plain():
    pass

def gen2():
    yield

before = bool(gen2.__code__.co_flags & CO_ITERABLE_COROUTINE)
types.coroutine(gen2)
after = bool(gen2.__code__.co_flags & CO_ITERABLE_COROUTINE)
print("types.coroutine sets CO_ITERABLE_COROUTINE:", before, "->", after)
for f in (gen, coro, agen, plain, gen2):
    flags = f.__code__.co_flags
    print(f.__name__, [name for name, bit in [("GENERATOR", CO_GENERATOR), ("COROUTINE", CO_COROUTINE),
          ("ITERABLE_COROUTINE", CO_ITERABLE_COROUTINE), ("ASYNC_GENERATOR", CO_ASYNC_GENERATOR)]
          if flags & bit])

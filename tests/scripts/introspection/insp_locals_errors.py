# getgeneratorlocals / getcoroutinelocals reject other objects.
import inspect

async def coro():
    pass

def gen():
    yield

c = coro()
for obj in (1, "text", gen, c):
    try:
        print(inspect.getgeneratorlocals(obj))
    except TypeError as e:
        print("getgeneratorlocals of", type(obj).__name__, "->", type(e).__name__, e if isinstance(obj, (int, str)) else "")
for obj in (gen(), 2):
    print("getcoroutinelocals of", type(obj).__name__, "->", inspect.getcoroutinelocals(obj))
for f in (inspect.getgeneratorstate, inspect.getcoroutinestate):
    try:
        f(5)
    except AttributeError as e:
        print(f.__name__, type(e).__name__, e)
c.close()

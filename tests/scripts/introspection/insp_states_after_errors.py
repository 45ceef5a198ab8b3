# States after a generator/coroutine finished with an exception or return.
import inspect

def gen_raises():
    yield 1
    raise ValueError

def gen_returns():
    return 5
    yield

async def coro_raises():
    raise KeyError

g = gen_raises()
next(g)
try:
    next(g)
except ValueError:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_running, g.gi_yieldfrom)
g = gen_returns()
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))
c = coro_raises()
try:
    c.send(None)
except KeyError:
    pass
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await, c.cr_running)

# sys._getframe() inside a generator is the same object as gi_frame.
import sys

def gen():
    yield sys._getframe()
    yield sys._getframe().f_back.f_code.co_name

def consumer(g):
    return next(g)

g = gen()
f = next(g)
print(f is g.gi_frame)
print(consumer(g))
async def coro():
    return sys._getframe()
c = coro()
cf = c.cr_frame
try:
    c.send(None)
except StopIteration as e:
    print(e.value is cf)

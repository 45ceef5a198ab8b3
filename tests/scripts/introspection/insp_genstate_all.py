# inspect.getgeneratorstate through a generator's whole life.
import inspect

def gen():
    yield 1
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g, None)
print(inspect.getgeneratorstate(g))

g = gen()
next(g)
g.close()
print("closed:", inspect.getgeneratorstate(g))
g = gen()
g.close()
print("closed before start:", inspect.getgeneratorstate(g))
g = gen()
next(g)
try:
    g.throw(KeyError)
except KeyError:
    pass
print("after uncaught throw:", inspect.getgeneratorstate(g))
print("genexpr:", inspect.getgeneratorstate(x for x in []))

# GEN_RUNNING can only be observed from inside the running generator (or
# from code it calls).
import inspect

def report(g):
    return inspect.getgeneratorstate(g)

def gen():
    yield inspect.getgeneratorstate(me)
    yield report(me)

me = gen()
print(next(me))
print(next(me))
print(inspect.getgeneratorstate(me))

def outer():
    yield from inner()

def inner():
    yield inspect.getgeneratorstate(o)

o = outer()
print("outer seen from inner:", next(o))

# inspect.getgeneratorlocals in every state.
import inspect

def gen(a, b=2):
    c = a + b
    yield c
    del a
    d = [c]
    yield d

g = gen(1)
print(sorted(inspect.getgeneratorlocals(g).items()))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
list(g)
print(inspect.getgeneratorlocals(g))
data = [1, 2]
ge = (x for x in data)
print({k: type(v).__name__ for k, v in inspect.getgeneratorlocals(ge).items()})
next(ge)
print({k: type(v).__name__ for k, v in sorted(inspect.getgeneratorlocals(ge).items())})

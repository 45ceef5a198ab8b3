# A generator is its own iterator.
def gen():
    yield "a"
    yield "b"

g = gen()
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__())
print(next(iter(iter(g))))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(hasattr(g, "__len__"), hasattr(g, "__getitem__"))
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g[0]
except TypeError as e:
    print(type(e).__name__, e)
print(bool(g))

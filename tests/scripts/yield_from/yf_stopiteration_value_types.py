# Return values of every kind survive yield from unchanged.
def sub(v):
    yield
    return v

def outer(v):
    r = yield from sub(v)
    yield r

for v in [None, 0, "", (), (1,), [1, 2], {"a": 1}, StopIteration("s"), 3.5]:
    g = outer(v)
    next(g)
    r = next(g)
    print(type(r).__name__, repr(r), r is v)

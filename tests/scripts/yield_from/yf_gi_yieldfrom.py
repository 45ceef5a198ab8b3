# gi_yieldfrom is the object currently delegated to (or None).
def leaf():
    yield "leaf"

def middle():
    yield "middle"
    yield from leaf()

def top():
    yield from middle()
    yield from [1, 2]
    yield "top"

g = top()
print(g.gi_yieldfrom)
def chain(g):
    names = []
    while g is not None:
        names.append(type(g).__name__ + ":" + getattr(g, "__name__", "-"))
        g = getattr(g, "gi_yieldfrom", None)
    return names
while True:
    try:
        v = next(g)
    except StopIteration:
        break
    print(repr(v), chain(g))
print(g.gi_yieldfrom)

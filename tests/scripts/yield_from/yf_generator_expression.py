# yield from a generator expression, and a generator expression over a
# delegating generator.
def squares(n):
    yield from (i * i for i in range(n))

def labelled(it, label):
    r = yield from ((label, x) for x in it)
    return r

print(list(squares(5)))
print(list(labelled(squares(3), "sq")))
print(list(x + 1 for x in squares(4)))
g = squares(3)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)

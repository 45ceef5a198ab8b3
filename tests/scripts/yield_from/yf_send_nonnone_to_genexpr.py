# send() with a value through yield from to a generator expression: the
# genexpr is a generator, so send() works (its value is discarded).
def outer():
    yield from (x for x in range(3))

g = outer()
print(next(g))
print(g.send("ignored"))
print(g.send(123))
print(next(g, "end"))

def outer_range():
    yield from range(3)

g = outer_range()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print(type(e).__name__, e)

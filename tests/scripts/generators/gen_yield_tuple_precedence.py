# `yield a, b` yields a tuple; `yield` binds loosely.
def gen():
    yield 1, 2
    yield (1, 2)
    yield [1, 2]
    yield
    yield None,
    x = yield 3 + 4
    print("x =", x)
    z = (yield) or "falsy"
    print("z =", z)
    yield lambda: 5

g = gen()
print(next(g), next(g), next(g), next(g), next(g), next(g))
print(g.send("sent"))
f = g.send(0)
print(f())

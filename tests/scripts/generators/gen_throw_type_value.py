# throw(type, value): value is an argument for the type, or an instance.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, "message")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, None)
g.throw(KeyError, KeyError("k"))
g.throw(LookupError, KeyError("sub"))
g.throw(ValueError, 5)

class E(Exception):
    pass

g.throw(E, E("own"))
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print(type(e).__name__, e)

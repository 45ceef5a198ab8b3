# throw() checks its arguments.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
for args in [(1,), ("str",), (object,), (int,), (ValueError("a"), "b")]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print("still alive:", next(g))
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError, 1, None, 4)
except TypeError as e:
    print(type(e).__name__, e)

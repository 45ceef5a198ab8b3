f = lambda a, b=1, *, c: (a, b, c)
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def outer():
    def inner(x, y):
        return x + y
    return inner
try:
    outer()(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def method(self):
        def nested(a):
            return a
        return nested
try:
    K().method()()
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d, e):
    pass
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5, 6, 7)
except TypeError as e:
    print(type(e).__name__, e)

def f(a, b=2):
    pass
def g(**kw):
    pass
def h(*args):
    pass
for call in [lambda: f(1, c=3), lambda: f(1, a=1), lambda: f(b=1, a=2, z=3), lambda: f(1, 2, a=3),
             lambda: h(x=1), lambda: f(**{"a": 1, "zz": 2}), lambda: f(1, **{"a": 2}),
             lambda: g(**{1: 2}), lambda: f(*5), lambda: f(**[1]), lambda: f(1, **{"b": 1}, b=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, x):
        pass
try:
    C(y=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, sepp=" ")
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(obj=[])
except TypeError as e:
    print(type(e).__name__, e)

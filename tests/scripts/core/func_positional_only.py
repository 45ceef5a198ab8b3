def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /):
    return a
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(h(5), f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def m(a, b=2, /, c=3):
    return a + b + c
print(m(1), m(1, 1), m(1, 1, 1), m(1, c=0))

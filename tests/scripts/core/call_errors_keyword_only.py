def f(a, *, key, reverse=False):
    return a, key, reverse
print(f(1, key=2), f(1, reverse=True, key=0))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(key=1), lambda: f(1, rev=1, key=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, a, b, c):
    pass
for kw in [{}, {"a": 1}, {"a": 1, "c": 1}, {"b": 1, "c": 2}]:
    try:
        g(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
def h(x, *args, y):
    return x, args, y
print(h(1, 2, 3, y=4))
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

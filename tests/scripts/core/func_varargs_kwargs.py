def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3), f(*[1, 2], **{"x": 9}))
def g(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(*range(5), c=0, **{"d": 9, "z": 1}))
def h(*, only):
    return only
print(h(only=1))
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, start=10))
args = (1, 2)
kw = {"c": 3}
print(g(*args, **kw), g(*args, *args, c=1))
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3), show(**{"b": 1}, a=2))
print(f(**{"with space": 1, "": 2}))
def pos_and_kwargs(a, **kw):
    return a, kw
print(pos_and_kwargs(1, a2=2), pos_and_kwargs(a=1, b=2))

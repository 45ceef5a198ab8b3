def f(a, b, c=0, *rest, d=None, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"
args = [1, 2, 3, 4]
kwargs = {"d": "D", "extra": True}
print(f(*args))
print(f(*args, **kwargs))
print(f(0, *args[1:2], *args[2:]))
print(f(**{"a": 1, "b": 2}))
print(f(*"xy", c="z"))
print(f(*range(2), *(9,), d=1, **{"e": 2}, **{"g": 3}))
def g(*args):
    return args
print(g(*[]), g(*[1], *[], *[2, 3]), g(*{"k": 1}), g(*{5}))
def h(**kw):
    return kw
print(h(**{}), h(**{"a": 1}, **{"b": 2}), h(**dict(x=1), y=2))
try:
    h(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

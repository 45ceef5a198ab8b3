def show(**kwargs):
    return list(kwargs)
print(show(z=1, y=2, x=3), show(b=1, **{"a": 2}, c=3))
def f(a, b, c):
    return (a, b, c)
print(f(c=3, a=1, b=2), f(1, c=3, b=2))
def with_defaults(x, y=10, z=100):
    return x + y + z
print(with_defaults(1), with_defaults(1, z=0), with_defaults(z=1, x=1), with_defaults(1, 2, 3))
print(sorted([3, 1, 2], reverse=True), "a-b".split(sep="-"), int("ff", base=16), dict(a=1, b=2))
print("x".center(5, "*"), "a,b".split(",", maxsplit=1), round(2.567, ndigits=1))

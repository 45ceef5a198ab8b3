import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(5), cube(2), two_to(10), square.func is power, square.args, square.keywords)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
print(functools.reduce(lambda a, b: a + b, [], "init"))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
nested = functools.partial(functools.partial(power, 3), 2)
print(nested())

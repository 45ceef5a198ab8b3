def too_many():
    a, b = [1, 2, 3]
def not_enough():
    a, b = [1]
def not_enough_str():
    a, b, c = "xy"
def starred_short():
    a, *b, c = [1]
def non_iterable_int():
    a, b = 5
def non_iterable_none():
    a, b = None
def empty_target():
    [a] = []
def dict_keys():
    a, b = {"x": 1, "y": 2, "z": 3}
def long_iterator():
    a, b = iter(range(10))
def nested():
    (a, b), c = [1, 2, 3], 4
def for_target():
    for a, b in [(1, 2), (3,)]:
        pass
for f in [too_many, not_enough, not_enough_str, starred_short, non_iterable_int, non_iterable_none,
          empty_target, dict_keys, long_iterator, nested, for_target]:
    try:
        f()
        print(f.__name__, "-> ok")
    except (ValueError, TypeError) as e:
        print(f.__name__, "->", type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
a, b, *c = gen()
print(a, b, c)

import functools
@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, Version.__gt__.__name__)
@functools.total_ordering
class Rank:
    def __init__(self, r):
        self.r = r
    def __eq__(self, other):
        return self.r == other.r
    def __ge__(self, other):
        return self.r >= other.r
print(Rank(1) < Rank(2), Rank(3) <= Rank(2), Rank(2) > Rank(2), sorted(Rank(x).r for x in [3, 1, 2]))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, Circle.area.__doc__, type(Circle.area).__name__)
del c.area
print(c.area, c.computed)
@functools.singledispatch
def describe(x):
    return "thing"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
describe.register(str, lambda x: "str")
print(describe(1), describe(True), describe([]), describe("s"), describe(2.5), describe.dispatch(bool).__name__)
@functools.lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info(), never.cache_parameters())
@functools.lru_cache(typed=True)
def typed(x):
    return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info())
try:
    functools.lru_cache("big")
except TypeError as e:
    print(type(e).__name__, e)
class Calc:
    @functools.lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x
calc = Calc()
print(calc.double(4), calc.double(4), Calc.double.cache_info().hits)
p = functools.partial(max, 3, key=abs)
print(p, p(-5), repr(functools.partial(print)), callable(p))
try:
    functools.partial()
except TypeError as e:
    print(type(e).__name__, e)
class Tagged(functools.partial):
    pass
print(Tagged(len, "x"), Tagged(len, "xyz")())
def original():
    """Original doc."""
original.extra = 1
def wrapper():
    pass
functools.update_wrapper(wrapper, original, assigned=("__doc__",))
print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is original)
print(functools.reduce(lambda a, b: a + b, iter([1, 2, 3]), 10), functools.WRAPPER_ASSIGNMENTS)
key = functools.cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(2) == key(2), key(3) >= key(4), key(5).obj)

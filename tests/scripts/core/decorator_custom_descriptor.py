class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, "area" in vars(c), type(Circle.area).__name__)
c.r = 10
print(c.area)
del c.area
print(c.area)
class validated:
    def __init__(self, check):
        self.check = check
    def __call__(self, fn):
        def wrapper(*args):
            for a in args:
                if not self.check(a):
                    raise ValueError(f"invalid argument {a!r} for {fn.__name__}")
            return fn(*args)
        return wrapper
@validated(lambda v: isinstance(v, int) and v >= 0)
def add(a, b):
    return a + b
print(add(2, 3))
try:
    add(2, -1)
except ValueError as e:
    print(type(e).__name__, e)

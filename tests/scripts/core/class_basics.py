class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__doc__, type(p).__name__)
print(p.move(1, 1).norm2(), p.x)
print(Point.norm2(p), isinstance(p, Point), isinstance(p, object), type(p) is Point)
print(Point.__qualname__, Point.__module__, p.__class__.__name__, sorted(p.__dict__))
p.z = 10
print(sorted(vars(p).items()))
del p.z
print(hasattr(p, "z"), getattr(p, "z", "nope"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
print(Empty.__name__, Empty.__bases__[0].__name__, callable(Empty), isinstance(Empty(), Empty))

from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._fields, Point(y=1, x=2))
x, y = p
print(x + y, sum(p), p + (5,), tuple(p))
Color = namedtuple("Color", "red green blue")
print(Color(1, 2, 3), Color._fields)
Opt = namedtuple("Opt", ["a", "b"], defaults=[0])
print(Opt(1), Opt(1, 2), Opt._field_defaults)
print(Point._make([7, 8]), type(p).__name__, Point.__name__)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
class P3(namedtuple("P3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm1(), P3(1, 2, 3))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(Point(1, 2)) == hash((1, 2)))

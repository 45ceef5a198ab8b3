# Attribute loads and stores at one call site must see every change a
# cache could miss: class attributes rebound, descriptors added later,
# instance attributes shadowing class ones, __class__ reassigned, deletes.


class Point:
    kind = "plain"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def read(p):
    return p.x, p.kind


def call_norm(p):
    return p.norm()


def write(p, v):
    p.x = v


points = [Point(i, -i) for i in range(4)]
for p in points:
    print(read(p), call_norm(p))

# A class attribute rebound after the site has cached it.
Point.kind = "changed"
print(read(points[0]))

# An instance attribute shadowing a class attribute and a method.
points[1].kind = "own"
points[1].norm = lambda: "instance function"
print(read(points[1]), call_norm(points[1]))
print(read(points[2]), call_norm(points[2]))

# A property added to the class wins over the instance dict.
Point.x = property(lambda self: "property x")
print(read(points[0]))
try:
    write(points[0], 5)
except AttributeError as e:
    print("AttributeError:", e)
del Point.x
print(read(points[0]))
write(points[0], 7)
print(read(points[0]))


# __class__ reassigned between two calls at the same site.
class Other:
    kind = "other"

    def __init__(self):
        self.x = "other x"

    def norm(self):
        return "other norm"


q = Point(1, 2)
print(read(q), call_norm(q))
q.__class__ = Other
print(read(q), call_norm(q))

# A deleted instance attribute.
r = Point(3, 4)
print(read(r))
del r.x
try:
    read(r)
except AttributeError as e:
    print("AttributeError:", e)
write(r, 9)
print(read(r))

# A replaced __dict__.
s = Point(5, 6)
print(read(s))
s.__dict__ = {"y": 1, "x": "from new dict"}
print(read(s))

# Reads and writes of __slots__ attributes from one call site, as the
# attribute cache sees them: repeated, across a base class and a subclass,
# for unset and deleted slots, after the class changes, and for a member
# descriptor copied into another class.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


def total(points):
    s = 0
    for p in points:
        s += p.x + p.y
    return s


def shift(points, d):
    for p in points:
        p.x = p.x + d


points = [Point(i, 2 * i) for i in range(5)] + [Point3(i, i, i) for i in range(5)]
for _ in range(3):
    shift(points, 1)
    print(total(points))


def read_x(p):
    return p.x


p = Point(1, 2)
for _ in range(3):
    print(read_x(p))
del p.x
for _ in range(2):
    try:
        read_x(p)
    except AttributeError as error:
        print("AttributeError:", error)


class Empty:
    __slots__ = ("a",)


def read_a(e):
    return e.a


for e in [Empty(), Empty()]:
    try:
        read_a(e)
    except AttributeError as error:
        print("AttributeError:", error)
    e.a = 7
    print(read_a(e))

# A property put on the class in place of the slot takes over.
q = Point(5, 6)
print(read_x(q), read_x(q))
Point.x = property(lambda self: "property")
print(read_x(q), read_x(q))


class Other:
    __slots__ = ("a", "b")


class Unrelated:
    pass


Unrelated.a = Empty.__dict__["a"]


def write_a(o, value):
    o.a = value


o = Other()
write_a(o, 1)
write_a(o, 2)
print(o.a)
u = Unrelated()
for _ in range(2):
    try:
        write_a(u, 3)
    except TypeError as error:
        print("TypeError:", error)

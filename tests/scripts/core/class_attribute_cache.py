# Attribute and method lookups stay correct when classes change after use
# (the VM caches what a class's MRO holds), and the eval loop's inline
# int and float arithmetic matches the general operators.
class Base:
    kind = "base"

    def describe(self):
        return "Base.describe"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.describe(), c.kind)
Base.describe = lambda self: "replaced on Base"
print(c.describe())
Child.describe = lambda self: "defined on Child"
print(c.describe())
del Child.describe
print(c.describe())
Base.kind = "changed"
print(c.kind, Child.kind)
c.kind = "instance"
print(c.kind)
del Base.describe
try:
    c.describe()
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    def __init__(self, x):
        self.x = x


v = Vec(1)
print(v.x)
Vec.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(Vec(2).x)
Vec.x = property(lambda self: "property wins")
print(v.x)

for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (-(2 ** 47), -1), (2 ** 47 - 1, 2)]:
    print(a % b, a // b, a >> 3, a << 15, a << 16, a >> 63)
for a, b in [(1.5, 2), (0.1, 0.2), (-0.0, 1.0), (1e308, 10.0), (7.0, -2)]:
    print(a + b, a - b, a * b, a / b, a < b, a == b, a >= b)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 > nan)
for bad in [lambda: 1 % 0, lambda: 1 // 0, lambda: 1.0 / 0, lambda: 1 >> -1, lambda: 1 << -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

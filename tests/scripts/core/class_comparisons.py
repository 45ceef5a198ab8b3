class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == "1.2", a != "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a > "x"
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Num(1) < Num(2), Num(3) > Num(2), Num(1) > Num(2))
try:
    Num(1) <= Num(2)
except TypeError as e:
    print(type(e).__name__, e)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1, [AlwaysEq()] == [2], 3 in [AlwaysEq()])

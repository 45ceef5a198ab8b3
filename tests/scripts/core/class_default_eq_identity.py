class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, [a].count(a), [a].count(b), a in [b], a in [a])
print(Plain.__eq__(a, a), Plain.__eq__(a, b), Plain.__ne__(a, b), object.__eq__(a, 1))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
x, y = OnlyEq(1), OnlyEq(1)
print(x == y, x != y, not (x == y), x != OnlyEq(2))
print([x].index(y), y in [x], {1: x}.get(1) == y)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)

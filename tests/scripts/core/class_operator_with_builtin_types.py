class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __repr__(self):
        return f"Vec{self.c}"
v = Vec(1, 2)
print(v + Vec(3, 4), v + 1, 1 + v, v + 0.5, v * 3, 3 * v, 2.5 * v)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]))
for bad in [lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v - v, lambda: [1] * v]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(v == Vec(1, 2), v != Vec(1, 2), v == (1, 2))

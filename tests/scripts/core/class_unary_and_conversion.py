class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return f"round({n})"
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"Num({self.v})"
n = Num(-5)
print(-n, +n, abs(n), ~n, int(n), float(n), round(n), round(n, 2), bool(n), bool(Num(0)))
print([10, 20, 30, 40, 50, 60][Num(2)], "abcdef"[Num(1):Num(4)], hex(Num(255)), range(Num(3)))
print(bin(Num(5)), oct(Num(8)), list(range(10))[Num(-2)])
class NoIndex:
    pass
for f in [lambda: [1][NoIndex()], lambda: -NoIndex(), lambda: abs(NoIndex()), lambda: ~NoIndex(), lambda: float(NoIndex()), lambda: round(NoIndex())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

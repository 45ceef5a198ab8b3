class R:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return f"rtruediv({o})"
    def __rfloordiv__(self, o):
        return f"rfloordiv({o})"
    def __rmod__(self, o):
        return f"rmod({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
    def __rand__(self, o):
        return f"rand({o})"
    def __ror__(self, o):
        return f"ror({o})"
    def __rxor__(self, o):
        return f"rxor({o})"
    def __rlshift__(self, o):
        return f"rlshift({o})"
    def __rrshift__(self, o):
        return f"rrshift({o})"
    def __rmatmul__(self, o):
        return f"rmatmul({o})"
    def __rdivmod__(self, o):
        return f"rdivmod({o})"
r = R(0)
print(1 + r, 2 - r, 3 / r, 4 // r, 5 % r, 6 ** r, 7 & r, 8 | r, 9 ^ r, 10 << r, 11 >> r, 12 @ r, divmod(13, r))
print("s" + r, [1] + r, 1.5 + r, pow(2, r))
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
print(sum([R(1), R(2)], 5))

class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v!r})"
class Child(Base):
    pass
class Custom(Base):
    def __str__(self):
        return f"custom {self.v}"
print(Base(1), Child("two"), Custom(3), [Custom(3)], repr(Custom(3)), str(Child(4)))
print(f"{Child(5)}", "{}".format(Custom(6)), "%s|%r" % (Custom(7), Custom(7)))
class Wrapper(str):
    def __repr__(self):
        return f"Wrapper({str.__repr__(self)})"
w = Wrapper("hi")
print(w, repr(w), [w], w.upper(), f"{w}", f"{w!r}", w + "!", len(w))
class Num(int):
    def __repr__(self):
        return f"Num<{int.__repr__(self)}>"
n = Num(5)
print(n, repr(n), [n], n + 1, str(n), f"{n:03d}", "%d" % n, "%r" % n)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
s.y = 2
print(s.y)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
t = Slotted(5)
try:
    t.y
except AttributeError as e:
    print(type(e).__name__, e)
del s.x
try:
    s.x
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Slotted):
    pass
u = Sub(1)
u.z = 3
print(u.z, hasattr(u, "__dict__"))
class Sub2(Slotted):
    __slots__ = ("w",)
v = Sub2(1)
v.w = 4
print(v.x, v.w)
try:
    v.q = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)

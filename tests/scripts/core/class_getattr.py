class Dynamic:
    known = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.known, d.x_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "x_abc"), getattr(d, "zzz", "default"), hasattr(d, "x_1"), hasattr(d, "nope"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)

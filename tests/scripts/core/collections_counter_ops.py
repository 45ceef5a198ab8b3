from collections import Counter
c = Counter(a=3, b=-1, c=0)
c += Counter(b=2)
print(c)
d = Counter(x=5, y=1)
d -= Counter(x=2, y=4)
print(d)
e = Counter(a=1, b=5)
e |= Counter(a=4, c=2)
print(e)
f = Counter(a=3, b=1)
f &= Counter(a=1, b=4)
print(f)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3), Counter(a=2, b=1) > Counter(a=1), Counter() >= Counter(z=0))
print(Counter("banana").most_common(0), Counter("banana").most_common(-1), Counter("banana").most_common(2))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
g = Counter({"x": 2})
g.update({"x": 1, "y": 1}, z=4)
g.subtract("xy", z=1)
print(g, g.total(), repr(Counter()), Counter([1, 2, 2]) == Counter({2: 2, 1: 1}))
print(list(Counter(b=2, a=1, c=0).elements()), Counter(a=2) + Counter(a=-2), -Counter(a=-2, b=3))
h = Counter("aab")
del h["zzz"]
print(h, h.copy() == h, type(h.copy()).__name__, h == {"a": 2, "b": 1})
class Tally(Counter):
    pass
print(Tally("xyx"), Tally() + Tally(a=1))

# deque beyond the basics: subclasses, iterators, mutation checks, keywords,
# argument errors, in-place operators and reprs.
from collections import deque

print(deque, repr(deque), deque.__module__, deque.__name__)
print(deque(iterable=[1, 2], maxlen=3), deque([1, 2, 3, 4], 2), deque(maxlen=None))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(type(iter(deque())).__module__)


class Stack(deque):
    def __init__(self, items=(), maxlen=None, label="s"):
        super().__init__(items, maxlen)
        self.label = label

    def push(self, item):
        self.append(item)


s = Stack([1, 2], label="first")
s.push(3)
print(s, s.label, len(s), isinstance(s, deque), s == deque([1, 2, 3]))
c = s.copy()
print(type(c).__name__, c, c.label, s.__copy__())
b = Stack("ab", 4)
print(b, b.copy(), b * 2, type(b + deque("c")).__name__)


class Bad(deque):
    def __new__(cls, *args):
        return 42


try:
    deque.copy(Bad.__new__(Bad) if False else deque.__new__(Bad))
except TypeError as e:
    print(type(e).__name__, e)

d = deque(range(6))
it = reversed(d)
print(next(it), next(it))
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(it))

d = deque([1, 2, 3])
it = iter(d)
next(it)
d[0] = "changed"
print(list(it), d)
it = iter(d)
d.reverse()
print(list(it), d)
it = iter(d)
d.rotate(1)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(deque([1]))
print(it.__length_hint__(), list(it), it.__length_hint__())


class Sneaky:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


d = deque([1, 2, 3])
for name, call in [("count", lambda: d.count(Sneaky(d))), ("in", lambda: Sneaky(d) in d),
                   ("index", lambda: d.index(Sneaky(d))), ("remove", lambda: d.remove(Sneaky(d)))]:
    try:
        call()
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e)

d = deque("abc")
d.extendleft(d)
print(d)
d.extend(d)
print(d, len(d))
d = deque(range(5), maxlen=5)
d.extendleft([10, 11])
print(d)
d.rotate(12)
print(d)
d.rotate(-1000003)
print(d)
d = deque(range(10))
del d[3]
del d[-2]
d.insert(4, "m")
d.insert(-3, "n")
d.insert(-100, "first")
print(d, d[5], d[-1])
print(d.index(5, -5), d.index(5, 0, -1), d.index(5, -100, 100))
try:
    d.index(5, 0, 3)
except ValueError as e:
    print(type(e).__name__, e)
d = deque([1])
d += [2, 3]
d += deque([4])
d *= 2
print(d, bool(d), bool(deque()), 3 * deque("xy"), deque("xy") * 0, deque([7]) * 3)
e = deque([7], maxlen=3)
e *= 5
print(e)
e = deque([1, 2], maxlen=5)
e *= 4
print(e)
for bad in [lambda: deque("a") * "b", lambda: deque("a") + "b", lambda: deque().append(),
            lambda: deque().pop(1), lambda: deque().rotate("x"), lambda: deque().insert(1),
            lambda: deque([1])[1.5], lambda: deque(1), lambda: deque([], 1, 2),
            lambda: deque(maxlen=1.5), lambda: deque(foo=1), lambda: {deque(): 1},
            lambda: deque().index(), lambda: deque([1]).remove(2)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) > deque([1]), deque() == deque(),
      deque([1]) != deque([1.0]), deque([[1]]) == deque([[1]]))
r = deque()
r.append(r)
r.appendleft([r])
print(r, Stack([r]))
print(d.maxlen, deque(maxlen=0).maxlen)
z = deque(maxlen=0)
z.extend(range(3))
z.extendleft(range(3))
z.append(1)
print(z, len(z))
try:
    deque().maxlen = 3
except AttributeError as e:
    print(type(e).__name__)
print(deque.append.__doc__)
print(sorted(name for name in dir(deque) if not name.startswith("__")))

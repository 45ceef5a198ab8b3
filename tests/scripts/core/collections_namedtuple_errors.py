from collections import namedtuple
for fields in ["a 1b", "a class", "a _b", "a b a", ["x", 5]]:
    try:
        namedtuple("T", fields)
        print("made", fields)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple("def", "a")
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "a class _c a 2", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D(1, c=9), D._field_defaults, D.__doc__, D.__new__.__doc__)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"a": 2}), ((1,), {"q": 2})]:
    try:
        D(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
P = namedtuple("P", ["x", "y", "z"])
for args in [(), (1,)]:
    try:
        P(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P._make([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    del P(1, 2, 3).x
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.__doc__, P._make.__qualname__, P.__match_args__, P(1, 2, 3).__getnewargs__())
class Q(P):
    def total(self):
        return self.x + self.y + self.z
q = Q(1, 2, 3)
q.note = "extra"
print(q, q.total(), q.note, q.__dict__, q[::-1], q + (4,))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
print(namedtuple("S", "a, b,c")(1, 2, 3), namedtuple("M", "a", module="mymod").__module__)

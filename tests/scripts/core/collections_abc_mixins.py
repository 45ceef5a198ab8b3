# The mixin methods of Sequence, MutableSequence, Mapping, MutableMapping,
# Set and MutableSet over a few abstract ones.
import collections.abc as cabc


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MSeq(cabc.MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.items, m.pop(), m.pop(0), m.items)
m.remove(3)
print(m.items)
m.clear()
print(m.items)


class Map(cabc.MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


d = Map()
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d.get("a"), d.get("z", 0), "b" in d, list(d.keys()), list(d.items()), list(d.values()))
print(d.setdefault("e", 5), d.pop("a"), d.pop("zz", None), d.popitem(), len(d))
print(d == {"b": 2, "e": 5}, d.keys() == {"b", "e"}, d.keys() & {"b"}, d.items() | {("x", 1)} >= {("b", 2)})
print(repr(d.keys())[:9], ("b", 2) in d.items(), 5 in d.values())
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class ListSet(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print((a | b).items, (a & b).items, (a - b).items, (a ^ b).items, a.isdisjoint(b))
print(a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a >= b, a > ListSet([1]))
a |= [7]
a -= [1]
a ^= [2, 9]
print(a.items)
a &= [3, 9]
print(a.items)
a.remove(3)
try:
    a.remove(3)
except KeyError as e:
    print("KeyError", e)
print(a.pop(), a.items)
try:
    a.pop()
except KeyError as e:
    print("KeyError", repr(e))
print(ListSet([1, 2])._hash() == frozenset([1, 2]).__hash__())

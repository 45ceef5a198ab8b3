s = {1, 2, 3}
for bad in [lambda: s.remove(9), lambda: set().pop(), lambda: s | [4], lambda: s < [1], lambda: s.add([1]), lambda: {1} + {2}]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(s.union([4]), s.issubset([1, 2, 3, 4]), s.isdisjoint("ab"), s.intersection(), s.union())
t = s.copy()
t.update(range(5, 8), [9])
print(sorted(t), len(t), s == {3, 2, 1}, s != {1, 2}, s == [1, 2, 3])
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, frozenset({1}) <= {1, 2})
e = set()
print(e, repr(e), len(e), not e, set(()) == frozenset())
u = {x for x in range(5)}
u.discard(0)
print(u, u.pop(), u)

s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s, set(), set([4, 4, 5]), set(range(5)))
s.add(10)
s.discard(1)
s.discard(42)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {3, 10}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 3], (3, 1)), a.difference([1]), a.symmetric_difference([1, 7]))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = a.copy()
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {5}
print(c, a)
c.update([7, 8], {9})
c.intersection_update(range(8))
c.difference_update([1])
c.symmetric_difference_update({0})
print(c)
c.clear()
print(c, set() == set(), {1} == {1.0}, sorted({-5, 5, 0}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))

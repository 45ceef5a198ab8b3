r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r[3], r[-3], -4 in r, -3 in r, r.index(-1), r.count(5))
print(list(range(10, -10, -4)), range(10, -10, -4)[1:3], len(range(5, 5)), len(range(5, 0)))
print(range(1, 10)[::3], list(range(1, 10)[::-3]), range(0, 100, 7)[2:5], list(range(0, 100, 7)[-2:]))
print(range(3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(0) == range(1, 1), range(1, 2) != range(1, 3))
print([i for i in range(3, 0, -1)], list(range(0, -3, -1)), sum(range(0, 101, 5)))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")), list(enumerate(range(5, 8))))
r2 = range(10 ** 18, 10 ** 18 + 5)
print(r2[2], len(r2), 10 ** 18 + 4 in r2, list(r2)[-1])
try:
    range(3).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)

for r in [range(5), range(2, 10), range(10, 0, -3), range(0), range(-5, 5, 2), range(1, 2, 5)]:
    print(r, list(r), len(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r.start, r.stop, r.step)
print(9 in r, 10 in r, -3 in r, 9.0 in r, r.index(9), r.count(12))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(list(range(10, 0)), list(range(-3)), list(range(5, -5, -4)))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(5), big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
for bad in [lambda: range(1, 5, 0), lambda: range(1.5), lambda: range(5)[10], lambda: r.index(1), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), range(3) in {range(3)})

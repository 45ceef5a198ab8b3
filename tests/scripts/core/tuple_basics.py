t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], type(t).__name__)
print((), (1,), (1), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple())
print(t.index(3.0), t.count(None), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), (1, 2) == (1, 2), (1, "a") != (1, "b"))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))), hash((-1,)))
x, y = (1, 2)
print(x, y, 3 in t, "two" in t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
l = ([1],)
l[0].append(2)
print(l)
try:
    l[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(l)
print(repr((1,)), str(("a", 'b"')), tuple(x * 2 for x in range(3)))

a = 1, 2, 3
print(a, type(a).__name__)
x, y, z = a
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b = (1,)
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)
x, y = y, x
print(x, y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f():
    return 1, [2, 3]
one, (two, three) = f()
print(one, two, three)
print(*[1, 2], *"ab", *range(2))
print([*"abc", *[1]], (*range(3),), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})

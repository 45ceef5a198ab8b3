points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x * y, end="; ")
print()
data = {"a": [1, 2], "b": [3, 4]}
for key, (first, second) in data.items():
    print(key, first, second)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
nested = [("x", (1, [2, 3]))]
for name, (num, [p, q]) in nested:
    print(name, num, p, q)
pairs = [[1, "one"], [2, "two"]]
print({n: w for n, w in pairs}, [w * n for n, w in pairs])
for _, value in sorted({"z": 1, "a": 2}.items()):
    print(value)

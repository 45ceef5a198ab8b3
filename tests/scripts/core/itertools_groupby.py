import itertools as it
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in it.groupby(sorted(words), key=lambda w: w[0]):
    print(key, list(group))
for key, group in it.groupby(words, key=len):
    print(key, list(group))
print(list(it.groupby([])))
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
records = [("x", 1), ("x", 2), ("y", 3)]
print({k: [v for _, v in g] for k, g in it.groupby(records, key=lambda r: r[0])})

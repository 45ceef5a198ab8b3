import itertools as it
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, grp in it.groupby(data, key=lambda t: t[0]):
    print(key, sum(v for _, v in grp))
print(list(it.accumulate(range(1, 6))), list(it.accumulate([5, 3, 8, 1], min)))
print(list(it.islice(it.count(1), 0, 20, 4)), next(it.islice(it.count(), 100, None)))
pairs = list(it.combinations(range(4), 2))
print(len(pairs), [p for p in pairs if sum(p) == 3])
print(["".join(p) for p in it.permutations("abc")], ["".join(p) for p in it.product("01", repeat=2)])
print(list(it.chain(*[[1], [2, 3], []])), list(it.zip_longest(range(3), "ab", fillvalue=0)))
cycler = it.cycle(["red", "green"])
print([next(cycler) for _ in range(5)])
print(list(it.repeat([0], 2)), sum(1 for _ in it.product(range(3), repeat=4)))

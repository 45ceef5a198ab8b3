import itertools as it
for obj in [it.chain(), it.chain.from_iterable([]), it.cycle(""), it.islice("", 1), it.accumulate([]),
            it.compress("", ""), it.dropwhile(None, ""), it.takewhile(None, ""), it.filterfalse(None, ""),
            it.groupby(""), it.starmap(pow, []), it.zip_longest(), it.pairwise(""), it.product(),
            it.permutations(""), it.combinations("", 0), it.combinations_with_replacement("", 0),
            it.tee("")[0], it.count(), it.repeat(1)]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj)
print(it.count(), it.count(2.5), it.count(1, 1.0), it.count(-3, -1), it.repeat("a"), it.repeat([1], -4))
r = it.repeat("z", 2)
next(r)
print(r, r.__length_hint__(), list(r), r)
for args in [("abc", -1), ("abc", 1, "x"), ("abc", 0, 5, 0), ("abc", "a")]:
    try:
        it.islice(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: it.count("a"), lambda: it.permutations("ab", -1), lambda: it.product("a", repeat=-1),
             lambda: it.tee("a", -1), lambda: it.combinations("ab", "1")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
source = iter(range(10))
print(list(it.islice(source, 2, 4)), next(source), list(it.islice(source, 5, 2)), list(source))
a, b, c = it.tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b), it.tee([1], 0))
g = it.groupby("aabbb")
_, first = next(g)
_, second = next(g)
print(list(first), list(second), list(g))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], initial=5)), list(it.accumulate("abc")))
print(list(it.zip_longest([1, 2], [], "abc", fillvalue=None)), list(it.compress(range(5), it.cycle([1, 0]))))
print(list(it.permutations(range(3), 0)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
print(list(it.product("ab", repeat=0)), list(it.product("ab", "")), len(list(it.permutations(range(5), 3))))
print(list(it.chain.from_iterable(["ab", it.repeat("c", 2)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))

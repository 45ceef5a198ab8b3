import itertools as it
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(None, [0, 1, 2, 0])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.combinations_with_replacement(range(3), 2)))
print(list(it.islice(it.repeat(None), 2)), list(it.repeat(1, 0)), repr(it.repeat(2, 3)))

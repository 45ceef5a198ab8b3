f = frozenset([1, 2, 3])
print(f, frozenset(), len(f), 2 in f, type(f).__name__)
print(f | {4}, {4} | f, f & {1, 9}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({3, 2, 1})], hash(f) == hash(frozenset([3, 1, 2])))
print({frozenset([1]), frozenset([1])}, f == {1, 2, 3}, {1, 2, 3} == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(s))
print(frozenset(range(3)).union([5]), frozenset([1]).issubset({1, 2}))
print(repr(frozenset({5})), set(frozenset({7})))

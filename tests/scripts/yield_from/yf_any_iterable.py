# yield from accepts any iterable: list, tuple, str, range, dict, set,
# iterators and generator expressions.
def gen():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k1": 1, "k2": 2}
    yield from {"a": 1}.items()
    yield from {8}
    yield from iter([9])
    yield from (x * 10 for x in range(2))
    yield from b"AB"
    yield from []

print(list(gen()))

# Dicts growing past 128 and 2**15 index slots (where the index slots
# widen), losing keys and getting them back, with str keys, keys of other
# types, and objects that hash and compare equal to a str. Past 2**15
# slots most keys are ints, which allocate nothing: the suite also runs
# this with a collection at every allocation.


def check(d, expected):
    assert len(d) == len(expected), (len(d), len(expected))
    assert list(d) == list(expected)
    for k in expected:
        assert d[k] == expected[k], k
        assert d.get(k) == expected[k], k


# Str keys, checked at sizes around the rebuild that widens the index.
d = {}
reference = {}
for i in range(1001):
    key = f"key{i}"
    d[key] = i
    reference[key] = i
    if i in (5, 85, 86, 87, 170, 171, 1000):
        check(d, reference)
        print(i, len(d), "key0" in d, f"key{i + 1}" in d, d.get(f"key{i // 2}"))
# Equal strs that are other objects find the same entries.
print(sum(d["key" + str(i)] for i in range(0, 1001, 7)))

# Delete every other key, then put them back: they go to the end.
for size in (60, 100, 3000):
    d = {f"s{i}": i for i in range(size)}
    for i in range(0, size, 2):
        del d[f"s{i}"]
    assert all(f"s{i}" not in d for i in range(0, size, 2))
    for i in range(0, size, 2):
        d[f"s{i}"] = -i
    keys = list(d)
    print(size, len(d), keys[:2], keys[size // 2 - 1 : size // 2 + 1], keys[-2:])
    print(sum(d.values()), d.popitem(), len(d))

# Ints, floats, tuples and strs in one dict, through both widenings.
mixed = {}
for i in range(22000):
    mixed[i] = "int"
    if i % 5 == 0:
        mixed[i + 0.5] = "float"
    if i % 40 == 0:
        mixed[f"{i}"] = "str"
        mixed[(i, "t")] = "tuple"
print(len(mixed), mixed[120], mixed["120"], mixed[(120, "t")], mixed[125.5], mixed[1.0])
print(sum(1 for k in mixed if isinstance(k, str)), 21999 in mixed, "21960" in mixed)
for i in range(0, 22000, 2):
    del mixed[i]
    if i % 40 == 0:
        del mixed[str(i)]
print(len(mixed), 2 in mixed, "40" in mixed, 3 in mixed, mixed.get("80", "gone"))

# setdefault, pop and copy across the first widening.
d = {}
for i in range(300):
    d.setdefault(f"k{i}", []).append(i)
    d.setdefault(f"k{i // 2}", []).append(-i)
print(len(d), d["k10"], d.pop("k299"), d.pop("k299", "missing"), len(d))
e = dict(d)
print(len(e), e == d, list(e) == list(d))


# Objects that hash like a str and say they equal it.
class Name:
    calls = 0

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        Name.calls += 1
        if isinstance(other, Name):
            other = other.text
        return self.text == other

    def __repr__(self):
        return f"Name({self.text!r})"


def find_names(d):
    d[Name("zebra")] = "by name"
    Name.calls = 0
    print(len(d), d["zebra"], "zebra" in d, d.get("zebra"), Name.calls)
    d["zebra"] = "by str"
    print(len(d), next(reversed(d.items())), Name.calls)
    print(Name("missing") in d, Name.calls > 0)
    del d["zebra"]
    print(len(d), Name("zebra") in d, "zebra" in d)


for size in (3, 100, 2000):
    find_names({f"n{i}": i for i in range(size)})
# Beyond 2**15 index slots, among int keys.
find_names(mixed)


# A __eq__ that raises stops the lookup of the str it is asked about.
class Raising:
    def __hash__(self):
        return hash("boom")

    def __eq__(self, other):
        raise ValueError(f"compared with {other!r}")


d = {f"r{i}": i for i in range(200)}
d[Raising()] = 1
print(d["r5"], "r7" in d)
for action in (lambda: d["boom"], lambda: "boom" in d, lambda: d.get("boom")):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)


# A __eq__ that empties the dict in the middle of a str lookup.
class Clearing:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash("spot")

    def __eq__(self, other):
        self.target.clear()
        return False


d = {f"c{i}": i for i in range(500)}
d[Clearing(d)] = 1
print("spot" in d, len(d))
d["spot"] = 2
print(d, len(d))


# A __eq__ that adds keys (once) while a str key is being inserted: the
# insertion must not reuse a slot it saw free before the dict changed.
class Adding:
    def __init__(self, target, count):
        self.target = target
        self.count = count

    def __hash__(self):
        return hash("grow")

    def __eq__(self, other):
        for i in range(self.count):
            self.target[f"added{i}"] = i
        self.count = 0
        return False


for size, count in ((5, 2), (80, 60), (120, 3000)):
    d = {f"a{i}": i for i in range(size)}
    d[Adding(d, count)] = "adder"
    d["grow"] = "grown"
    keys = list(d)
    print(len(d), type(keys[size]).__name__, keys[-2:], d["grow"], all(d[f"added{i}"] == i for i in range(count)))

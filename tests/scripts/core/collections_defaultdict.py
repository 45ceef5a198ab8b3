from collections import defaultdict
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["z"], "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
s = defaultdict(set)
s[1].add("x")
print(s, s.get(2), 2 in s)
print(isinstance(dd, dict), type(dd).__name__)
c = dd.copy()
print(type(c).__name__, c.default_factory is list)

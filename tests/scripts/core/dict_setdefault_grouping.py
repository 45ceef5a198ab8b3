pairs = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("nut", "almond"), ("veg", "leek"), ("fruit", "cherry")]
groups = {}
for kind, name in pairs:
    groups.setdefault(kind, []).append(name)
print(groups)
index = {}
for i, word in enumerate("the cat and the hat and the bat".split()):
    index.setdefault(word, []).append(i)
print(index)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k))[:3])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in inverted.items()})
d = {}
print(d.setdefault("x"), d, d.setdefault("x", 5), d)

d = {}
d[1] = "int"
d[2.5] = "float"
d["s"] = "str"
d[(1, 2)] = "tuple"
d[None] = "None"
d[frozenset({1})] = "frozenset"
d[b"b"] = "bytes"
d[True] = "bool overwrites 1"
d[range(3)] = "range"
class K:
    pass
k = K()
d[k] = "instance"
d[len] = "builtin"
d[K] = "class"
print(len(d))
for key in [1, 2.5, "s", (1, 2), None, frozenset({1}), b"b", 1.0, range(0, 3), k, len, K]:
    print(d[key])
print(d.get((1, 2, 3)), d.get(2.50), (1, 2) in d)
try:
    [1, 2] in d
except TypeError as e:
    print(type(e).__name__, e)

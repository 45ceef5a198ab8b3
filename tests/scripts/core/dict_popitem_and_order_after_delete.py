d = {c: i for i, c in enumerate("abcdef")}
print(d.popitem(), d.popitem(), d)
del d["b"]
d["b"] = 100
d["g"] = 7
print(d, list(d)[0], list(d)[-1])
d.pop("a")
d["a"] = 0
print(list(d.items()))
for _ in range(3):
    k = next(iter(d))
    d[k] = d.pop(k)
print(list(d))
e = {}
for i in range(20):
    e[i] = i
for i in range(0, 20, 2):
    del e[i]
e[0] = "zero again"
print(list(e)[:4], list(e)[-2:], len(e))

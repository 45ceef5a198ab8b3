d = {}
for i in range(1000):
    d[i * 7 % 1009] = i
print(len(d), d[7], d[0], sum(d.values()) == sum(range(1000)))
for i in range(0, 1000, 2):
    del d[i * 7 % 1009]
print(len(d), list(d)[:5], list(d.values())[:5])
s = {str(i): i for i in range(500)}
print(s["123"], len(s), list(s)[-1])
for k in list(s):
    if int(k) % 3:
        del s[k]
print(len(s), list(s.items())[:3])
nested = {"a": {"b": {"c": [1, {"d": 2}]}}}
print(nested["a"]["b"]["c"][1]["d"])

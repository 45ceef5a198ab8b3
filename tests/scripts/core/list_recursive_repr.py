a = [1, 2]
a.append(a)
print(a, len(a))
print(repr(a), str(a))
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
c = []
c.append(c)
c.append(c)
print(c)
x = {"k": []}
x["k"].append(x)
print(x)

a = [1, 2]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = [a, a]
a.append("x")
print(b[0] is b[1], len(b[1]))
c = [[]] * 3
c[0].append(1)
print(c)
d = [0] * 3
d[0] = 5
print(d)
e = [1, 2, 3]
f = e
e = e + [4]
print(f, e)
g = [1, 2, 3]
h = g
g[:] = [9]
print(h)
i = list(range(5))
i[1:3] = i
print(i)

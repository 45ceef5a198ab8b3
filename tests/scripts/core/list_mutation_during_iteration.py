a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
count = 0
for x in b:
    if count < 3:
        b.append(x * 10)
    count += 1
print(b, count)
c = [1, 2, 3, 4]
print([x for x in c[:] if c.remove(x) is None], c)
d = list(range(5))
it = iter(d)
next(it)
d.clear()
print(list(it))
e = [3, 1, 2]
try:
    e.sort(key=lambda v: e.append(v) or v)
except ValueError as err:
    print(type(err).__name__, err)

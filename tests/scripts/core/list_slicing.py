a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 101]
print(b)
b[:2] = []
print(b)
b[::2] = "ABCDE"[: len(b[::2])]
print(b)
c = list(range(10))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[::3]
print(c)
del c[1:3]
print(c)
c[len(c):] = [99]
print(c)
d = [1, 2, 3]
d[5:10] = [4]
print(d)
d[-1:] = []
d[0:0] = range(3)
print(d)
try:
    d[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
e = [0] * 5
e[1:4] = e
print(e)

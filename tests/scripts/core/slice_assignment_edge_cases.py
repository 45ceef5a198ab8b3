a = list(range(6))
a[::2] = [10, 20, 30]
print(a)
a[1::2] = "xyz"
print(a)
a[::-1] = range(6)
print(a)
b = list(range(5))
b[3:1] = ["ins"]
print(b)
b[-1:-1] = [99]
print(b)
b[:0] = [-1]
print(b)
b[100:200] = ["end"]
print(b)
c = list("abcdef")
del c[-2:]
del c[:1]
print(c)
del c[:]
print(c)
d = list(range(10))
d[2:8:3] = ["a", "b"]
print(d)
try:
    d[::3] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [1, 2, 3]
e[1:2] = []
print(e)

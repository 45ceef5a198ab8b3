a = [10, 20, 30]
print(a[0], a[-1], a[-3])
for i in [3, -4, 10 ** 20]:
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
del a[-1]
print(a)
a[True] = "t"
print(a)

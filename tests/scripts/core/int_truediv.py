print(1 / 2, 3 / 4, -1 / 3, 10 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 53 / 1, (2 ** 53 + 1) / 1)
print(7 / -2, -7 / 2, 0 / 5, 0 / -5)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
try:
    print((10 ** 400) / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 3 + 1 / 3 + 1 / 3)
print(int.__truediv__(9, 3))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)

print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007))
print(pow(-2, 3), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, -1, 13), pow(3, -2, 11))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 1000, 10 ** 20 + 39))
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, -1), pow(2.5, 2), pow(-2, -2))
print(2 ** 3 ** 2, (2 ** 3) ** 2)

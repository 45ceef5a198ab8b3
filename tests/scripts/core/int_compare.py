print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 != 1.5, 2 ** 70 > 1e20, 2 ** 70 == float(2 ** 70))
print(1 < 2.5, -1 > -1.5, 0 == -0.0, 10 ** 400 > 1e308)
print(True == 1, False == 0, True + True, True < 2)
print(max(3, 7, -1), min(3, 7, -1))
print(sorted([5, -2, 10 ** 20, 0, -(10 ** 20), 3]))
x = 5
print(1 < x <= 5, 1 < x < 5, x == 5 == 5.0)
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < 2
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, (1 == 1) is True)
print(10 ** 400 == float("inf"), 10 ** 400 < float("inf"))

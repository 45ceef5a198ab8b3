pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.3, 0.1), (1e10, 3.0), (5.5, 1.5), (-0.0, 1.0), (1.0, 0.1)]
for a, b in pairs:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2.5, -7))
print(divmod(1.0, float("inf")), divmod(-1.0, float("inf")), float("inf") % 2 != float("inf") % 2)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

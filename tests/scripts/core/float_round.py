for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(1234.5678, 0), round(-1234.5678, 1), round(1e300, 2))
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))

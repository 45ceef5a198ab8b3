inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("-inf"), float("Infinity"), float("NaN"), float("-nan"), float("  inf "))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("inf"), [nan] == [nan], [float("nan")] == [float("nan")])
x = nan
print(x is x, [x] == [x], x in [x])
print(max(1.0, inf), min(-inf, 0))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1))
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

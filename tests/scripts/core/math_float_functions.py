import math
vals = [0.0, 0.5, 1.0, 2.0, math.pi]
print([round(math.sin(v), 12) for v in vals])
print([round(math.cos(v), 12) for v in vals])
print(round(math.atan(1) * 4, 15), math.asin(1) * 2 == math.pi, math.acos(-1) == math.pi)
print(math.exp(0), math.exp(2), math.expm1(1e-10), math.log1p(1e-10), math.log(100, 10), math.log(2 ** 100, 2))
print(math.sqrt(1e-300), math.sqrt(1e300), math.hypot(1, 1), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.inf))
print(math.sinh(1), math.cosh(0), math.tanh(100), math.degrees(1), math.radians(90))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isclose(1e10, 1e10 + 1), math.isclose(1e10, 1e10 + 1, rel_tol=1e-12))

import math
print([math.factorial(n) for n in range(8)], math.factorial(25))
print(math.gcd(2 ** 40, 6 ** 20), math.gcd(0, 0), math.lcm(3, 4, 5), math.lcm(), math.lcm(0, 5))
print(math.comb(52, 5), math.comb(10, 0), math.comb(5, 6), math.perm(10, 3), math.perm(4))
print(math.isqrt(0), math.isqrt(1), math.isqrt(24), math.isqrt(25), math.isqrt(2 ** 200) == 2 ** 100)
print(math.prod(range(1, 11)), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(7), math.ceil(2 ** 70 + 0.0) == 2 ** 70)
print(math.copysign(1, -0.0), math.fabs(-2), math.fmod(-10, 3), -10 % 3, math.remainder(10, 3))
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)

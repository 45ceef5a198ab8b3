import math
tests = [
    ("sqrt()", lambda: math.sqrt()), ("sqrt(1, 2)", lambda: math.sqrt(1, 2)), ("pow(1)", lambda: math.pow(1)),
    ("log()", lambda: math.log()), ("log(1, 2, 3)", lambda: math.log(1, 2, 3)), ("hypot('a')", lambda: math.hypot("a")),
    ("gcd('a')", lambda: math.gcd("a")), ("factorial(10**30)", lambda: math.factorial(10 ** 30)),
    ("comb(1.5, 2)", lambda: math.comb(1.5, 2)), ("comb(5, -1)", lambda: math.comb(5, -1)), ("perm(-1)", lambda: math.perm(-1)),
    ("perm(5, -1)", lambda: math.perm(5, -1)), ("isclose(1)", lambda: math.isclose(1)), ("isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3)),
    ("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1)), ("prod()", lambda: math.prod()),
    ("prod([1], 2)", lambda: math.prod([1], 2)), ("fsum(1)", lambda: math.fsum(1)), ("fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308])),
    ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])), ("fsum([inf, 1])", lambda: math.fsum([math.inf, 1])),
    ("fsum([nan])", lambda: math.fsum([math.nan])), ("fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])),
    ("fsum([2.0**53, -0.5, -2.0**-54])", lambda: math.fsum([2.0 ** 53, -0.5, -2.0 ** -54])), ("fsum([])", lambda: math.fsum([])),
    ("dist([1], [1, 2])", lambda: math.dist([1], [1, 2])), ("dist(1, 2)", lambda: math.dist(1, 2)),
    ("ldexp(1, 1.5)", lambda: math.ldexp(1, 1.5)), ("ldexp(1.0, 10000)", lambda: math.ldexp(1.0, 10000)),
    ("trunc('x')", lambda: math.trunc("x")), ("floor(None)", lambda: math.floor(None)), ("log(10**1000)", lambda: math.log(10 ** 1000)),
    ("log(-10**1000)", lambda: math.log(-10 ** 1000)), ("log2(2**1000)", lambda: math.log2(2 ** 1000)), ("log10(10**400)", lambda: math.log10(10 ** 400)),
    ("ceil(1e300)", lambda: math.ceil(1e300)), ("exp('a')", lambda: math.exp("a")), ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("nextafter(1, 2)", lambda: math.nextafter(1, 2)), ("ulp(1.0)", lambda: math.ulp(1.0)), ("ulp(inf)", lambda: math.ulp(math.inf)),
    ("ulp(0.0)", lambda: math.ulp(0.0)), ("ulp(max)", lambda: math.ulp(1.7976931348623157e308)),
    ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)), ("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)),
    ("gamma(200)", lambda: math.gamma(200)), ("gamma(5)", lambda: math.gamma(5)), ("lgamma(0)", lambda: math.lgamma(0)), ("atanh(1)", lambda: math.atanh(1)),
    ("sin(inf)", lambda: math.sin(math.inf)), ("cosh(1000)", lambda: math.cosh(1000)), ("log(0.0)", lambda: math.log(0.0)),
    ("copysign('a', 1)", lambda: math.copysign("a", 1)), ("isqrt(1.5)", lambda: math.isqrt(1.5)), ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)), ("pow(-inf, 3)", lambda: math.pow(-math.inf, 3)), ("pow(-inf, -3)", lambda: math.pow(-math.inf, -3)),
    ("pow(0.5, -inf)", lambda: math.pow(0.5, -math.inf)), ("pow(nan, 0)", lambda: math.pow(math.nan, 0)), ("pow(2, nan)", lambda: math.pow(2, math.nan)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)), ("fmod(1, inf)", lambda: math.fmod(1, math.inf)), ("factorial()", lambda: math.factorial()),
    ("factorial(True)", lambda: math.factorial(True)), ("lcm(1.5)", lambda: math.lcm(1.5)), ("lcm(-4, 6)", lambda: math.lcm(-4, 6)),
    ("gcd(-12)", lambda: math.gcd(-12)), ("perm(5, 6)", lambda: math.perm(5, 6)), ("perm(3, None)", lambda: math.perm(3, None)),
    ("comb(10**20, 3)", lambda: math.comb(10 ** 20, 3)), ("modf(inf)", lambda: math.modf(math.inf)), ("modf(-2.5)", lambda: math.modf(-2.5)),
    ("frexp(inf)", lambda: math.frexp(math.inf)), ("frexp(0.0)", lambda: math.frexp(0.0)), ("frexp(-3)", lambda: math.frexp(-3)),
    ("degrees('x')", lambda: math.degrees("x")), ("isinf('x')", lambda: math.isinf("x")), ("exp2(1024)", lambda: math.exp2(1024)),
    ("exp2(10)", lambda: math.exp2(10)), ("erf(1)", lambda: math.erf(1)), ("erfc(0)", lambda: math.erfc(0)), ("hypot()", lambda: math.hypot()),
    ("hypot(-5)", lambda: math.hypot(-5)), ("hypot(inf, nan)", lambda: math.hypot(math.inf, math.nan)), ("hypot(1e-320, 1e-320)", lambda: math.hypot(1e-320, 1e-320)),
    ("hypot(1e308, 1e308)", lambda: math.hypot(1e308, 1e308)), ("hypot(*range(1, 20))", lambda: math.hypot(*range(1, 20))),
    ("dist((1, 2), (4, 6))", lambda: math.dist((1, 2), (4, 6))), ("dist([0.1]*7, [0.3]*7)", lambda: math.dist([0.1] * 7, [0.3] * 7)),
    ("prod(['a', 2])", lambda: math.prod(["a", 2])), ("prod([2, 'a'])", lambda: math.prod([2, "a"])), ("log(2, 0)", lambda: math.log(2, 0)),
    ("log(0, 2)", lambda: math.log(0, 2)), ("log(2, 1.0)", lambda: math.log(2, 1.0)), ("log(9, 3)", lambda: math.log(9, 3)),
    ("isfinite(10**400)", lambda: math.isfinite(10 ** 400)), ("sqrt(True)", lambda: math.sqrt(True)), ("atan2(1)", lambda: math.atan2(1)),
    ("atan2(0.0, -0.0)", lambda: math.atan2(0.0, -0.0)), ("comb(5)", lambda: math.comb(5)), ("trunc(-2.5)", lambda: math.trunc(-2.5)),
    ("trunc(10**30)", lambda: math.trunc(10 ** 30)), ("fsum('ab')", lambda: math.fsum("ab")), ("isclose(a=1, b=2)", lambda: math.isclose(a=1, b=2)),
    ("isclose(inf, inf)", lambda: math.isclose(math.inf, math.inf)), ("isclose(nan, nan)", lambda: math.isclose(math.nan, math.nan)),
    ("nextafter(1)", lambda: math.nextafter(1)), ("nextafter(0.0, -1)", lambda: math.nextafter(0.0, -1)), ("ldexp(1, 10**30)", lambda: math.ldexp(1, 10 ** 30)),
    ("ldexp(1, -10**30)", lambda: math.ldexp(1, -10 ** 30)), ("ldexp(-0.0, 5)", lambda: math.ldexp(-0.0, 5)), ("pow(2, 1024)", lambda: math.pow(2, 1024)),
    ("remainder(5, inf)", lambda: math.remainder(5, math.inf)), ("remainder(inf, 1)", lambda: math.remainder(math.inf, 1)),
    ("remainder(7, 2)", lambda: math.remainder(7, 2)), ("remainder(-7.5, 2)", lambda: math.remainder(-7.5, 2)),
    ("factorial(2**64)", lambda: math.factorial(2 ** 64)), ("comb(2**64, 2**63)", lambda: math.comb(2 ** 64, 2 ** 63)),
    ("floor(-0.0)", lambda: math.floor(-0.0)), ("ceil(True)", lambda: math.ceil(True)), ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("asinh(1)", lambda: math.asinh(1)), ("log1p(-1)", lambda: math.log1p(-1)), ("expm1(710)", lambda: math.expm1(710)),
    ("tan(0.5)", lambda: math.tan(0.5)), ("radians(45)", lambda: math.radians(45)), ("copysign(1, nan)", lambda: math.copysign(1, math.nan)),
]
for text, f in tests:
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(text, "->", r)

class Floorable:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class AsFloat:
    def __float__(self):
        return 2.25
class AsIndex:
    def __index__(self):
        return 6
print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()), math.sqrt(AsFloat()), math.floor(AsFloat()))
print(math.factorial(AsIndex()), math.gcd(AsIndex(), 4), math.sqrt(AsIndex()), math.isqrt(AsIndex()))
print(math.pi == 4 * math.atan(1), math.tau == 2 * math.pi, math.inf > 10 ** 308, math.nan != math.nan, math.e)

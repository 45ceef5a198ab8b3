import math
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.factorial, (-1,)),
                (math.factorial, (1.5,)), (math.exp, (1000,)), (math.pow, (10.0, 400)), (math.sqrt, ("x",)),
                (math.floor, ("x",)), (math.gcd, (1.5, 2)), (math.isqrt, (-1,)), (math.log, (10, 1)), (math.fmod, (1, 0)),
                (math.ceil, (math.inf,)), (math.floor, (math.nan,))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.sqrt(0.0), math.sqrt(-0.0), math.log(1))

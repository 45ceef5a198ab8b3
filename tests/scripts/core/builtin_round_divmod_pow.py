print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(7), round(7.0))
print(round(1234.5678, 2), round(1234.5678, -2), round(-0.5), round(5, -1), round(15, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(2.0, 3), pow(-8, 2), pow(3, 0))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
for bad in [lambda: round("1"), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: round(1.5, "x"), lambda: divmod(1, 0)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

for s in ["3.14", "-2.5", "1e10", "1E-3", "  7.0\n", "+.5", "5.", "1_000.5", "10",
          "inf", "-Infinity", "nan", "1e500", "-1e500", "4.9e-324", "1e-400", "00012.50"]:
    print(repr(s), float(s))
for s in ["1,5", "1__0.0", "e5", "1e", ".", "--1", "1.2.3", "_1.0", "0x1p3"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(7), float(True), float(-0), float(2 ** 80))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())

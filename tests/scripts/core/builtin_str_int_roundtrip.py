for n in [0, 7, -7, 123456789, -(10 ** 30), 2 ** 64]:
    s = str(n)
    print(s, int(s) == n, repr(n) == s, len(s))
for f in [0.1, -2.5, 1e-7, 1e22, 123.456, 2.0 ** 60]:
    s = repr(f)
    print(s, float(s) == f, str(f) == s)
print(int("  42  "), int("-0"), int("+0"), float(" -0 "), int("1_2_3"), float("1_2.5_0"))
print(str(True), str(None), str([1, "a"]), str({"k": (1,)}), str(b"b"), str(3 + 0.5))
print(int(float("1e10")), int(-0.9), int(0.9999999999999999), int(1.9999999999999999))

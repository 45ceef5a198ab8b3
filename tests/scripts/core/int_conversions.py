print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False), int("  -7\n"))
print(int(), int(2 ** 70 + 0.0))
print(float(10), float(-3), float(2 ** 60), float("12"))
print(str(255), repr(-255), str(10 ** 20))
print(bool(0), bool(-1), bool(10 ** 100))
class N:
    def __index__(self):
        return 7
class M:
    def __int__(self):
        return 9
print(int(M()), hex(N()), bin(N()), [1, 2, 3, 4, 5, 6, 7, 8][N()])
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [None, [1], "3.0"]:
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))

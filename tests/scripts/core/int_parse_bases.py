tests = [("42", 10), ("-42", 10), ("  17  ", 10), ("+8", 10), ("ff", 16), ("FF", 16),
         ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36),
         ("1_000", 10), ("0x_ff", 0), ("777", 8), ("-0b11", 0), ("0", 0), ("00", 0)]
for s, base in tests:
    print(repr(s), base, int(s, base))
print(int("12345678901234567890123456789"))
print(int("-1" + "0" * 30))
bad = [("", 10), ("abc", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("12", 2),
       ("0x", 16), ("08", 0), ("1.5", 10), (" ", 10), ("0b2", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)

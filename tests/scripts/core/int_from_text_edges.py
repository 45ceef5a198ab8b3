# int(text) in base 10: the short decimal strings a fast path reads, and
# the neighbours that must still take the general path.
cases = [
    "0", "-0", "+7", " 12 ", "\t\n 42\r\x0b\x0c", "0012", "-000",
    "999999999999999999", "-999999999999999999", "1000000000000000000",
    "-9223372036854775808", "123456789012345678901234567890", "0" * 25,
    "1_000", "١٢٣", "\x1c5\x1f", "\u20037\u2003",
]
for text in cases:
    value = int(text)
    print(repr(text), value, type(value).__name__)
for bad in ["", " ", "+", "-", "1_", "_1", "1__0", "12a", "1 2", "0x10", "++1", "1.0", "\x00"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("101", 2), int("  -ff ", 16), int("0o17", 0), int("1" * 18) + 1)

print(ord("a"), ord("A"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"), ord("\n"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(10)), chr(0x10FFFF) == "\U0010FFFF")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Hi!"], ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5), lambda: chr(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

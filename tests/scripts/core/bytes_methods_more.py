b = b"Hello, World"
print(b.lower(), b.swapcase(), b.title(), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b.partition(b","), b.rfind(b"o"), b.index(b"W"), b.center(16, b"*"), b.zfill(14))
print(b.isalnum(), b"abc".isalpha(), b"   ".isspace(), b"ABC".isupper(), b.ljust(14, b"-"), b.rjust(14))
print(bytes([72, 105]) == b"Hi", b"a" * 3 + b"b", b"abc"[1:], b"abc"[::-1], b"abc"[1], list(b"hi"))
print(b"x=1;y=2".split(b";"), b";".join([b"a", b"b"]), b"  pad  ".strip(), b"xxabcxx".strip(b"x"))
print(b"\x00\x10\xff".hex(), b"\x00\x10\xff".hex(":"), bytes.fromhex("00ff10"), b"AbC".translate(None, b"b"))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"" == bytes(), b"ab" in b"cabd", len(b"\xe2\x82\xac"))
print(b"caf\xc3\xa9".decode(), "café".encode() == b"caf\xc3\xa9", b"%d-%s" % (1, b"x"), b"a,b".replace(b",", b";"))
print(repr(b"\n\t\\'\""), repr(bytes(range(30, 35))), repr(b"\x7f\x80"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("ascii") + b"y"
except TypeError as e:
    print(type(e).__name__, e)

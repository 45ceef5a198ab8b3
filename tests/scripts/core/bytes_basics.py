b = b"hello \x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1][:4], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" == b"abc", b"a" < b"b")
print(b.upper(), b"  x ".strip(), b"a,b,c".split(b","), b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"B"))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".hex(), bytes.fromhex("de ad be ef"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\", list(b"AZ"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"x".isalpha(), b"12".isdigit())
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))

for v in [1, -1.5, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": [1]}, {1}, set(), frozenset(), range(2),
          slice(1, 2), ..., NotImplemented, 1e20, float("nan"), "é", "\n", "\x00", 2 ** 70]:
    print(repr(v), ascii(v), str(v))
print(ascii("日本語"), ascii(["é"]), ascii({"ü": "ß"}), ascii("\U0001F600"), ascii(b"\xe9"))
print(repr(str), repr(int), repr(type), repr(object), repr(ValueError), repr(len))
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))

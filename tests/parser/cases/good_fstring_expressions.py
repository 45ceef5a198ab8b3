a, b, d = 1, 2, {"k": 3}
e1 = f"{a + b}"
e2 = f"{d['k']}"
e3 = f"{a if b else d}"
e4 = f"{(lambda y: y)(1)}"
e5 = f"{[a, b]}"
e6 = f"{ {'a': 1}['a'] }"
e7 = f"{a, b}"
e8 = f"{*[a], *[b]}"
e9 = f"{(yield)}" if False else None
e10 = f"{a!r}{b!s}{d}"
e11 = f"{ a }"
e12 = f"{(x := 5)}"
e13 = f"{not a}"

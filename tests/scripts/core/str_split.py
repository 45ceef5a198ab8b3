s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1), s.split(",", maxsplit=2))
t = "  hello   world  \t\n again "
print(t.split(), t.split(None, 1), t.split(maxsplit=2), "".split(), "".split(","), "   ".split())
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"), "x".split("y"))
print("1 2 3".split(" "), "1  2".split(" "))
print("\u3000a\u2003b\x1cc\x85d".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)

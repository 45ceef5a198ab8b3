s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("name", 4, 6))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(""))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()))
print("".startswith(""), "".endswith("a"), "abc".startswith("abc", 3), "abc".startswith("", 4))
print(s.startswith("gz", -2), s.endswith("file", None, 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("gz", 1))
except TypeError as e:
    print(type(e).__name__, e)

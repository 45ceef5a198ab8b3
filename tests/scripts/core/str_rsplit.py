s = "a,b,,c,"
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(",", 0))
t = "  one two   three  "
print(t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=1), t.rsplit(" ", 2))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1)[-1])
print("aaaa".rsplit("aa"), "aaaaa".rsplit("aa", 1), "aaaaa".split("aa", 1))

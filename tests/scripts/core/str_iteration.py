s = "héllo"
for ch in s:
    print(ch, ord(ch))
print(list(s), tuple("ab"), set("aaa"), sorted("banana"))
print([c.upper() for c in "abc"], dict(zip("abc", range(3))))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print(list(enumerate("ab")), list(reversed("abc")))
print(s.count("l"), "".join(c for c in s if c != "l"))

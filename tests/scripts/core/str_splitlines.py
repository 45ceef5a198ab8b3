s = "one\ntwo\r\nthree\rfour\n\nfive"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[-2:])
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n\n".split("\n"))
print("a\x0bb\x0cc\x1cd\u2028e\x85f".splitlines())
print("line1\nline2".split("\n"))

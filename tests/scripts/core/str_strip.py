s = "  \t hello world \n  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), repr("x".strip("x")))
print("www.example.com".strip("cmowz."), "  a b  ".strip(" "))
print("#!# title #!#".strip("#! "))
print(repr("\u00a0nbsp\u2003".strip()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(" x ".strip(None)))

samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "3.5", " ", "\t\n", "Title Case", "not Title",
           "ñandú", "日本", "a_b", "_x1", "1x", "class", "MiXeD", "\u2167"]
print("sample isalpha isdigit isdecimal isnumeric isalnum isspace islower isupper istitle isidentifier isascii isprintable")
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(),
             s.isupper(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable()]
    print(repr(s), "".join("T" if f else "." for f in flags))
print("\x07".isprintable(), "é".isascii(), "\x7f".isascii())

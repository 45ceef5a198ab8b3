s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("a", 7), s.count("a", 2, 5), s.count("x"), s.count(""))
print("".count(""), "abc".count("", 1), "aaaa".count("aa"), s.count("a", -3))
print("na" in s, s.index("band"), s.rfind("an"), s.rindex("an", 0, 5))
print([i for i in range(len(s)) if s.startswith("an", i)])

s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind(""), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, 15))
print(s.find("o", -5), s.rfind("o", -20, -5), s.find("h", -100))
try:
    s.index("java")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("java")
except ValueError as e:
    print(type(e).__name__, e)
print("aaa".count("aa"), "ééé".find("é", 1), "日本語テキスト".find("テ"))
print(s.find("hello", None, None), s.index("o", 5))

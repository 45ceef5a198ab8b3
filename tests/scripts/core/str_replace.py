s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))
print(s.replace("", "-"))
print("abc".replace("", "-", 2))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"))
print("".replace("", "x"), "".replace("a", "b"))
print("hello".replace("l", ""), "hello".replace("hello", ""), "héllo".replace("é", "e"))
print("a.b.c".replace(".", "..", 1))
try:
    "x".replace("x")
except TypeError as e:
    print(type(e).__name__, e)

s = "Python"
print(s[0], s[-1], s[5], s[-6], s[1:-1], s[10:], s[-10:2])
for i in [6, -7, 100]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < " ", "Z" * 3 > "Z" * 2, "apple" >= "apple")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "_x", "1z"]))
print(min("hello world"), max("hello world"), "é" > "e", "a" < "á" < "b", "😀" > "日")
print("abc".__eq__("abc"), "abc".__lt__("b"), "a".__add__("b"), "ab".__mul__(2), "b".__contains__("b"))
print(ord(min("zyx")), [c for c in "hello" if c > "h"], "".join(sorted("python", reverse=True)))

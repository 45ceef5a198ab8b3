for w in ["abc", "abcd", "", "toolongword"]:
    print(repr(w.center(9)), repr(w.center(9, "*")), repr(w.ljust(7, ".")), repr(w.rjust(7)), repr(w.zfill(6)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "-".zfill(3), "+-1".zfill(5))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(4)))
print(repr("日本".center(6, "・")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("|" + "x".ljust(-3) + "|")

s = "héllo wörld €𝄞"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, b.decode() == s)
print("abc".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print("é".encode("ascii", "ignore"), "€".encode("ascii", "backslashreplace"), "€".encode("ascii", "xmlcharrefreplace"))
print(bytes("hi", "utf-8"), str(b"hi", "utf-8"), str(b"hi"))
print(list("aé€".encode("utf-8")))

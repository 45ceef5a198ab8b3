s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = s
s += " world"
print(s, t, s is t)
u = s.upper()
print(s, u)
print("H" + s[1:], s.replace("h", "H", 1), "".join(["J"] + list(s[1:])))
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)

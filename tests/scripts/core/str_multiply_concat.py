print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100)
s = "a"
s += "b"
s *= 3
print(s, len(s))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
print("abc" "def", ("implicit "
      "concat"))

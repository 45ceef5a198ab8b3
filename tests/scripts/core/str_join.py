print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(("1", "2")), "x".join([]), "x".join(["only"]))
print("/".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print(", ".join(sorted({"pear": 1, "apple": 2, "fig": 3})))
print("".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("é".join(["ü", "ß"]))

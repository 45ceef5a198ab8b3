d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d))
del d["a"]
print(d)
d["a"] = 100
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", [1, 2])), dict())
print({1: "int", 2.0: "float", (1, 2): "tuple", None: "none", True: "bool?"})
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
e = {}
e[3] = "three"
e[1] = "one"
e[2] = "two"
print(e, sorted(e), list(e.values()))
print(repr({"q'": 'x"', "é": "\n"}))

d = {"a": 1, 2: "two", (1, 2): "t"}
for key in ["b", 3, (1, 3), None, "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)

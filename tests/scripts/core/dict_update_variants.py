d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("d", 4)])
d.update(e=5, a=10)
d.update({"f": 6}, g=7)
d.update(())
d.update(zip("hi", [8, 9]))
print(d)
class KeysAndGetitem:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
d.update(KeysAndGetitem())
print(d["x"], d["y"], dict(KeysAndGetitem()))
try:
    d.update([("only_one",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
e = {}
e |= {"z": 0}
e |= zip("ab", "cd")
print(e)

d = {}
for word in ["one", "two", "three", "two", "four", "one"]:
    d[word] = d.get(word, 0) + 1
print(d)
del d["two"]
d["two"] = 9
print(list(d.items()))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k!r})"
e = {Key(1): "a", Key(2): "b"}
print(e[Key(1)], Key(3) in e, e)
e[Key(1)] = "c"
print(e, len(e))
f = {1: "a", 1.0: "b", True: "c"}
print(f)
print({0: "x", 0.0: "y", False: "z", -0.0: "w"})
print({float("nan"): 1, float("nan"): 2}.__len__())

class Box:
    def __init__(self):
        self.value = 1
        self.items = [1, 2]
b = Box()
b.value += 10
b.items += [3]
b.items[0] *= 100
print(b.value, b.items)
d = {"count": 0, "list": []}
d["count"] += 5
d["list"] += ["x"]
d.setdefault("new", 1)
d["new"] -= 3
print(d)
calls = []
def key():
    calls.append("key evaluated")
    return "k"
store = {"k": 1}
store[key()] += 1
print(store, calls)
class Logged(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
ld = Logged(a=1)
ld["a"] += 1
s = "abc"
s += "d"
s *= 2
print(s)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)

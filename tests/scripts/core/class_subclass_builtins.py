class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), m[1:], type(m[1:]).__name__, isinstance(m, list), m + [5], type(m + [5]).__name__)
class CountingDict(dict):
    def __setitem__(self, key, value):
        print("setitem", key)
        super().__setitem__(key, value)
d = CountingDict(a=1)
d["b"] = 2
d.update(c=3)
print(d, sorted(d.items()), type(d).__name__)
class Meters(float):
    def __str__(self):
        return f"{float(self)} m"
x = Meters(2.5)
print(x, x * 2, type(x * 2).__name__, repr(x), x > 2)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n.title(), type(n.title()).__name__, n == "bob", {n: 1}["bob"])
class Bits(int):
    pass
print(Bits(5) + 1, type(Bits(5) + 1).__name__, Bits(5) == 5, hash(Bits(7)) == hash(7), Bits("ff", 16))
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
print(DefaultList([1])[5], DefaultList([1])[0])

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("isub returns new")
        return Acc(self.v - o)
    def __imul__(self, o):
        print("imul returns None")
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 1
print(a, b, a is b)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
c = OnlyAdd(1)
d = c
c += 1
print(c.v, d.v, c is d)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
class NoIop:
    pass
x = NoIop()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
y = 5
try:
    y @= 2
except TypeError as e:
    print(type(e).__name__, e)

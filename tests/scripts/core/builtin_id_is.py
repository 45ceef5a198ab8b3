a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(type(id(a)).__name__, id(a) > 0)
x = None
print(x is None, id(None) == id(x), True is (1 == 1), tuple() == ())
class O:
    pass
o1, o2 = O(), O()
print(o1 is o1, o1 is o2, id(o1) != id(o2))
def f():
    return a
print(f() is a, [a][0] is a, {"k": a}["k"] is a)

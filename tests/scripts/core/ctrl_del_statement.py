x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    return "y" in locals()
print(f())

print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
x = [None, None]
print(x, x.count(None), None in x)
d = {None: 1}
print(d[None], hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None)

def none():
    pass
def one(a):
    pass
def opt(a, b=1):
    pass
def opt2(a, b=1, c=2):
    pass
def kwo(a, *, b):
    pass
def kwo_default(a, *, b=1):
    pass
cases = [(none, (1,)), (none, (1, 2)), (one, (1, 2)), (opt, (1, 2, 3)), (opt2, (1, 2, 3, 4, 5)),
         (kwo, (1, 2)), (kwo_default, (1, 2)), (kwo_default, (1, 2, 3))]
for fn, args in cases:
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    kwo(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def m(self):
        pass
try:
    K().m(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x, y=1: 0)(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

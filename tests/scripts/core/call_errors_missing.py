def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def with_default(a, b, c=3):
    pass
def kw(*, x, y):
    pass
def mixed(a, b, *, c, d):
    pass
cases = [(one, (), {}), (two, (1,), {}), (two, (), {}), (three, (), {}), (three, (1,), {}),
         (with_default, (), {}), (kw, (), {}), (kw, (), {"x": 1}), (mixed, (), {}), (mixed, (1, 2), {}),
         (mixed, (1,), {"d": 1}), (two, (), {"b": 1})]
for fn, args, kwargs in cases:
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def method(self, a, b):
        pass
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a):
        pass
for call in [lambda: K().method(), lambda: K().method(1), lambda: K.s(), lambda: K.c(), lambda: K.method(K())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallAttr:
    pass
obj = CallAttr()
obj.__call__ = lambda: "instance __call__"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)

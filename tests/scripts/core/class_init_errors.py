class A:
    def __init__(self):
        return None
class B:
    def __init__(self):
        return 5
print(type(A()).__name__)
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    pass
try:
    C(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __init__(self, a, b=2, *, c):
        self.t = (a, b, c)
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    D(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(D(1, c=3).t)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(E(1, 2)).__name__)

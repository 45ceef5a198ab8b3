print(type(1), type("s"), type([]), type(None), type(type), type(len), type(print).__name__)
class A:
    pass
print(type(A).__name__, type(A()).__name__, type(A()) is A)
B = type("B", (A,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
b = B()
print(B.__name__, B.__bases__[0].__name__, b.x, b.hello(), isinstance(b, A), [k.__name__ for k in B.__mro__])
C = type("C", (), {})
print(C.__bases__[0].__name__, C.__name__, type(C()).__name__)
def init(self, v):
    self.v = v
D = type("D", (object,), {"__init__": init, "__repr__": lambda self: f"D({self.v})"})
print(D(7), D.__qualname__)
try:
    type("E", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int) is type, type.__name__, isinstance(A, type), issubclass(type, object), isinstance(type, type))
print(int.__class__.__name__, (5).__class__.__name__, A().__class__ is A)

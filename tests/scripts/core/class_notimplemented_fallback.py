class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"
    def __gt__(self, o):
        print("B.__gt__")
        return "B says gt"
print(A() + B())
print(A() < B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
print(A() == A())
a = A()
print(a == a, a != A())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + A()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __eq__(self, o):
        return NotImplemented
print(C() == 1, 1 == C(), C() != C())
print(int.__add__(1, "x"), (1).__eq__("1"), "a".__lt__(1))

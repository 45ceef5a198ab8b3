# The metaclass of a new class is the most derived of the explicit one and
# those of its bases; unrelated metaclasses conflict.
class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class C2(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (A, B), {})
except TypeError as e:
    print("TypeError:", e)


class D(A, metaclass=M3):
    pass


print(type(D).__name__)


class E(D, A):
    pass


print(type(E).__name__)


class F(A, metaclass=type):
    pass


print(type(F).__name__)
X = type("X", (A,), {"y": 2})
print(type(X).__name__, X.y, [k.__name__ for k in X.__mro__])
Y = M1("Y", (), {})
Z = type("Z", (Y, D), {})
print(type(Z).__name__)

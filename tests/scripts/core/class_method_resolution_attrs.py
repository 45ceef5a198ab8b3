class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    pass
class C(A):
    x = "C.x"
    def f(self):
        return "C.f"
class D(B, C):
    pass
d = D()
print(d.x, d.f(), D.x, B.x)
A.x = "A.x changed"
print(B.x, D.x)
del C.x
print(D.x)
C.f = lambda self: "new C.f"
print(d.f())
d.f = lambda: "instance f"
print(d.f(), D.f(d))
print("x" in D.__dict__, "x" in A.__dict__, [k.__name__ for k in D.__mro__ if "f" in k.__dict__])

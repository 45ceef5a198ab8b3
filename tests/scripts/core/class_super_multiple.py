class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
class A(Root):
    def __init__(self, a=None, **kw):
        print("A", a)
        super().__init__(**kw)
class B(Root):
    def __init__(self, b=None, **kw):
        print("B", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C")
        super().__init__(**kw)
C(a=1, b=2, extra=3)
print([k.__name__ for k in C.__mro__])
class M1:
    def hello(self):
        return ["M1"]
class M2(M1):
    def hello(self):
        return ["M2"] + super().hello()
class M3(M1):
    def hello(self):
        return ["M3"] + super().hello()
class M4(M2, M3):
    def hello(self):
        return ["M4"] + super().hello()
print(M4().hello())
print(super(M2, M4()).hello())

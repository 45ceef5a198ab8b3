class A:
    def who(self):
        return __class__.__name__
    def cls_of(self):
        return self.__class__.__name__
class B(A):
    pass
b = B()
print(b.who(), b.cls_of(), type(b).__name__)
class X:
    pass
class Y:
    pass
o = X()
o.__class__ = Y
print(type(o).__name__, isinstance(o, Y), isinstance(o, X))
try:
    (1).__class__ = str
except TypeError as e:
    print(type(e).__name__, e)
print(type(A).__name__, A.__class__.__name__, type(b.who).__name__)
print(A.__dict__["who"].__name__, "who" in dir(B), A.__name__, B.__base__.__name__)

class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class ReadOnlyChild(Base):
    @property
    def x(self):
        return self._x * 10
class ExtendChild(Base):
    @Base.x.setter
    def x(self, v):
        print("ExtendChild setter", v)
        self._x = v * 2
class SuperProp(Base):
    @property
    def x(self):
        return "wrapped " + str(super().x)
r = ReadOnlyChild()
print(r.x)
try:
    r.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
e = ExtendChild()
e.x = 4
print(e.x, SuperProp().x)
b = Base()
b.x = 7
print(b.x, type(Base.x).__name__, Base.x.fset is not None, ReadOnlyChild.x.fset)

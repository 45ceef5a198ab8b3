# type(name, bases, ns, **kw) and type.__new__ forward keywords to
# __init_subclass__; a metaclass's __init__ must accept them too.
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


X = type.__new__(type, "X", (Base,), {}, color="red")
print(X.__name__)
try:
    type("Y", (Base,), {}, color="blue")
except TypeError as e:
    print("TypeError:", e)


class Strict(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


try:
    class Z(Base, metaclass=Strict, size=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Accepting(Strict):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class W(Base, metaclass=Accepting, size=2):
    pass


print(type(W).__name__)

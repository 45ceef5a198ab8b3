# class C(B, metaclass=M, **kw): __prepare__, __new__, __init__ and
# __init_subclass__ see the keywords in CPython's order.
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)


class B:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class C(B, metaclass=M, flag=True, level=2):
    x = 1

    def f(self):
        return 1


print(type(C), C.injected, C.x)


class D(C):
    pass


print(type(D), D.__mro__)


class E(metaclass=M):
    pass


print(type(E), E.__bases__)

# super() and __class__ in methods of classes a metaclass makes; the
# __classcell__ must reach type.__new__.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls


class Base:
    def hello(self):
        return "Base.hello"


class C(Base, metaclass=M):
    def hello(self):
        return "C.hello > " + super().hello()

    def klass(self):
        return __class__


class D(C):
    def hello(self):
        return "D.hello > " + super().hello()


print(D().hello(), C().klass().__name__, D.made_by)


class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class E(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class Other(type):
    def __new__(mcls, name, bases, ns):
        return type("Decoy", (), {})


try:
    class F(metaclass=Other):
        def f(self):
            return super()
except RuntimeError as e:
    print("RuntimeError:", e)

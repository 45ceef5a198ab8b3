# __init_subclass__ receives the class statement's keywords; the default
# object.__init_subclass__ takes none.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[name or cls.__name__] = cls
        print("registered", name, kwargs)


class A(Plugin, name="alpha"):
    pass


class B(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class C(Plugin, name="gamma", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Twice:
    def __init_subclass__(cls, times=1):
        cls.times = times


class T3(Twice, times=3):
    pass


class T1(Twice):
    pass


print(T3.times, T1.times)
try:
    class T4(Twice, times=1, other=2):
        pass
except TypeError as e:
    print("TypeError:", e)
X = type("X", (Twice,), {})
print(X.times)
Y = type.__new__(type, "Y", (Twice,), {})
print(Y.times)

# metaclass= may be any callable; __prepare__ may return any mapping.
def meta(name, bases, ns, **kw):
    print("meta", name, bases, kw, sorted(k for k in ns if not k.startswith("__")))
    return 42


class G(int, metaclass=meta, k=1):
    a = 1


print(G)


class LoggingNamespace(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNamespace()

    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class H(metaclass=PM):
    a = 1

    def m(self):
        pass


print(sorted(k for k in H.__dict__ if not k.startswith("__")))


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Q(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("x", ()), type.__prepare__("x", (), a=1))


class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["order"] = []
        return ns


class K(metaclass=Counting):
    order.append("a")
    order.append("b")


print(K.order)

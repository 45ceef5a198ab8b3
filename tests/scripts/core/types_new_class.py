# types.new_class, prepare_class and resolve_bases make classes as a
# class statement does.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base:
    pass


def body(ns):
    ns["x"] = 1


C = types.new_class("C", (Base,), {"metaclass": Meta, "flag": 1}, body)
print(type(C).__name__, C.x, C.prepared, C.__bases__)
D = types.new_class("D")
print(D.__name__, D.__bases__, type(D))


class Alias:
    def __mro_entries__(self, bases):
        return (Base,)


print(types.resolve_bases((Alias(), int)), types.resolve_bases((int,)))
E = types.new_class("E", (Alias(),))
print(E.__bases__, type(E.__orig_bases__[0]).__name__)
meta, ns, kw = types.prepare_class("F", (C,), {"flag": 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("G", (), {"metaclass": lambda *a: a})
print(meta.__name__, ns, kw)


class Other(type):
    pass


try:
    types.prepare_class("H", (C,), {"metaclass": Other})
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def wrapped():
    return iter([1, 2])


print(type(wrapped()).__name__)

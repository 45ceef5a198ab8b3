# PEP 560: a base with __mro_entries__ is replaced by what it returns,
# and the class keeps the original bases as __orig_bases__.
class Base:
    pass


class Other:
    pass


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.targets

    def __repr__(self):
        return "Alias" + repr(self.targets)


class C(Alias(Base), Other):
    pass


print(C.__bases__, C.__orig_bases__)


class D(Alias(Base, Other)):
    pass


print(D.__bases__, [k.__name__ for k in D.__mro__])


class E(Alias()):
    pass


print(E.__bases__)


class F(Base):
    pass


print("__orig_bases__" in F.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class G(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("H", (Alias(Base),), {})
except TypeError as e:
    print("TypeError:", e)

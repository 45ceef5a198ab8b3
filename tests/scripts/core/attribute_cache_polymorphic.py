# One call site seeing instances of several classes: a base class, a
# subclass, one with __getattr__, one with __getattribute__, one with
# __slots__-like properties, and attributes added in different orders.


class Base:
    def __init__(self):
        self.a = 1
        self.b = 2

    def who(self):
        return "Base"


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.c = 3

    def who(self):
        return "Derived"


class Reordered:
    def __init__(self):
        self.b = 20
        self.a = 10

    def who(self):
        return "Reordered"


class Fallback:
    def __getattr__(self, name):
        return "fallback " + name

    def who(self):
        return "Fallback"


class Logged(Base):
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if name == "a":
            return ("logged", value)
        return value


def site(o):
    return o.a, o.b, o.who()


def store(o, value):
    o.a = value
    return o.a


objects = [Base(), Derived(), Reordered(), Fallback(), Logged()]
for round in range(3):
    for o in objects:
        print(type(o).__name__, site(o))
for i, o in enumerate(objects):
    print(type(o).__name__, store(o, i * 100))
for o in objects:
    print(type(o).__name__, site(o))

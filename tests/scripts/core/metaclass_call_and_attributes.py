# A metaclass's __call__ overrides instance creation; methods and
# properties defined on the metaclass are class attributes, not instance
# attributes; dunders on the metaclass apply to the class.
class M(type):
    def __call__(cls, *args, **kwargs):
        print("M.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return "<M " + cls.__name__ + ">"

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(range(3))

    def __getitem__(cls, key):
        return (cls.__name__, key)


class C(metaclass=M):
    def __init__(self, value=0):
        self.value = value


c = C(5, )
print(c.value)
print(C.describe(), C.upper_name)
print(hasattr(c, "describe"), hasattr(c, "upper_name"))
print(repr(C), str(C), len(C), list(C), C[1], C["k"])
print(type(C).__name__, type(type(C)).__name__)
try:
    c.describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.upper_name = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config.__init__ runs once")


print(Config() is Config())


class NoInstances(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)


class N(metaclass=NoInstances):
    pass


print(N(1, 2))

# ABCMeta combined with other metaclasses and __init_subclass__ keywords.
from abc import ABCMeta, ABC, abstractmethod


class Registry(ABCMeta):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls


class Plugin(metaclass=Registry):
    def __init_subclass__(cls, /, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

    @abstractmethod
    def run(self):
        ...


class Echo(Plugin, tag="echo"):
    def run(self):
        return "echo"


print(Registry.classes, Echo.tag, Echo().run(), type(Echo).__name__)
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Mixed(ABC, O):
        pass
except TypeError as e:
    print("TypeError:", e)


class Both(ABCMeta, Other):
    pass


class Mixed(ABC, O, metaclass=Both):
    pass


print(type(Mixed).__name__, isinstance(Mixed(), ABC))

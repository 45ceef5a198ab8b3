# abstractmethod under classmethod, staticmethod and property; the
# deprecated abstractclassmethod family; update_abstractmethods.
import abc


class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def version():
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    @abc.abstractclassmethod
    def old_style(cls):
        ...

    @abc.abstractproperty
    def old_prop(self):
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2

    @property
    def name(self):
        return "impl"

    @classmethod
    def old_style(cls):
        return "old"

    old_prop = 5


i = Impl.create()
print(i.name, i.version(), Impl.old_style(), i.old_prop, Impl.__abstractmethods__)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)


class Later(abc.ABC):
    pass


def todo(self):
    ...


Later.todo = abc.abstractmethod(todo)
print(type(Later()).__name__)
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print("TypeError:", e)
print(abc.update_abstractmethods(int) is int)

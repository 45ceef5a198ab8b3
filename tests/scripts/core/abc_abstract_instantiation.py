# A class with abstract methods cannot be instantiated; the message lists
# them sorted, "method" or "methods" as 3.11 prints it.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(Square(3).describe(), Square(3).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, abc.ABCMeta), Shape.__mro__[-2:])
try:
    Half(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Manual:
    pass


try:
    Manual.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
Manual.__abstractmethods__ = frozenset({"x", "a"})
try:
    Manual()
except TypeError as e:
    print("TypeError:", e)
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
del Manual.__abstractmethods__
print(type(Manual()).__name__)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

# register() makes virtual subclasses; __subclasshook__ decides
# structurally; answers are cached and invalidated by later registers.
from abc import ABC, ABCMeta, get_cache_token


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Circle:
    def draw(self):
        return "o"


class Text:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), isinstance(Text(), Drawable))


class Serializer(ABC):
    pass


token = get_cache_token()
print(issubclass(int, Serializer))
returned = Serializer.register(int)
print(returned is int, issubclass(int, Serializer), isinstance(5, Serializer), isinstance(True, Serializer))
print(get_cache_token() != token, issubclass(str, Serializer))


@Serializer.register
class Json:
    pass


print(Json.__name__, issubclass(Json, Serializer), Serializer in Json.__mro__)


class Sub(Serializer):
    pass


print(issubclass(Sub, Serializer), issubclass(Serializer, Sub))
Sub.register(float)
print(issubclass(float, Sub), issubclass(float, Serializer))
try:
    Serializer.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Sub.register(Serializer)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Serializer.register(Sub) is Sub)
try:
    issubclass(5, Serializer)
except TypeError as e:
    print("TypeError:", e)


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


class Meta(ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    pass


WithMeta.register(list)
print(isinstance([], WithMeta), type(WithMeta).__name__)

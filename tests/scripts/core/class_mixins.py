class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()
    __hash__ = None
class Person(ReprMixin, EqMixin, JsonMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self._secret = "hidden"
p = Person("Ann", 30)
print(p, p.to_dict(), p == Person("Ann", 30), p == Person("Bob", 30), p != Person("Ann", 31))
print([c.__name__ for c in Person.__mro__])
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def speak(self):
        return super().speak().upper() + "!"
class Base:
    def speak(self):
        return "hello"
class LoudBase(Loud, Base):
    pass
print(LoudBase().speak())

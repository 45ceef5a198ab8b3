# isinstance/issubclass ask the metaclass's __instancecheck__ and
# __subclasscheck__, except for an exact type match.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return obj == 1

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int


class A(metaclass=Meta):
    pass


print(isinstance(1, A), isinstance(2, A), isinstance(A(), A))
print(issubclass(int, A), issubclass(str, A), issubclass(A, A))
print(isinstance(1, (str, A)), isinstance("s", (str, A)))


class Duck:
    def __instancecheck__(self, obj):
        return hasattr(obj, "quack")


class Q:
    def quack(self):
        pass


print(isinstance(Q(), Duck()), isinstance(1, Duck()))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print("TypeError:", e)


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(isinstance(P(), P), issubclass(P, object), isinstance(3, P))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, P)
except TypeError as e:
    print("TypeError:", e)

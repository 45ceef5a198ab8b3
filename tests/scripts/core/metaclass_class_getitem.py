# C[x] on a class calls __class_getitem__ (implicitly a classmethod).
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(G[int], G[1, 2])


class H(G):
    pass


print(H[str])


class N:
    pass


try:
    N[int]
except TypeError as e:
    print("TypeError:", e)
try:
    N()[0]
except TypeError as e:
    print("TypeError:", e)


class WithMeta(type):
    def __getitem__(cls, item):
        return "meta " + str(item)


class W(metaclass=WithMeta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(W[1])
print(type(G.__dict__["__class_getitem__"]).__name__)

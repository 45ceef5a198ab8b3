print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(str(123), str(1.5), str([1]), str(None), str(b"x"), str("s"))
print(list("ab"), list((1, 2)), list({1: "a"}), list(range(2)), list(x for x in "xy"))
print(tuple([1, 2]), tuple("ab"), dict([(1, 2)]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1, 1]))
print(bool([]), bool([0]), float("1.5"), int("12"), int(3.99), float(3))
print(type(str()).__name__, type(list()).__name__, object().__class__.__name__)
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

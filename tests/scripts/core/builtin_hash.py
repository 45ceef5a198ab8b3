print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(10 ** 18), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 40), hash(-(10 ** 40)), hash(True), hash(False))
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((True, 0.5)))
print(hash(None) == hash(None), hash(frozenset()) , hash(frozenset({1, 2, 3})))
print(hash(1) == hash(1.0) == hash(True), hash(range(3)) == hash(range(0, 3)))
class C:
    pass
c = C()
print(hash(c) == hash(c), type(hash(c)).__name__)
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash("") , hash(b""))

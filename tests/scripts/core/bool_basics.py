print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, bool.__mro__)
print(int(True), float(False), str(True).upper())
print(True and 3, 0 and 3, None or "x", "" or [] or 0, 1 or 2, [] and 5)
print(not 0, not [], not [0], not "", not " ", not None)
print(bool(), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool("False"), bool(()), bool((0,)))
print(bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)), bool(None))
print(True == 1, True is True, hash(True), hash(False), {True: "a", 1: "b"})
print(True & False, True | False, True ^ True, type(True ^ True).__name__, type(True + 0).__name__)
print(sum([True, True, False, True]), max(True, 2), sorted([True, False, 0, 1]))
print("%d %s %r" % (True, True, False), f"{True:d} {True} {False!r} {True:>6}")
try:
    bool.__new__(bool, 1) and print("ok")
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable("s"), callable(None), callable(print))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)), isinstance("", str))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance(None, type(None)), isinstance(C, type), isinstance(C(), object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(C, C), issubclass(C, object), issubclass(D, C))
print(isinstance(1, ((str, int), float)), issubclass(bool, ((), (int,))))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)

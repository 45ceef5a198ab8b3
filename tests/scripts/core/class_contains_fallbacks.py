class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i > 2:
            raise IndexError(i)
        return i
class Nothing:
    pass
print(1 in WithContains(), 5 in WithContains(), 5 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(1 in WithGetitem())
print(7 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
print(3 in ContainsTruthy(), 3 not in ContainsTruthy())

class A:
    def __bool__(self):
        print("A.__bool__")
        return False
class L:
    def __len__(self):
        print("L.__len__")
        return 3
class Z:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(A()), bool(L()), bool(Z()), bool(Both()), bool(Plain()))
if not A():
    print("not A")
x = L() and "yes"
print(x)
print([1 for o in (A(), Z(), Plain()) if o])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
while Z():
    print("never")
print("done")

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), len(L(True)), bool(L(0)))
for bad in [-1, "3", 2.5, 2 ** 100]:
    try:
        print(len(L(bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for obj in [5, 3.0, object(), None, iter([])]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)

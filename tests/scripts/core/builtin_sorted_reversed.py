print(sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({2: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 1, -2], key=abs), sorted([], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __reversed__(self):
        return iter("custom")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())), list(reversed(Seq())))
for bad in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: sorted(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

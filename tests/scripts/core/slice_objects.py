s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(-3, None)], "abcdef"[slice(None, None, 2)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(2, -2, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[:], p[1:2, 3], p[::], p[4:], p["a":"b"])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
lst[slice(1, 3)] = ["a", "b", "c"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)

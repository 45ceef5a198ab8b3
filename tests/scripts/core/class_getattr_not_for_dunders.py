class Dyn:
    def __getattr__(self, name):
        return f"dynamic {name}"
d = Dyn()
print(d.anything, d.__custom__)
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(d)
except TypeError as e:
    print(type(e).__name__, e)
print(str(d).startswith("<"), bool(d), d == d)
print(getattr(d, "__len__"))
class Delegate:
    def __init__(self):
        self._items = [3, 1, 2]
    def __getattr__(self, name):
        return getattr(self._items, name)
dl = Delegate()
print(dl.count(1), dl.index(2), sorted(dl._items))
try:
    len(dl)
except TypeError as e:
    print(type(e).__name__, e)

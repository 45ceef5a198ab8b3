print(..., Ellipsis, repr(...), ... is Ellipsis, type(...).__name__)
print(bool(...), str(Ellipsis))
def todo():
    ...
print(todo())
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...], g[1, ...], g[..., 0], g[1:2, ...])
x = [1, ...]
print(x)
print(type(...)() is ...)

def f(x: int, y: "str" = "s") -> "ret":
    return x, y
print(f("not int", 3))
print(f.__annotations__)
a: int = 5
b: list
print(a)
try:
    b
except NameError as e:
    print(type(e).__name__, e)
print(__annotations__ if "__annotations__" in dir() else None)
class C:
    x: int
    y: str = "y"
print(C.__annotations__, C.y, hasattr(C, "x"))
def g():
    z: int = 3
    return z
print(g())

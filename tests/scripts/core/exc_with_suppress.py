class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed", type(e).__name__, e)
def in_function():
    with Suppress(ZeroDivisionError):
        1 / 0
        return "not reached"
    return "after with"
print(in_function())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print("iteration", i)
class Order:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "outer"
with Order("outer"), Order("inner"):
    raise RuntimeError("x")
print("done")

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Resource("a") as value:
    print("body", value)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Resource("x") as x, Resource("y") as y:
    print("both", x, y)
def f():
    with Resource("ret"):
        return "returned"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
        continue
with Resource("noas"):
    pass
try:
    with Resource("outer"):
        with Resource("inner", suppress=True):
            1 / 0
        print("inner suppressed")
        raise RuntimeError("outer error")
except RuntimeError as e:
    print("caught", e)

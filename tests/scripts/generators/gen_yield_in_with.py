# yield inside a with block: __exit__ runs when the block is left.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError

def gen():
    with CM("a") as a:
        yield a
        with CM("b") as b:
            yield b
    yield "after"
    with CM("c"):
        yield "c"
        raise KeyError("suppressed")
    yield "after c"

for v in gen():
    print("got", v)

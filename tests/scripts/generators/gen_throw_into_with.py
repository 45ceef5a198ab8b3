# throw() into a generator suspended inside a with block: __exit__ sees the
# exception and may suppress it, after which the generator continues.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("__exit__ got", t.__name__ if t else None, v)
        return t is not None and issubclass(t, self.types)

def gen():
    with Suppress(KeyError):
        yield "inside with"
    yield "after with"
    with Suppress(KeyError):
        yield "second with"
    yield "unreachable"

g = gen()
print(next(g))
print(g.throw(KeyError("suppressed")))
print(next(g))
try:
    g.throw(ValueError("not suppressed"))
except ValueError as e:
    print("propagated", e)

# throw() through yield from calls the iterator's throw() if it has one.
class Catcher:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("  throw called with", len(args), "arg(s):", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
        if args[0] is KeyError or isinstance(args[0], KeyError):
            return "caught by iterator"
        raise StopIteration("iterator finished by throw")

def gen():
    r = yield from Catcher()
    yield "result: " + r

g = gen()
print(next(g))
print(g.throw(KeyError))
print(g.throw(KeyError("k")))
print(g.throw(ValueError, "v"))

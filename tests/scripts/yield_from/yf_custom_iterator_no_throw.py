# throw() through yield from to an iterator without throw(): the iterator's
# close() is called if present, then the exception is raised at the
# yield from in the delegating generator.
class WithClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "x"
    def close(self):
        print("  close() called")

class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        return "y"

def gen(it):
    try:
        yield from it
    except ValueError as e:
        print("delegator caught", e)
        yield "done"

for it in (WithClose(), Bare()):
    g = gen(it)
    print(next(g))
    print(g.throw(ValueError("boom")))

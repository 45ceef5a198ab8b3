# yield from a non-iterable: TypeError when the yield from is reached.
def gen(obj):
    yield "before"
    yield from obj
    yield "after"

class NoIter:
    pass

class BadIter:
    def __iter__(self):
        return 5

for obj in (5, None, 1.5, NoIter(), BadIter()):
    g = gen(obj)
    print(next(g))
    try:
        next(g)
    except TypeError as e:
        print(type(e).__name__, e)

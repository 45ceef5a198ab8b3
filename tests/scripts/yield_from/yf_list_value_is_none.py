# yield from a plain iterable evaluates to None.
class Plain:
    def __iter__(self):
        return iter("pq")

def gen():
    r1 = yield from [1, 2]
    r2 = yield from iter("xy")
    r3 = yield from range(0)
    r4 = yield from Plain()
    r5 = yield from {}
    yield (r1, r2, r3, r4, r5)

print(list(gen()))

# close() on a delegating generator calls close() on the iterator, if it
# has one, before raising GeneratorExit in the delegator.
class Closeable:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("  iterator close()")

class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"

def gen(it):
    try:
        yield from it
    finally:
        print("  delegator finally")

for it in (Closeable(), NoClose(), iter([1, 2, 3])):
    print(type(it).__name__)
    g = gen(it)
    next(g)
    g.close()

# A trace of every call yield from makes on an iterator that supports the
# whole generator protocol.
class Traced:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        print("  __next__")
        self.n += 1
        if self.n > 3:
            raise StopIteration("traced result")
        return self.n
    def send(self, v):
        print("  send", v)
        return self.__next__()
    def throw(self, t, v=None, tb=None):
        print("  throw", t.__name__ if isinstance(t, type) else repr(t))
        return -1
    def close(self):
        print("  close")

def gen():
    r = yield from Traced()
    print("  result", r)
    yield "done"

g = gen()
print("next ->", next(g))
print("send ->", g.send("x"))
print("throw ->", g.throw(KeyError))
print("next ->", next(g))
print("next ->", next(g))
g2 = gen()
next(g2)
g2.close()

# throw(instance): the very same instance is raised inside the generator.
def gen():
    try:
        yield 1
    except Exception as e:
        print("inside", type(e).__name__, e, e is saved)
        yield 2
    yield 3

saved = RuntimeError("boom", 7)
g = gen()
next(g)
print(g.throw(saved))
print(next(g))

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

def gen2():
    try:
        yield
    except MyError as e:
        yield e.code

g = gen2()
next(g)
print(g.throw(MyError(404)))

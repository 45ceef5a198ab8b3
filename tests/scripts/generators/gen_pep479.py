# PEP 479: StopIteration raised inside a generator becomes RuntimeError,
# with the original exception as __cause__ (and __context__).
def gen():
    yield 1
    raise StopIteration("escaped")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(next(g, "finished"))

class MyStop(StopIteration):
    pass

def gen2():
    raise MyStop
    yield

try:
    next(gen2())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

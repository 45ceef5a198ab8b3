# Throwing StopIteration into a generator that does not catch it turns into
# RuntimeError (PEP 479), with the thrown exception as __cause__.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def catcher():
    try:
        yield 1
    except StopIteration as e:
        yield "caught " + str(e)

g = catcher()
next(g)
print(g.throw(StopIteration("fine")))

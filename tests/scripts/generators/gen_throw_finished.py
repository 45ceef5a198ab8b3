# throw() into a finished generator simply raises the exception.
def gen():
    yield 1

g = gen()
list(g)
for exc in (ValueError("v"), KeyError, StopIteration("s"), GeneratorExit):
    try:
        g.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e.args)
g = gen()
g.close()
try:
    g.throw(IndexError, "after close")
except IndexError as e:
    print(type(e).__name__, e)

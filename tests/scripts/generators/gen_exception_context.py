# __context__ chaining when a generator raises while handling an exception.
def gen():
    try:
        yield 1
    except KeyError as e:
        raise ValueError("while handling")

g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)

def gen2():
    try:
        raise IndexError("outer")
    except IndexError:
        yield "in except"
        raise TypeError("after resume")

g = gen2()
print(next(g))
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

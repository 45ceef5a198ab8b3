# An exception other than GeneratorExit raised while closing propagates.
def gen():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__)
print(g.gi_frame)

def gen2():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("converted")

g = gen2()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e)

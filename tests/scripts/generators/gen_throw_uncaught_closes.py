# An exception the generator does not catch propagates and finishes it.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("caller got", type(e).__name__, e)
print("frame:", g.gi_frame)
print("next:", next(g, "exhausted"))

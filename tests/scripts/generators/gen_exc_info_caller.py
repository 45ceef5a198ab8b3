# Inside a generator, sys.exc_info() sees the caller's exception being
# handled when the generator itself handles none.
import sys

def gen():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

g = gen()
try:
    raise IndexError("caller")
except IndexError:
    print(next(g))
print(next(g))

def raiser():
    yield
    raise

g = raiser()
next(g)
try:
    raise OSError("to re-raise")
except OSError:
    try:
        next(g)
    except OSError as e:
        print("bare raise in generator re-raised:", e)

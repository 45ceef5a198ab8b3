# A generator suspended inside an except block keeps its own "current
# exception"; the caller's sys.exc_info() is not affected, and vice versa.
import sys

def gen():
    try:
        raise KeyError("gen's")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

g = gen()
print("in gen:", repr(next(g)))
print("caller after yield:", sys.exc_info())
try:
    raise ValueError("caller's")
except ValueError:
    print("in gen while caller handles:", repr(next(g)))
    print("caller still has:", repr(sys.exc_info()[1]))
print("after except in gen:", repr(next(g)))

# throw(type, value, tb) through a two-level chain, caught at the bottom:
# the traceback of the caught exception begins with the inner frames.
import sys

def make_tb():
    try:
        raise KeyError("original")
    except KeyError:
        return sys.exc_info()[2]

def names(tb):
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def inner():
    try:
        yield
    except KeyError as e:
        yield names(e.__traceback__)

def outer():
    yield from inner()

g = outer()
next(g)
print(g.throw(KeyError, KeyError("thrown"), make_tb()))

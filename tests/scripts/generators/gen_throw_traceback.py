# throw(type, value, traceback): the traceback given is kept and extended.
import sys

def fail():
    raise KeyError("orig")

try:
    fail()
except KeyError:
    tb = sys.exc_info()[2]

def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def gen():
    try:
        yield 1
    except KeyError as e:
        print("inside:", names(e.__traceback__))
        raise

g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("x"), tb)
except KeyError as e:
    print("outside:", names(e.__traceback__))
g = gen()
next(g)
try:
    g.throw(KeyError, None, None)
except KeyError as e:
    print("no tb:", names(e.__traceback__))
try:
    gen().throw(KeyError, None, 5)
except TypeError as e:
    print(type(e).__name__, e)

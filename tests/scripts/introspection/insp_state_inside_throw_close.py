# From inside an exception handler reached by throw() or close(), the
# generator reports GEN_RUNNING.
import inspect

def gen():
    try:
        yield
    except KeyError:
        print("in throw handler:", inspect.getgeneratorstate(me), me.gi_running)
    try:
        yield
    finally:
        print("in finally during close:", inspect.getgeneratorstate(me), me.gi_running)

me = gen()
next(me)
me.throw(KeyError)
me.close()
print("after:", inspect.getgeneratorstate(me))

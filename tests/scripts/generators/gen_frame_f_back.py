# A suspended generator's frame is not linked to anyone: f_back is None.
# While it runs, f_back is the frame that resumed it.
import sys

def gen():
    me = sys._getframe()
    print("running, f_back is", me.f_back.f_code.co_name)
    yield
    print("running, f_back is", me.f_back.f_code.co_name)
    yield

def driver(g):
    next(g)

g = gen()
print("created:", g.gi_frame.f_back)
next(g)
print("suspended:", g.gi_frame.f_back)
driver(g)
print("suspended again:", g.gi_frame.f_back)

# gi_frame exists until the generator finishes, then it is None.
def gen():
    yield 1
    yield 2

g = gen()
print("created:", g.gi_frame is not None)
next(g)
print("suspended:", g.gi_frame is not None)
frame = g.gi_frame
print("same frame object while alive:", g.gi_frame is frame)
list(g)
print("finished:", g.gi_frame)
g = gen()
next(g)
g.close()
print("closed:", g.gi_frame)
def raiser():
    yield 1
    1 / 0
g = raiser()
next(g)
try:
    next(g)
except ZeroDivisionError:
    pass
print("after exception:", g.gi_frame)

# gi_frame.f_locals shows the generator's locals as they are at the pause.
def gen(x):
    y = x * 2
    yield
    z = y + 1
    del x
    yield
    for i in range(2):
        yield

def show(g):
    print(sorted(g.gi_frame.f_locals.items()))

g = gen(5)
show(g)
next(g)
show(g)
next(g)
show(g)
next(g)
show(g)
next(g)
show(g)

# An exception thrown into a three-level chain and not caught anywhere:
# the traceback shows every level (exit status 1).
def level3():
    yield "l3"

def level2():
    yield from level3()

def level1():
    yield from level2()

g = level1()
next(g)
g.throw(KeyError("thrown into the chain"))

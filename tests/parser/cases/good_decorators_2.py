@x[0]
def f():
    pass
@(lambda fn: fn)
def g():
    pass
@a.b(c).d
def h():
    pass
@x if y else z
def i():
    pass
@a or b
def j():
    pass
@(yield_ := dec)
def k():
    pass

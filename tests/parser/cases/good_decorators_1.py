@dec
def f():
    pass
@dec()
def g():
    pass
@a.b.c
def h():
    pass
@dec(1, key=2)
def i():
    pass
@first
@second
@third(x)
def j():
    pass

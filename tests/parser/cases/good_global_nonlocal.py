global a
global a, b, c
def f():
    global x
    x = 1
def g():
    y = 1
    def h():
        nonlocal y
        y = 2
    def i():
        nonlocal y, z
    return h

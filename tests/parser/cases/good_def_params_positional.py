def f():
    pass
def f(a):
    pass
def f(a, b):
    pass
def f(a, b, c, d, e, f, g, h):
    pass

def f(*, a):
    pass
def f(*, a, b):
    pass
def f(*, a=1, b):
    pass
def f(*, a, b=2):
    pass
def f(x, *, a):
    pass
def f(*args, a, b=1):
    pass
def f(*, a, **kw):
    pass

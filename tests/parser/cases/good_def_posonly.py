def f(a, /):
    pass
def f(a, b, /, c):
    pass
def f(a, /, b, *, c):
    pass
def f(a=1, /, b=2):
    pass
def f(a, b=1, /, c=2):
    pass
def f(a, /, *args, **kwargs):
    pass
def f(a, /,):
    pass

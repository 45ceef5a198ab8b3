def f(*args):
    pass
def f(**kwargs):
    pass
def f(*args, **kwargs):
    pass
def f(a, *args):
    pass
def f(a, **kwargs):
    pass
def f(a, b=1, *args, **kwargs):
    pass

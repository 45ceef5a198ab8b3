def f(a,):
    pass
def f(a, b=1,):
    pass
def f(*args,):
    pass
def f(**kwargs,):
    pass
def f(*, a,):
    pass
def f(
    a,
    b,
    /,
    c,
    *,
    d,
    **e,
):
    pass

def f():
    x += yield
    x += yield 1
    g((yield))
    g((yield 1), (yield 2))
    h = [(yield), (yield)]
    i = {(yield): (yield)}
    j = (yield) + (yield)
    k = f"{(yield)}"
    await_ = (yield)[0]
    return (yield)
def g():
    x: int = yield
    l = lambda: (yield)
    m = [x for x in (yield)]
    if (yield):
        pass
    while (yield 1):
        pass

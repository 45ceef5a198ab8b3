def f():
    yield from g()
    x = yield from g()
    yield from (x for x in y)
    yield from [1, 2, 3]
    y = (yield from g())
    z = f((yield from g()))
    return (yield from g())
    x += yield from g()

def f():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    x = yield 1, 2
    x = (yield)
    x = y = yield z

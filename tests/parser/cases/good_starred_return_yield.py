def f():
    return *a, *b
def g():
    yield *a, b
def h():
    x = yield *a, *b
for x in *a, *b:
    pass

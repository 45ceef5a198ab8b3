# An uncaught exception through three nested generators (exit status 1).
def level3():
    yield 1
    raise KeyError("deep")

def level2():
    for x in level3():
        yield x * 10

def level1():
    for x in level2():
        yield x + 1

for v in level1():
    print(v)

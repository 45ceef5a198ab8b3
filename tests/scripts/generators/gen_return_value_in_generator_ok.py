# `return value` in a generator is legal (since PEP 380) and so is a bare
# generator with no yield reached.
def g1():
    if False:
        yield
    return "no yield executed"

def g2():
    return
    yield "unreachable"

for f in (g1, g2):
    g = f()
    print(type(g).__name__)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, "->", e.value)

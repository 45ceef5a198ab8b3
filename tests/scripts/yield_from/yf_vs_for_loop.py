# Re-yielding in a for loop is not delegation: send() and throw() reach
# the outer generator only. yield from passes them through.
def inner():
    try:
        while True:
            got = yield
            print("  inner got", got)
    except KeyError:
        print("  inner caught KeyError")
        yield "inner handled"

def with_for():
    try:
        for v in inner():
            got = yield v
            print("  with_for got", got)
    except KeyError:
        yield "outer handled"

def with_yield_from():
    yield from inner()

for make in (with_for, with_yield_from):
    print(make.__name__)
    g = make()
    next(g)
    g.send("hello")
    print(" ", g.throw(KeyError))

# The return value of a generator travels in StopIteration.value and .args.
def gen(v):
    yield "x"
    return v

for value in (42, "text", [1, 2], None, 0):
    g = gen(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args, repr(str(e)))

def tuple_return():
    return (1, 2)
    yield

try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)

def bare_return():
    yield 1
    return

g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

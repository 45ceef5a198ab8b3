# throw(GeneratorExit) is not close(): a generator may yield afterwards and
# throw() returns that value.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield "kept going"
    yield "more"

g = gen()
next(g)
print(g.throw(GeneratorExit))
print(next(g))

def plain():
    yield 1

g = plain()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("propagated", type(e).__name__)

# yield from delegates to a subgenerator: its values come straight out.
def inner():
    yield 1
    yield 2

def outer():
    yield "start"
    yield from inner()
    yield from inner()
    yield "end"

print(list(outer()))
g = outer()
print(next(g), next(g), next(g))

# yield from an exhausted generator yields nothing and evaluates to None,
# even if the subgenerator had returned a value earlier.
def sub():
    yield "only"
    return "first time"

def outer(s):
    r = yield from s
    yield ("result", r)

s = sub()
print(list(outer(s)))
print(list(outer(s)))
g = (x for x in "ab")
list(g)
print(list(outer(g)))

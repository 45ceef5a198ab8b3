# A subgenerator that catches a thrown exception and returns: its return
# value becomes the yield from value, and throw() returns the delegator's
# next yield.
def sub():
    try:
        yield "sub waiting"
    except KeyError as e:
        return "sub returned after " + repr(e)

def outer():
    r = yield from sub()
    yield r
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

# throw() with invalid arguments: without delegation the TypeError is
# raised to the caller; while delegating with yield from, CPython passes
# the arguments on to the subgenerator's throw(), and the TypeError that
# raises is thrown into the delegator at its yield from.
def plain():
    try:
        yield "plain"
    except TypeError as e:
        yield "plain caught " + str(e)

def sub():
    yield "sub"

def delegator():
    try:
        yield from sub()
    except TypeError as e:
        yield "delegator caught " + str(e)

for make in (plain, delegator):
    g = make()
    print(next(g))
    try:
        print(g.throw(ValueError("instance"), "separate value"))
    except TypeError as e:
        print("caller caught", e)

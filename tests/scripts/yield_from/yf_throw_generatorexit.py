# throw(GeneratorExit) into a delegator: the subgenerator is closed, then
# GeneratorExit is raised at the delegator's yield from.
def sub():
    try:
        yield "sub"
    except GeneratorExit:
        print("sub got GeneratorExit")
        raise
    finally:
        print("sub finally")

def outer():
    try:
        yield from sub()
    except GeneratorExit:
        print("outer got GeneratorExit")
        yield "outer keeps going"

g = outer()
next(g)
print(g.throw(GeneratorExit))
print(next(g, "end"))

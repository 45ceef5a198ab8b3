# The subgenerator raises a different exception while being closed: it
# propagates out of close(), running the delegator's finally on the way.
def sub():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("sub refuses to close quietly")

def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
print(g.gi_frame)

# close() closes the subgenerator first, then the delegator.
def sub():
    try:
        yield 1
    finally:
        print("sub finally")

def outer():
    try:
        yield from sub()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
next(g)
g.close()
print("closed")

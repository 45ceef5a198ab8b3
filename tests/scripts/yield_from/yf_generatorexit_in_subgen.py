# The subgenerator handles GeneratorExit (cleanup, then re-raise).
def sub():
    try:
        yield "sub"
    except GeneratorExit:
        print("sub: cleaning up")
        raise

def outer():
    try:
        yield from sub()
    finally:
        print("outer: finally")

g = outer()
next(g)
g.close()

def sub_returns():
    try:
        yield "sub"
    except GeneratorExit:
        print("sub: returns instead of re-raising")
        return "ignored"

def outer2():
    r = yield from sub_returns()
    print("outer2 never continues, r =", r)
    yield "unreachable"

g = outer2()
next(g)
print("close ->", g.close())
print(g.gi_frame)

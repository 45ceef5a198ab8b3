# close() raises GeneratorExit at the paused yield: finally blocks run.
def gen():
    try:
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
    finally:
        print("outer finally")
    print("never printed")

g = gen()
print(next(g))
print("close returns", g.close())
print("frame after close:", g.gi_frame)
print(next(g, "exhausted"))

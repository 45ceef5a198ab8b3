# `return` in a finally swallows the GeneratorExit raised by close().
def gen():
    try:
        yield 1
    finally:
        print("finally returns")
        return "swallowed"

g = gen()
next(g)
print("close ->", g.close())
print("frame:", g.gi_frame)

def gen_break():
    for i in range(3):
        try:
            yield i
        finally:
            print("breaking out of finally")
            break
    yield "after loop"

g = gen_break()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

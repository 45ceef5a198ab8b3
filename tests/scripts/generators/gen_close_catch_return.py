# Catching GeneratorExit and returning is fine; in 3.11 close() returns None.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on close")
        return "ignored value"

g = gen()
next(g)
print("close() ->", g.close())

def gen_reraise():
    try:
        yield 1
    except GeneratorExit as e:
        print("re-raising", type(e).__name__, e.args)
        raise

g = gen_reraise()
next(g)
print("close() ->", g.close())

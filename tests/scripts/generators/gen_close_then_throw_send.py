# After close(), the generator behaves as finished for every method.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

g = gen()
next(g)
g.close()
for name, call in [("next", lambda: next(g)), ("send", lambda: g.send(7)),
                   ("throw", lambda: g.throw(KeyError("k"))), ("close", g.close)]:
    try:
        print(name, "->", call())
    except BaseException as e:
        print(name, "raised", type(e).__name__, e)

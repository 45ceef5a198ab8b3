# A generator that yields again after GeneratorExit makes close() fail.
def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("still suspended:", g.gi_frame is not None)
print(next(g))
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    print("finished by", type(e).__name__, e)

def stubborn2():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
    yield 2

g = stubborn2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
print(next(g, "end"))

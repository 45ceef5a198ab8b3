# send(non-None) through yield from to an iterator without send():
# AttributeError raised inside the delegating generator.
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

def gen():
    try:
        yield from Plain()
    except AttributeError as e:
        print("inside:", type(e).__name__, e)
        yield "recovered"

g = gen()
print(next(g))
print(g.send(None))
print(g.send("x"))

def gen2():
    yield from [1, 2, 3]

g = gen2()
next(g)
try:
    g.send("value")
except AttributeError as e:
    print(type(e).__name__, e)

# `yield from (yield)`: the iterable to delegate to is sent in.
def gen():
    while True:
        r = yield from (yield "send me an iterable")
        if r == "stop":
            return "stopped"

def sub():
    yield "sub 1"
    return "stop"

g = gen()
print(next(g))
print(g.send([1, 2]))
print(next(g))
print(next(g))
print(g.send(sub()))
try:
    next(g)
except StopIteration as e:
    print(e.value)

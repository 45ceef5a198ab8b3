# asend(non-None) on an async generator that has not started.
async def agen():
    x = yield 1
    yield x

g = agen()
aw = g.asend("too early")
try:
    aw.send(None)
except TypeError as e:
    print(type(e).__name__, e)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(step(g.asend(None)))
print(step(g.asend("now fine")))

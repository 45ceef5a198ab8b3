# gi_yieldfrom holds whatever iterator a generator is delegating to.
import types

class Custom:
    def __iter__(self):
        return self
    def __next__(self):
        return "custom"

@types.coroutine
def pause():
    yield

async def coro():
    await pause()

def sub():
    yield "sub"

def delegate(obj):
    yield from obj

c = coro()
targets = [[1], (1, 2), range(2), (x for x in "z"), sub(), Custom(), {"k": 1}, c.__await__()]
for t in targets:
    g = delegate(t)
    next(g)
    yf = g.gi_yieldfrom
    print(type(t).__name__, "->", type(yf).__name__, yf is t)
    g.close()
print(c.cr_frame)

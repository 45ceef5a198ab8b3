# The frame of a suspended generator, coroutine and async generator.
import types

@types.coroutine
def pause():
    yield

def gen(a):
    b = a + 1
    yield

async def coro(a):
    b = a + 1
    await pause()

async def agen(a):
    b = a + 1
    yield

def step(aw):
    try:
        aw.send(None)
    except StopIteration:
        pass

g, c, ag = gen(1), coro(1), agen(1)
next(g)
c.send(None)
step(ag.__anext__())
for obj, frame, func in ((g, g.gi_frame, gen), (c, c.cr_frame, coro), (ag, ag.ag_frame, agen)):
    print(type(obj).__name__, frame.f_code.co_name, frame.f_lineno - func.__code__.co_firstlineno,
          sorted(frame.f_locals.items()), frame.f_back, frame.f_lasti >= 0)
c.close()

# ag_frame.f_lineno and f_locals of a suspended async generator.
async def agen(n):
    total = 0
    for i in range(n):
        total += i
        yield total

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen(3)
first = agen.__code__.co_firstlineno
print(g.ag_frame.f_lineno - first, sorted(g.ag_frame.f_locals.items()))
for _ in range(3):
    v = step(g.__anext__())
    print(v, g.ag_frame.f_lineno - first, sorted(g.ag_frame.f_locals.items()))
print(g.ag_frame.f_back)

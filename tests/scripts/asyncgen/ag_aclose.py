# aclose() throws GeneratorExit in at the paused yield; finally runs.
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally on aclose")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("done", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
print(g.ag_frame)
print(step(g.__anext__()))
print(step(g.aclose()))
g2 = agen()
print("unstarted aclose:", step(g2.aclose()), g2.ag_frame)

# After an async generator finishes, every __anext__ raises
# StopAsyncIteration; asend and aclose behave accordingly.
async def agen():
    yield "x"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

g = agen()
print(step(g.__anext__()))
for _ in range(3):
    print(step(g.__anext__()))
print(step(g.asend(None)))
print(step(g.asend("v")))
print(step(g.aclose()))
print(step(g.athrow(KeyError)))

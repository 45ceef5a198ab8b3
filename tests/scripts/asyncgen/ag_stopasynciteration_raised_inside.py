# StopAsyncIteration or StopIteration raised inside an async generator
# becomes RuntimeError.
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inside")

async def raises_stop():
    yield 1
    raise StopIteration("inside")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

for make in (raises_stop_async, raises_stop):
    g = make()
    print(step(g.__anext__()))
    try:
        step(g.__anext__())
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

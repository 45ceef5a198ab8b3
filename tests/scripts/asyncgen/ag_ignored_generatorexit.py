# An async generator that yields after GeneratorExit makes aclose() fail.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield "refused"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = stubborn()
print(step(g.__anext__()))
try:
    step(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.ag_frame is not None)
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("finished")

# aclose()/athrow() while the async generator is suspended in an await:
# "aclose(): asynchronous generator is already running".
class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    await Pause()
    yield "value"

g = agen()
first = g.__anext__()
print(first.send(None))
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    g.athrow(ValueError).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first completes with", e.value)

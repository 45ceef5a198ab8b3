# Calling __anext__/asend while a previous one is still suspended in an
# await: "anext(): asynchronous generator is already running".
class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    await Pause()
    yield "value"

g = agen()
first = g.__anext__()
print(first.send(None))
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    g.asend(None).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first completes with", e.value)
